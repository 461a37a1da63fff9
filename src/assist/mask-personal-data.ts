// Before any text leaves the server for the assist, what identifies the patient is masked:
// CPR numbers, phone numbers, e-mail addresses and a name after "jeg hedder" / "my name is".
const CPR = /\b\d{6}[-\s]?\d{4}\b/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Eight or more digits, with the spaces, dashes, dots or + that phone numbers are written with.
const PHONE = /(?:\+|\b00)?\d(?:[\s.-]?\d){7,}\b/g;
const NAME_LEAD = /\b(?:jeg hedder|mit navn er|navnet er|my name is|i am called|i'm called|this is)\s+/giu;
// Up to four capitalised words, or else the one word that follows.
const NAME_WORDS = /^(?:\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3}|[\p{L}'-]+)/u;

export function maskPersonalData(text: string): string {
  return maskNames(text.replace(CPR, "[cpr]").replace(EMAIL, "[email]").replace(PHONE, "[telefon]"));
}

function maskNames(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(NAME_LEAD)) {
    const start = m.index + m[0].length;
    if (start < last) continue;
    const name = NAME_WORDS.exec(text.slice(start))?.[0] ?? "";
    out += text.slice(last, start) + (name ? "[navn]" : "");
    last = start + name.length;
  }
  return out + text.slice(last);
}
