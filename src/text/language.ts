import type { Language } from "../triage/types.js";

// Danish is the default; a message is English when its everyday words are clearly English.
const ENGLISH = new Set(("my me is the a an and it have has had since after yet not no can't cant what when how why " +
  "is are was were do does did will would should could this that been am im i'm you your please thanks thank of " +
  "to with feel feels get got there any eye eyes face swelling pain hurts help hi hello can be will if from on in about " +
  "does much many long need like just also very really still ago days day week weeks today yesterday tomorrow they she he " +
  "his its im ive dont hey yes used treatment treated injection injections botox's where which who " +
  "everything something nothing went all but or so up out then than too right left side lips mouth head throat breathe " +
  "breath breathing swallow swallowing speak talk see seeing look looks looking think worse better bit little lot some " +
  "black dark red sore bruise bruised swollen droopy drooping eyelid eyebrow forehead normal " +
  "don't won't isn't doesn't didn't i've it's anymore sweat sweating " +
  "vision sight blurry blurred double slight redness headache drooling keep keeps itchy itching rash numb tired dizzy weak " +
  "fever hurt hurting painful tender puffy lump bump bumps eyelids eyebrows brows cheek jaw neck chest trouble difficult").split(" "));
const DANISH = new Set(("jeg min mit mine det er og har ikke en et at på med kan efter hvad hvornår hvordan hvor hvorfor " +
  "må skal til af mig du der så nu også men lidt tak hej den de dag dage uge ved som var være fået får føler øje øjet").split(" "));

export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().match(/[a-zæøåé']+/g) ?? [];
  let en = 0;
  let da = /[æøå]/i.test(text) ? 2 : 0;
  for (const w of words) {
    if (ENGLISH.has(w)) en++;
    if (DANISH.has(w)) da++;
  }
  return en > da ? "en" : "da";
}
