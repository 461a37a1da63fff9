// How long ago the treatment was, or how long a symptom has lasted, read from the folded
// text. The largest figure wins: "botox for 3 uger siden, hovedpine i 2 dage" is 21.
const NUMBER_WORDS: Record<string, number> = {
  en: 1, et: 1, a: 1, one: 1, to: 2, two: 2, tre: 3, three: 3, fire: 4, four: 4, fem: 5, five: 5,
  seks: 6, six: 6, syv: 7, seven: 7, otte: 8, eight: 8, ni: 9, nine: 9, ti: 10, ten: 10,
  elleve: 11, eleven: 11, tolv: 12, twelve: 12, fjorten: 14, fourteen: 14, par: 2, couple: 2, few: 3, nogle: 3,
};
const UNITS: ReadonlyArray<[RegExp, number]> = [
  [/^(dag|dage|dags|dagen|day|days|d|dogn|dognet)$/, 1],
  [/^(uge|uger|ugen|week|weeks|wk|wks)$/, 7],
  [/^(maned|maneder|maneden|month|months|mdr|md)$/, 30],
];
const AMOUNT = "(\\d{1,3}(?=\\s*[a-z])|(?:" + Object.keys(NUMBER_WORDS).join("|") + ")(?=\\s))";
const COUNTED = new RegExp(`\\b${AMOUNT}(?:\\s+of)?\\s*([a-z]+)\\b`, "g");
const NAMED: ReadonlyArray<[RegExp, number]> = [
  [/\b(i dag|idag|today|i morges|this morning|tonight|i aften|for et par timer siden|timer siden|hours ago)\b/, 0],
  [/\b(i gar|igar|yesterday|i aftes|last night|i nat)\b/, 1],
  [/\b(i forgars|iforgars|day before yesterday)\b/, 2],
  [/\b(sidste uge|last week|en uge|a week|ugen siden)\b/, 7],
];

// "hovedpine dag 3", "day 4", "tredje dag": the day counted from the treatment.
const NTH_DAY = /\b(?:dag|day) (\d{1,2})\b|\b(\d{1,2})\. dag\b|\b(anden|andet|tredje|fjerde|femte|sjette|syvende|second|third|fourth|fifth|sixth|seventh) (?:dag|day)\b/g;
const ORDINALS: Record<string, number> = { anden: 2, andet: 2, second: 2, tredje: 3, third: 3, fjerde: 4, fourth: 4, femte: 5, fifth: 5, sjette: 6, sixth: 6, syvende: 7, seventh: 7 };

export function daysMentioned(folded: string): number | null {
  let days: number | null = null;
  const take = (n: number) => {
    if (Number.isFinite(n) && n >= 0 && n <= 365) days = Math.max(days ?? 0, n);
  };
  for (const m of folded.matchAll(COUNTED)) {
    const amount = /^\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!]!;
    const unit = UNITS.find(([re]) => re.test(m[2]!));
    if (unit) take(amount * unit[1]);
  }
  for (const [re, n] of NAMED) if (re.test(folded)) take(n);
  for (const m of folded.matchAll(NTH_DAY)) take(m[1] ? Number(m[1]) : m[2] ? Number(m[2]) : ORDINALS[m[3]!]!);
  return days;
}

const AREAS: ReadonlyArray<[string, RegExp]> = [
  ["glabella", /\b(mellem (?:mine |de )?ojenbryn\w*|bekymringsrynke\w*|vredesrynke\w*|glabella|between (?:my |the )?(?:eye)?brows|frown lines?)\b/],
  ["forehead", /\b(pande\w*|forehead\w*)\b/],
  ["crows-feet", /\b(kragetae\w*|krage\w*|crow'?s? ?feet|omkring ojnene|around (?:my |the )?eyes|smilerynke\w*)\b/],
  ["eyes", /\b(oje|ojet|ojne|ojnene|ojenlag\w*|ojenbryn\w*|eyes?|eyelids?|eyebrows?|brows?)\b/],
  ["armpits", /\b(armhul\w*|armpits?|underarms?|sved\w*|sweat\w*)\b/],
  ["jaw", /\b(tyggemusk\w*|kabe\w*|jaw\w*|masseter|tanderskar\w*|grinding)\b/],
  ["mouth", /\b(lab\w*|mund\w*|lips?|mouth|smil\w*|hage\w*|chin)\b/],
  ["neck", /\b(hals\w*|neck|nakke\w*)\b/],
];

export function areaMentioned(folded: string): string | null {
  return AREAS.find(([, re]) => re.test(folded))?.[0] ?? null;
}

export function sideMentioned(folded: string): boolean {
  return /\b(ene side|den ene|det ene|begge|hojre|venstre|one side|both|right|left|the one|single)\b/.test(folded);
}
