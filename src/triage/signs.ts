import type { Concept } from "./lexicon.js";
import type { InfoKey, Level } from "./types.js";

// The rule table a reviewer reads. A sign is found when one of its patterns matches:
// "hard + swallow" means a word of each concept close together in one sentence, in any
// order ("a > b" keeps the order); "a|b" is either concept. A negation just before ("ingen", "ikke", "no") cancels
// a sign unless it is marked negatable: false. `unless` concepts near the match cancel it
// too. `minDays` makes a pattern count only once the patient says that many days have gone.
export interface Pattern {
  all: string;
  minDays?: number;
  /** This pattern's own window, where it differs from its sign's. */
  window?: number;
}
export interface Sign {
  id: string;
  level: Level;
  when: Array<string | Pattern>;
  unless?: Concept[];
  /** Like unless, but anywhere in the sentence: "så hævede, at jeg ikke kan se". */
  unlessInSentence?: Concept[];
  window?: number;
  negatable?: boolean;
  /** Skipped in questions: "virker det ikke først efter 14 dage?" is no complaint. */
  statementOnly?: boolean;
  /** What a nurse asks next when it is not already in the message. */
  ask?: InfoKey[];
}

const FACE: Concept[] = ["brow", "forehead", "eyelid", "eye", "face", "mouth", "lips"];
const LOCAL: InfoKey[] = ["daysSinceTreatment", "area"];

