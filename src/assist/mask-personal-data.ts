// Before any text leaves the server for the assist, what identifies the patient is masked:
// CPR numbers, phone numbers, e-mail addresses and a name after "jeg hedder" / "my name is".
const CPR = /\b\d{6}[-\s]?\d{4}\b/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Eight or more digits, with the spaces, dashes, dots or + that phone numbers are written with.
const PHONE = /(?:\+|\b00)?\d(?:[\s.-]?\d){7,}\b/g;
const NAME = /\b(jeg hedder|mit navn er|navnet er|my name is|i am called|i'm called|this is)\s+((?:[\p{Lu}][\p{L}'-]*)(?:\s+[\p{Lu}][\p{L}'-]*){0,3}|[\p{L}'-]+)/giu;

export function maskPersonalData(text: string): string {
  return text
    .replace(CPR, "[cpr]")
    .replace(EMAIL, "[email]")
    .replace(PHONE, "[telefon]")
    .replace(NAME, (_m, lead: string) => `${lead} [navn]`);
}
