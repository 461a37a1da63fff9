// The one-slip edits the term index forgives, as plain functions over folded words.

export const collapse = (s: string) => s.replace(/(.)\1+/g, "$1");

export function swaps(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  return out;
}

/** The word with one letter after the first left open: "s?nke", "sy?ke" ... */
export function substitutions(s: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < s.length; i++) out.push(`${s.slice(0, i)}?${s.slice(i + 1)}`);
  return out;
}

// Neighbouring keys on a Danish keyboard (æøå folded to a and o): a slip hits the key next door.
const ROWS = ["qwertyuiopa", "asdfghjkloa", "zxcvbnm"];
const NEIGHBOURS = new Map<string, string>();
for (let r = 0; r < ROWS.length; r++) {
  for (let c = 0; c < ROWS[r]!.length; c++) {
    const near = [ROWS[r]![c - 1], ROWS[r]![c + 1], ROWS[r - 1]?.[c], ROWS[r - 1]?.[c + 1], ROWS[r + 1]?.[c], ROWS[r + 1]?.[c - 1]].filter(Boolean).join("");
    const ch = ROWS[r]![c]!;
    NEIGHBOURS.set(ch, (NEIGHBOURS.get(ch) ?? "") + near);
  }
}

/** Same length, one letter different, and that letter a neighbouring key of the right one. */
export function neighbourSlip(typed: string, word: string): boolean {
  if (typed.length !== word.length) return false;
  let at = -1;
  for (let i = 0; i < word.length; i++) {
    if (typed[i] === word[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  return at > 0 && (NEIGHBOURS.get(word[at]!) ?? "").includes(typed[at]!);
}

export function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/**
 * Damerau-Levenshtein distance, capped: answers only "within one edit or not". The first
 * letter must agree: typos there are rare, and "follow" is not "hollow".
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The slips a short word allows where something else already anchors it: a letter doubled or
 * undoubled, two letters swapped, a neighbouring key, a letter left out after the first two.
 * Checked without building candidates: it runs for every later word of a phrase. */
export function shortSlip(typed: string, word: string): boolean {
  if (typed[0] !== word[0] || typed === word) return typed === word;
  const extra = typed.length - word.length;
  if (extra >= 1) return collapse(typed) === collapse(word);
  if (extra === -1) return typed.length >= 3 && leftOut(typed, word);
  if (extra !== 0) return false;
  let i = 0;
  while (typed[i] === word[i]) i++;
  const swapped = typed[i] === word[i + 1] && typed[i + 1] === word[i] && typed.slice(i + 2) === word.slice(i + 2);
  return swapped || neighbourSlip(typed, word);
}

/** `typed` is `word` with one letter after its first two left out. */
function leftOut(typed: string, word: string): boolean {
  let i = 0;
  while (i < typed.length && typed[i] === word[i]) i++;
  return i >= 2 && typed.slice(i) === word.slice(i + 1);
}