export const SIGNS: Sign[] = [
  // emergency: airway, swallowing, speech, spreading weakness, anaphylaxis, vision loss
  { id: "swallowing", level: "emergency", when: ["hard + swallow", "swallowWrong", "drinkEat + noseOut", "stuck > throat", "hard > drinkEat > goDown", "drinkEat > hard > goDown", "drinkEat > notDown", "notDown > drinkEat", { all: "cough + drinkEat", window: 4 }, { all: "stuck + swallow", window: 5 }, { all: "swallow > swallowOdd", window: 5 }, "oddSwallowing"] },
  { id: "breathing", level: "emergency", when: ["hard + breath", "breathProblem", { all: "hard > blow > candle", window: 6 }, { all: "breath > heavy", window: 4 }, { all: "wheeze + breath", window: 5 }] },
  { id: "throat-closing", level: "emergency", when: ["throat + tight", { all: "pressure > throat", window: 4 }], unless: ["glands"] },
  { id: "tight-breathing", level: "emergency", when: ["squeeze + breath"], window: 5 },
  { id: "speech", level: "emergency", when: ["hard + speak", "speak|voice + voiceChange", "slurred", "hoarse"], unless: ["talkTo", "looks"] },
  { id: "limb-weakness", level: "emergency", when: ["weak + limbs|wholeBody", "weak + neck", "hard + holdHead", { all: "neck > droop", window: 2 }, { all: "hard > grip", window: 2 }, { all: "limbs + noControl", window: 4 }, "limbs > heavy", "hard + walkStand + limbs", "dropThings"], unless: ["jaw", "chew"] },
  { id: "cannot-walk-or-lift", level: "emergency", when: ["hard + walkStand"], unless: [...FACE, "smile", "goAway"], window: 4 },
  { id: "half-face", level: "emergency", when: [{ all: "mouth|smile + droop + close|open + eye|eyelid", window: 20 }, { all: "limbs + droop + mouth|face|faceWhole|smile + droop", window: 20 }, { all: "halfFace + droop|weak|paralysed|numb", window: 10 }, { all: "faceWhole > droop|paralysed|numb > oneSide", window: 8 }] },
  // Chest pain or pressure is not from botox, and a careful nurse sends it to 112 all the same.
  { id: "chest-pain", level: "emergency", when: ["pain|pressure|tight|squeeze + chest"], window: 5 },
  { id: "stroke-signs", level: "emergency", when: ["stroke"] },
  { id: "tongue-lip-swelling", level: "emergency", when: ["swollen + tongue|lips", "tongue > worsening", "tongue|lips > big", "tongue > heavy"], unless: ["resolving"], window: 5 },
  { id: "tongue-control", level: "emergency", when: ["noControl + tongue"], window: 5 },
  { id: "fainting", level: "emergency", when: ["faint", { all: "wentVerb > cold", window: 3 }, { all: "everything > darkened", window: 3 }] },
  { id: "anaphylaxis", level: "emergency", when: ["anaphylaxis"] },
  { id: "seizure", level: "emergency", when: ["seizure"], unless: ["headache"] },
  { id: "hives-faint", level: "emergency", when: ["rash|itch + dizzy|faint", { all: "redness|bumps|wheals|swollen + wholeBody|remoteBody + dizzy|faint", window: 30 }], window: 12 },
  { id: "vision-loss", level: "emergency", when: ["blind", { all: "eye|vision + darkened", window: 8 }, "hard + see", "lost + vision", "see > nothingSeen", "nothingSeen + eye|vision", "partialSight", "see > nothingOnEye > eye", { all: "vision > wentOff", window: 7 }], unless: ["effect", "bruise", "redness", "swollen", "bumps", "notSightLoss", "messageThing", "itsNothing"], unlessInSentence: ["swollenSo", "droopSo"], window: 7 },

  // urgent: infection, the eye, allergy without airway signs, swelling that grows
  { id: "infection", level: "urgent", when: ["pus", "warm + site|bumps|redness|swollen|pain|tender|face|forehead|brow|eyelid|eye|lips|chin|jaw|touchWarm|throb|skinChange", "fever", "redness + worsening", { all: "redness > site > spreading", window: 12 }, "leak + site", "bumps > pusColour", { all: "skinChange > pusColour", window: 4 }, { all: "pusColour > skinChange", window: 3 }, "sticky + eye", { all: "throb + site|bumps|redness|swollen", window: 4 }, { all: "big + redness + bumps", window: 4 }], ask: ["daysSinceTreatment", "area"] },
  { id: "eye-cannot-close", level: "urgent", when: [{ all: "eye|eyelid + ajar", window: 8 }, { all: "close > eye|eyelid > not", window: 6 }, { all: "hard > blink", window: 2 }, "hard + close + eye|eyelid", "eye|eyelid > close > not", "eye|eyelid > not > close", { all: "eye|eyelid + staysOpen", window: 12 }], window: 10, ask: ["daysSinceTreatment", "vision"] },
  // Tender where the needle went in near the eye is the site, not the eye: "ømt når han trykker på stederne ved øjnene".
  { id: "eye-pain", level: "urgent", when: ["pain|pressure + eye", "tender + eye + severe"], unless: ["mild", "sitePlaces"], ask: ["daysSinceTreatment", "vision"] },
  { id: "double-vision", level: "urgent", when: ["double + vision|see|eye", { all: "see > twoOf", window: 3 }, { all: "twoOf + see", window: 8 }, "diplopia", "coverOneEye", { all: "everything > double", window: 3 }], ask: ["daysSinceTreatment"] },
  { id: "blurred-vision", level: "urgent", when: ["blurred + vision|see|eye", "vision + visionChange", "blurred", "hard + focus", { all: "hard + readTask", window: 4 }, "foggy + eye|see|vision", "visualSymptom"], unless: ["speak", "voice"], ask: ["daysSinceTreatment"] },
  { id: "rash-hives", level: "urgent", when: ["rash", { all: "bumps|itch|redness|wheals > remoteBody", window: 8 }, "wheals + itch", "redness|bumps + wholeFace|wholeBody"], ask: ["daysSinceTreatment", "area"] },
  // Raised welts are hives, unless they sit where the needle went ("welts where each needle went in").
  { id: "welts", level: "urgent", when: ["welts"], unlessInSentence: ["site"], ask: ["daysSinceTreatment", "area"] },
  // Itching redness is hives, unless it is a little and where the needle went.
  { id: "itchy-redness", level: "urgent", when: ["itch + redness|bumps"], unless: ["mild"], unlessInSentence: ["site"], ask: ["daysSinceTreatment", "area"] },
  { id: "eyes-swollen-shut", level: "urgent", when: ["eye|eyelid + fromSwelling", "swollen + eye|eyelid + shut", "swollenSo + eye|eyelid + see|open|shut", "swollen + eye|eyelid + hard + open"], window: 10 },
  { id: "swelling-worsening", level: "urgent", when: ["swollen|redness|bumps|bruise + worsening", { all: "swollen|redness|bumps > worsening", window: 30 }], window: 16, ask: ["daysSinceTreatment", "fever"] },
  { id: "face-swelling", level: "urgent", when: ["swollen + wholeFace", "swollen + face + whole", "swollen + everywhere"], window: 8 },
  { id: "swollen-face", level: "urgent", when: ["swollen + face"], unless: ["mild", "site"], window: 4 },
  { id: "dizziness", level: "urgent", when: ["dizzy", "hard|lost + balance", { all: "spin + room", window: 3 }, { all: "spin > around", window: 4 }, { all: "walkStand + holdOnTo", window: 12 }], window: 4 },
  // Already with 112 or a hospital: the clinic's doctor must know tonight.
  { id: "in-emergency-care", level: "urgent", when: ["inCare"], statementOnly: true, ask: ["daysSinceTreatment"] },
  // Pain on swallowing is not "cannot swallow", but it is the same throat: the doctor tonight.
  { id: "painful-swallowing", level: "urgent", when: ["pain|tender + swallow", { all: "pain|tender + onSwallow", window: 10 }, { all: "pain|tender + drinkEat > goDown", window: 8 }], window: 4, ask: ["daysSinceTreatment"] },
  // Weak all over is an emergency (limb-weakness); feeling weak, without saying where, is for tonight.
  // Weak muscles named without a treated place ("i panden", "kæben") may be the toxin spreading.
  { id: "muscle-weakness", level: "emergency", when: ["muscle + weak", "muscle > heavy"], unless: ["jaw", "chew", ...FACE, "smile", "site"], window: 5 },
  { id: "general-weakness", level: "urgent", when: ["weakFeel", { all: "feeling > weak", window: 7 }], unless: ["jaw", "chew", "muscle", ...FACE, "smile"], window: 6, ask: ["daysSinceTreatment"] },
  { id: "itch-all-over", level: "urgent", when: ["itch + wholeBody"], window: 5, ask: ["daysSinceTreatment"] },
  { id: "throat-itch", level: "urgent", when: ["itch + throat"], window: 6, ask: ["daysSinceTreatment"] },
  // A paralysed face, beyond the muscle that was treated, is for the doctor tonight.
  // The whole face frozen is more than the treated muscle: "hele mit ansigt er som frosset".
  { id: "face-paralysis", level: "urgent", when: ["paralysed + face|wholeFace|mouth|eye|eyelid|lips", "wholeFace + stiff"], window: 5, ask: ["daysSinceTreatment", "area"] },
  // "started bleeding again, I pressed a tissue on it for 30 min and it keeps going": told at the end of the sentence.
  { id: "heavy-bleeding", level: "urgent", when: ["bleed + severe|lasting|worsening", "bleedOn", { all: "bleed + soakThrough", window: 40 }, { all: "bleed > lasting", window: 16 }], window: 5, ask: ["daysSinceTreatment", "area"] },
  // A bleed in someone on blood thinners may not stop by itself.
  { id: "bleeding-on-thinners", level: "urgent", when: [{ all: "bleed + bloodThinner", window: 40 }], statementOnly: true, ask: ["daysSinceTreatment", "area"] },
  { id: "bladder-control", level: "urgent", when: ["incontinence", "hard|noControl + bladder"], window: 5, ask: ["daysSinceTreatment"] },
  // Wide or unequal pupils: one of the signs of the toxin acting beyond where it was put.
  { id: "pupils", level: "urgent", when: ["pupil + big|uneven|smaller"], window: 5, ask: ["daysSinceTreatment", "vision"] },
  { id: "palpitations", level: "urgent", when: ["palpitations"], ask: ["daysSinceTreatment"] },
  { id: "confusion", level: "urgent", when: ["confused"], unless: ["about"] },
  { id: "hearing", level: "urgent", when: ["hard + hear", "lost + hear"], unless: ["fromSomeone"], window: 4, ask: ["daysSinceTreatment"] },
  { id: "light-sensitivity", level: "urgent", when: ["lightPain", { all: "pain > see > light", window: 7 }], ask: ["daysSinceTreatment", "vision"] },
  { id: "eye-bleeding", level: "urgent", when: ["eyeBlood"], ask: ["daysSinceTreatment", "vision"] },

  // review: reportable side effects from the leaflet's list
  { id: "drooping-eyelid", level: "review", when: ["eyelid + droop|heavy|weak", "hard + walkStand + eyelid", "eye + droop", "eye > heavy", "hard + open + eye|eyelid", "ptosis"], ask: LOCAL },
  { id: "smaller-eye", level: "review", when: ["eye > smaller"], unless: ["swollen", "bruise", "redness"], window: 5, ask: LOCAL },
  { id: "eye-asymmetry", level: "review", when: ["eye > uneven"], unless: ["swollen", "bruise", "redness"], window: 5, ask: LOCAL },
  { id: "raised-brows", level: "review", when: ["surprisedLook", { all: "brow + raised", window: 5 }], ask: LOCAL },
  { id: "brow-change", level: "review", when: ["brow + droop|uneven|heavy"], unless: ["raised"], ask: LOCAL },
  { id: "heavy-forehead", level: "review", when: ["forehead + heavy|droop"], ask: LOCAL },
  { id: "mouth-asymmetry", level: "review", when: ["mouth|smile|lips + uneven|droop|weak|cantMove|noControl", "hard + smile|lipTask", "lipSymptom"], unless: ["stopSmiling"], unlessInSentence: ["bladder", "incontinence"], ask: LOCAL },
  { id: "drooling", level: "review", when: ["drool", "leak + mouth|lips|chin"], window: 5, ask: LOCAL },
  { id: "mouth-opening", level: "review", when: ["hard + open|close + mouth|jaw", "jawLock"], window: 5, ask: LOCAL },
  { id: "cheek-droop", level: "review", when: ["face > droop", "saggingCheeks"], unless: ["swollen"], window: 3, ask: LOCAL },
  { id: "skin-change", level: "review", when: ["skinChange"], unless: ["visualSymptom"], ask: LOCAL },
  { id: "swollen-glands", level: "review", when: ["swollen + glands"], window: 5, ask: ["daysSinceTreatment", "fever"] },
  { id: "tinnitus", level: "review", when: ["tinnitus", { all: "earSound > ears", window: 3 }, { all: "ears > earSound", window: 3 }], ask: ["daysSinceTreatment"] },
  { id: "ear-pain", level: "review", when: ["earPain"], ask: ["daysSinceTreatment"] },
  // "det ser mærkeligt ud i panden": the treated face looks changed, not otherwise told.
  { id: "looks-changed", level: "review", when: ["looks + uneven + forehead|brow|eye|eyelid|face|faceWhole|mouth|lips|chin|smile"], window: 6, ask: LOCAL },
  { id: "face-asymmetry", level: "review", when: ["face > uneven"], unless: ["swollen", "bruise", "redness", "site"], window: 4, ask: LOCAL },
  { id: "taste-loss", level: "review", when: ["tasteLoss"], ask: ["daysSinceTreatment"] },
  { id: "dry-mouth", level: "review", when: ["dry + mouth", "dryMouth"], ask: LOCAL },
  { id: "dry-eyes", level: "review", when: ["dry + eye", "dryEye", "grit + eye", "eye + redness + tender"], window: 12, ask: ["daysSinceTreatment", "vision"] },
  { id: "watery-eyes", level: "review", when: ["teary + eye", { all: "eye > runs", window: 2 }], window: 6, ask: ["daysSinceTreatment", "vision"] },
  // More sweat elsewhere after the armpits were treated: not in the leaflet, so the doctor hears of it.
  { id: "more-sweating", level: "review", when: ["sweating + more", "sweating + trunk"], window: 8, statementOnly: true, ask: ["daysSinceTreatment"] },
  { id: "headache-vomiting", level: "urgent", when: ["headache + severe|worsening + nausea"], window: 8, ask: ["daysSinceTreatment"] },
  { id: "headache-lasting", level: "review", when: ["headache + lasting|severe|worsening", { all: "headache", minDays: 2 }], ask: ["daysSinceTreatment"] },
  { id: "weak-chewing", level: "review", when: ["weak|hard + chew", "weak + jaw"], ask: LOCAL },
  { id: "jaw-clicking", level: "review", when: ["click + jaw"], window: 5, ask: LOCAL },
  { id: "eyelid-swelling", level: "review", when: ["swollen + eyelid|eye"], unless: ["resolving", "bumps"], window: 5, ask: ["daysSinceTreatment", "vision"] },
  { id: "muscle-wasting", level: "review", when: ["wasting", "muscle + smaller"], ask: LOCAL },
  { id: "red-eye", level: "review", when: ["eyeRed", { all: "eye > redness", window: 3 }], ask: ["daysSinceTreatment", "vision"] },
  { id: "eye-pain-mild", level: "review", when: ["pain + eye + mild"], ask: ["daysSinceTreatment", "vision"] },
  { id: "local-reaction-lasting", level: "review", when: [{ all: "swollen|redness|bumps", minDays: 3 }, { all: "bruise", minDays: 11 }], ask: ["area", "worsening"] },
  { id: "strong-pain", level: "review", when: ["pain + severe"], window: 4, ask: LOCAL },
  { id: "throat-pain", level: "review", when: ["pain|tender + throat"], ask: ["daysSinceTreatment"] },
  { id: "numbness", level: "review", when: ["numb", "noFeel + lips|mouth|face|tongue|forehead|brow|eyelid|limbs|chin", { all: "noFeelBody > tongue|lips|mouth|chin|limbs", window: 3 }], ask: LOCAL },
  { id: "twitching", level: "review", when: ["twitch"], ask: LOCAL },
  { id: "itching", level: "review", when: ["itch"], unless: ["mild"], unlessInSentence: ["site"], ask: LOCAL },
  // Aches all over, or flu-like: a known reaction the leaflet does not name, for the doctor to see.
  { id: "body-aches", level: "review", when: ["pain|tender + wholeBody", "myalgia"], window: 5, unlessInSentence: ["cancel"], ask: ["daysSinceTreatment", "fever"] },
  { id: "feeling-unwell", level: "review", when: ["nausea", "unwell", "stomach"], unless: ["fedUp"], unlessInSentence: ["cancel"], ask: ["daysSinceTreatment", "fever"] },

  // expected: what the leaflet says follows a treatment
  { id: "bruise", level: "expected", when: ["bruise"], ask: [] },
  { id: "site-bleeding", level: "expected", when: ["bleed + site"], unless: ["severe"], window: 5, ask: [] },
  // "Panden er lammet": the treated muscle resting is the treatment working.
  { id: "treated-muscle-still", level: "expected", when: ["paralysed|cantMove + forehead|brow", "weak + forehead"], window: 5, statementOnly: true, ask: [] },
  { id: "injection-site-reaction", level: "expected", when: ["swollen", "redness", "bumps"], ask: ["daysSinceTreatment"] },
  { id: "mild-headache", level: "expected", when: ["headache"], ask: ["daysSinceTreatment"] },
  { id: "tenderness", level: "expected", when: ["tender", "pain"], unless: ["painFree"], ask: [] },
  // "Det føles mærkeligt i panden": the treated muscle at rest feels odd.
  { id: "stiff-feeling", level: "expected", when: ["stiff", { all: "forehead|brow > squeeze|tight", window: 4 }, { all: "feeling + uneven + forehead|brow", window: 5 }], ask: ["daysSinceTreatment"] },
  { id: "mild-itch", level: "expected", when: ["itch"], ask: [] },
  { id: "no-effect-yet", level: "expected", when: ["effect + lack", "effect + stillThere", { all: "effect > still", window: 4 }, "sweating + lasting"], unless: ["notComplaint"], negatable: false, statementOnly: true, ask: ["daysSinceTreatment"] },
];
