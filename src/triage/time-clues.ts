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
  [/\b(i forgars|iforgars|forgars|day before yesterday)\b/, 2],
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

/** The calendar day in Copenhagen a message was written on; `day` is 0 for Monday. */
export interface LocalDay {
  y: number;
  mo: number;
  d: number;
  day: number;
}

const DAY_MS = 86_400_000;
const WEEKDAYS: Record<string, number> = {
  mandag: 0, tirsdag: 1, onsdag: 2, torsdag: 3, fredag: 4, lordag: 5, sondag: 6,
  monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6,
};
// "i tirsdags", "siden tirsdag", "last Tuesday": a weekday that has been. "på tirsdag", "næste
// tirsdag", "hver tirsdag", "om tirsdagen" are ahead or every week, and say nothing of the treatment.
const WEEKDAY = new RegExp(`\\b(?:(i|sidste|last|siden|since|fra|from|on|pa|naste|next|til|om|kommende|coming|this|hver|every)\\s+)?(${Object.keys(WEEKDAYS).join("|")})(s|en|ens)?\\b`, "g");
const AHEAD = new Set(["pa", "naste", "next", "til", "om", "kommende", "coming", "this", "hver", "every"]);
const MONTHS: Record<string, number> = {
  januar: 1, january: 1, jan: 1, februar: 2, february: 2, feb: 2, marts: 3, march: 3, mar: 3, april: 4, apr: 4,
  maj: 5, may: 5, juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
// "d. 3/11", "den 3.11.", "behandlet 3/11-2026": a day and a month in figures, only after a word
// that makes it a date, so "1/2 time" and "24/7" stay what they are.
const NUMERIC_DATE = /\b(?:d|den|dato|date|siden|since|fra|from|on|behandlet|behandling|behandlingen|treated|treatment)\.?\s*(\d{1,2})\s*[./]\s*(\d{1,2})(?:\.?\s*[./-]\s*(\d{4}|\d{2})(?!\d))?/g;
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(${MONTH})\\b`, "g");
const MONTH_DAY = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, "g");

/**
 * Days back from `today` to a weekday or a date the folded text names ("i tirsdags", "since
 * Tuesday", "d. 3/11", "3. november"). The largest wins, as in daysMentioned. A date still ahead
 * is an appointment, not the treatment, unless it is one of the last weeks of last year.
 */
export function daysSinceNamedDay(folded: string, today: LocalDay): number | null {
  let days: number | null = null;
  const take = (n: number | null) => {
    if (n !== null && n >= 0 && n <= 365) days = Math.max(days ?? 0, n);
  };
  for (const m of folded.matchAll(WEEKDAY)) {
    const [, before, name, ending] = m;
    if ((before && AHEAD.has(before)) || ending === "en" || ending === "ens") continue;
    const back = (today.day - WEEKDAYS[name!]! + 7) % 7;
    // "i tirsdags" and "since Tuesday" written on a Tuesday mean a week ago; "tirsdag" means today.
    const lastWeek = ending === "s" || (before !== undefined && ["i", "sidste", "last", "siden", "since"].includes(before));
    take(back === 0 && lastWeek ? 7 : back);
  }
  for (const m of folded.matchAll(NUMERIC_DATE)) take(daysBackTo(today, Number(m[2]), Number(m[1]), m[3] === undefined ? undefined : Number(m[3])));
  for (const m of folded.matchAll(DAY_MONTH)) take(daysBackTo(today, MONTHS[m[2]!]!, Number(m[1])));
  for (const m of folded.matchAll(MONTH_DAY)) take(daysBackTo(today, MONTHS[m[1]!]!, Number(m[2])));
  return days;
}

function daysBackTo(today: LocalDay, month: number, day: number, year?: number): number | null {
  const now = Date.UTC(today.y, today.mo - 1, today.d);
  const dateIn = (y: number) => {
    const at = Date.UTC(y, month - 1, day);
    return month >= 1 && month <= 12 && new Date(at).getUTCDate() === day ? at : null;
  };
  let at = dateIn(year === undefined ? today.y : year < 100 ? 2000 + year : year);
  if (at !== null && at > now && year === undefined) {
    const lastYear = dateIn(today.y - 1);
    at = lastYear !== null && now - lastYear <= 90 * DAY_MS ? lastYear : null;
  }
  return at === null || at > now ? null : Math.round((now - at) / DAY_MS);
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
