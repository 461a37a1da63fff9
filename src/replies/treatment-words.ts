import { topic } from "../knowledge/leaflet.js";
import { AREA_NAMES } from "../treatments/treatment.js";
import type { TreatmentContext, TreatmentWords } from "../triage/treatment-rules.js";
import type { SignText } from "./sign-texts.js";

// The leaflet's words the treatment record chooses for a reply (src/triage/treatment-rules.ts
// decides which). Each rests on a leaflet topic, its source.
export type Note = NonNullable<SignText["note"]>;

const WEARS_OFF = {
  da: "Ifølge vores folder aftager effekten i løbet af 3-4 måneder, og der findes ingen modgift, der kan fremskynde det.",
  en: "Our leaflet says the effect wears off over 3-4 months, and there is no antidote to speed it up.",
};
const UPPER: Array<keyof typeof AREA_NAMES> = ["forehead", "frown-lines", "crows-feet"];

const where = (t: TreatmentContext, lang: "da" | "en") => {
  const names = t.areas.filter((a) => UPPER.includes(a)).map((a) => AREA_NAMES[a][lang === "da" ? "inDa" : "inEn"]);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} ${lang === "da" ? "og" : "and"} ${names.at(-1)}` : names[0] ?? "";
};

/** The notes the reply takes instead of the signs' own; undefined leaves the rules' words. */
export function treatmentNotes(words: TreatmentWords, t: TreatmentContext): Note[] | undefined {
  switch (words) {
    case "ptosis-eyelid":
    case "ptosis-brow": {
      const what = words === "ptosis-eyelid" ? { da: "Et hængende øjenlåg", en: "A drooping eyelid" } : { da: "Et hængende øjenbryn eller en tung pande", en: "A drooping brow or a heavy forehead" };
      return [{
        topic: "unwanted-paralysis",
        da: `${what.da} nogle dage efter behandling ${where(t, "da")} er en kendt, sjælden bivirkning. ${WEARS_OFF.da}`,
        en: `${what.en} some days after treatment ${where(t, "en")} is a known, rare side effect. ${WEARS_OFF.en}`,
      }];
    }
    case "no-effect-early":
      return [{ topic: "effect-onset", ...topic("effect-onset").reply }, { topic: "control-visit", ...topic("control-visit").reply }];
    case "no-effect-late":
      return [{
        topic: "control-visit",
        da: "Den fulde effekt kommer 14 dage efter behandlingen, så klinikken vil gerne se på det. Er effekten utilstrækkelig, kan du få supplerende injektioner gratis ved en kontrol.",
        en: "The full effect comes 14 days after the treatment, so the clinic would like to look at it. If the effect is not enough, you can get extra injections free of charge at a check-up.",
      }];
    // Months after, the reply names no side effect of the treatment: it does not say the trouble comes from it.
    case "not-from-treatment":
      return [];
    default:
      return undefined;
  }
}
