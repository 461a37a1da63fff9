// GSM 03.38: the basic set costs one unit a character, the extension table two. Anything
// else turns the whole SMS into UCS-2, at 70 characters a segment.
const BASIC = new Set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
const EXTENDED = new Set("^{}\\[~]|€\f");
export const MAX_SEGMENTS = 3;
export const MAX_GSM_UNITS = 153 * MAX_SEGMENTS;

const REPLACEMENTS: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201a\u2032`´]/g, "'"],
  [/[\u201c\u201d\u201e\u2033]/g, '"'],
  [/[\u2013\u2014\u2212]/g, "-"],
  [/\u2026/g, "..."],
  [/[\u00a0\u2009\u202f]/g, " "],
];

// Units per UTF-16 code unit: every GSM character sits below U+0400 except the euro sign.
const UNITS = new Uint8Array(0x400);
for (const ch of BASIC) UNITS[ch.charCodeAt(0)] = 1;
for (const ch of EXTENDED) if (ch !== "€") UNITS[ch.charCodeAt(0)] = 2;
const EURO = 0x20ac;

export function gsmUnits(text: string): number | null {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const u = code < 0x400 ? UNITS[code]! : code === EURO ? 2 : 0;
    if (u === 0) return null;
    units += u;
  }
  return units;
}

export function segments(text: string): { gsm: boolean; count: number } {
  const units = gsmUnits(text);
  if (units === null) {
    const n = [...text].length;
    return { gsm: false, count: n <= 70 ? 1 : Math.ceil(n / 67) };
  }
  return { gsm: true, count: units <= 160 ? 1 : Math.ceil(units / 153) };
}

const escape = (chars: Iterable<string>) => [...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
const NOT_GSM = new RegExp(`[^${escape(BASIC)}${escape(EXTENDED)}]`, "gu");

/** Makes text safe for one GSM-7 SMS thread: typographic marks become plain ones, the rest is dropped. */
export function toGsm(text: string): string {
  if (gsmUnits(text) !== null) return text;
  let s = text;
  for (const [re, to] of REPLACEMENTS) s = s.replace(re, to);
  return s.replace(NOT_GSM, "");
}

export function fitsSms(text: string): boolean {
  const units = gsmUnits(text);
  return units !== null && units <= MAX_GSM_UNITS;
}
