import { fold } from "../text/fold.js";
import { daysSince, type AreaId, type Treatment } from "../treatments/treatment.js";
import { areaMentioned } from "./time-clues.js";
import { higher, rank, type Assessment, type Level } from "./types.js";

// What the clinic's record of the treatment adds to the rules' assessment of a message. Applied
// after assess(), and only ever to raise a level or to choose the words of the reply: a red flag
// stays what it is, whatever the record says. What the patient writes wins over the record; the
// page notes where they disagree.
export type TreatmentContext = Pick<Treatment, "treatedAt" | "areas" | "product" | "units" | "doctor">;

/** The treatment as the case shows it: the record, and where the patient's words differ from it. */
export interface TreatmentFacts extends TreatmentContext {
  /** A swallowing, voice or neck symptom after the jaw, neck or chin: the page names the treated area first. */
  areaFirst: boolean;
  /** Days since the treatment the patient wrote, where they differ from the record's. */
  saidDays?: number;
  /** The treated area the patient wrote, where the record names none like it. */
  saidArea?: string;
}

/** Which of the leaflet's words the reply takes (src/replies/treatment-words.ts); null for the rules' own. */
export type TreatmentWords = "ptosis-eyelid" | "ptosis-brow" | "no-effect-early" | "no-effect-late" | "not-from-treatment" | null;

export interface TreatmentReading {
  assessment: Assessment;
  words: TreatmentWords;
  /** The days the rules went by: the patient's, else the record's. */
  days: number;
  facts: TreatmentFacts;
}

const UPPER_FACE: AreaId[] = ["forehead", "frown-lines", "crows-feet"];
const LOWER_FACE_AND_NECK: AreaId[] = ["masseter", "neck", "chin"];
const EYELID_SIGNS = ["drooping-eyelid", "smaller-eye"];
const BROW_SIGNS = ["brow-change", "heavy-forehead"];
// Swallowing, the voice, the airway and the neck: where toxin from the jaw, neck or chin spreads.
const SPREAD_SIGNS = ["swallowing", "speech", "breathing", "throat-closing", "tight-breathing", "limb-weakness", "painful-swallowing", "throat-pain"];
const SPREAD_FUNCTIONS = ["swallowing", "speech", "breathing", "neck", "throat"];
// Ptosis shows 2 to 7 days after the injection, sometimes up to 14.
const PTOSIS_DAYS = { from: 2, to: 14 };
// The full effect comes 14 days after the treatment.
const FULL_EFFECT_DAY = 14;
// New trouble this long after shows no known onset of a side effect: it is triaged, not put down to the treatment.
const MONTHS_LATER_DAYS = 60;

// The areas a patient's own word for where they were treated (time-clues.ts) may mean.
const SAID_AREAS: Record<string, AreaId[]> = {
  glabella: ["frown-lines"], forehead: ["forehead"], "crows-feet": ["crows-feet"], eyes: ["forehead", "frown-lines", "crows-feet"],
  armpits: ["armpits"], jaw: ["masseter"], mouth: ["lip", "chin", "bunny-lines"], neck: ["neck"],
};
// "behandlet i kæben", "botox i panden", "treated on my forehead": where the patient says they were treated.
const TREATED_AT = /\b(?:behandl\w*|botox\w*|sprojt\w*|indsprojt\w*|treated|treatment|injected|injections?)\b((?:\s+\S+){1,4})/g;

function saidTreatedArea(folded: string): string | null {
  for (const m of folded.matchAll(TREATED_AT)) {
    const area = areaMentioned(m[1]!);
    if (area) return area;
  }
  return null;
}

export function readWithTreatment(own: Assessment, text: string, t: TreatmentContext, at: number): TreatmentReading {
  const recordDays = Math.max(0, daysSince(t.treatedAt, at));
  const said = own.daysSinceTreatment;
  const days = said ?? recordDays;
  const saidArea = saidTreatedArea(fold(text));
  const areaDisagrees = saidArea !== null && !(SAID_AREAS[saidArea] ?? []).some((a) => t.areas.includes(a));
  const signs = new Set(own.findings.map((f) => f.sign));
  const has = (list: string[]) => list.some((s) => signs.has(s));
  const treated = (list: AreaId[]) => t.areas.some((a) => list.includes(a));

  let level: Level = own.level;
  let words: TreatmentWords = null;
  if (signs.has("no-effect-yet") && rank(own.level) <= rank("expected")) {
    // Before the full effect, no effect is expected; after it, it is a question for the clinic.
    if (days > FULL_EFFECT_DAY) [level, words] = ["review", "no-effect-late"];
    else words = "no-effect-early";
  } else if (days >= MONTHS_LATER_DAYS && own.level !== "emergency") {
    // What the leaflet calls expected follows a treatment, not a treatment months ago.
    [level, words] = [higher(own.level, "review"), "not-from-treatment"];
  } else if (own.level === "review" && days >= PTOSIS_DAYS.from && days <= PTOSIS_DAYS.to && treated(UPPER_FACE)) {
    if (has(EYELID_SIGNS)) words = "ptosis-eyelid";
    else if (has(BROW_SIGNS)) words = "ptosis-brow";
  }

  const spread = has(SPREAD_SIGNS) || (own.screen?.function ? SPREAD_FUNCTIONS.includes(own.screen.function) : false);
  const assessment: Assessment = {
    ...own,
    level: higher(own.level, level),
    ownLevel: higher(own.ownLevel, level),
    daysSinceTreatment: days,
    // The record answers what a nurse would ask about the treatment.
    missingInfo: own.missingInfo.filter((k) => k !== "daysSinceTreatment" && k !== "area"),
  };
  const facts: TreatmentFacts = {
    ...t,
    areaFirst: spread && treated(LOWER_FACE_AND_NECK),
    ...(said !== null && said !== recordDays ? { saidDays: said } : {}),
    ...(areaDisagrees ? { saidArea: saidArea! } : {}),
  };
  return { assessment, words, days, facts };
}
