import type { QUESTION_LEXICON } from "./question-lexicon.js";

type QConcept = keyof typeof QUESTION_LEXICON;

// Where a question goes. A route matches when every concept of one of its patterns occurs
// in the message; the route whose pattern names most concepts wins, the earlier on a tie.
// `topic` routes answer from the leaflet. `gap` routes are questions the leaflet is silent
// on: the bot passes them to the clinic, and says the part the leaflet covers (`partOf`).
export interface Route {
  id: string;
  when: string[];
  /** Asked at all, the clinic must answer it: a pregnancy or an illness decides whether botox is given. */
  overrides?: boolean;
  topic?: string;
  gap?: { partOf?: string; partial?: { da: string; en: string } };
}

const clinic = (partOf?: string, partial?: { da: string; en: string }): Route["gap"] => ({ partOf, partial });

export const ROUTES: Route[] = [
  { id: "procedure-length", topic: "treatment-day", when: ["howLong + lasts|take + procedure"] },
  { id: "alcohol-after", when: ["alcohol + after"], gap: clinic("before-treatment", {
    da: "Vores folder siger kun, at du skal undgå alkohol, fiskeolie og acetylsalicylsyre (fx Treo) 48 timer inden behandlingen. Om tiden efter står der intet.",
    en: "Our leaflet only says to avoid alcohol, fish oil and aspirin (e.g. Treo) for 48 hours before the treatment. It says nothing about afterwards.",
  }) },
  { id: "makeup-after", when: ["makeup + afterTreat", "makeup + again"], gap: clinic("treatment-day", {
    da: "Vores folder siger kun, at du gerne må møde uden make-up til behandlingen. Om make-up bagefter står der intet.",
    en: "Our leaflet only says to come to the treatment without make-up. It says nothing about make-up afterwards.",
  }) },
  { id: "pain-during", when: ["hurt + treatment", "hurt"], gap: clinic("treatment-day", {
    da: "Vores folder siger, at botox sprøjtes ind med en meget tynd nål. Mere om smerte eller bedøvelse står der ikke.",
    en: "Our leaflet says botox is injected with a very thin needle. It says nothing more about pain or numbing.",
  }) },
  { id: "effect-duration", when: ["howLong + lasts", "howLong + effect", "howLong + botox"], gap: clinic("treatment-interval", {
    da: "Vores folder anbefaler behandling med faste intervaller, ca. hver 3. måned. Hvor længe effekten holder hos dig, står der ikke.",
    en: "Our leaflet recommends treatment at regular intervals, about every 3 months. It does not say how long the effect lasts for you.",
  }) },
  { id: "exercise", when: ["exercise", "exercise + after|treatment|howLong", "exercise + howLong + after|treatment"], gap: clinic() },
  { id: "flying", when: ["flying"], gap: clinic() },
  { id: "lying-down", when: ["lyingDown"], gap: clinic() },
  { id: "pregnancy", when: ["pregnancy"], gap: clinic(), overrides: true },
  { id: "health-condition", when: ["condition"], overrides: true, gap: clinic("consultation", {
    da: "Vores folder siger, at lægen ved konsultationen før behandlingen spørger ind til helbred, medicin og tidligere behandlinger. Om netop den sygdom eller medicin står der intet.",
    en: "Our leaflet says the doctor asks about health, medicines and earlier treatments at the consultation before any treatment. It says nothing about this illness or medicine in particular.",
  }) },
  { id: "control-remote", when: ["control + phoneCall"], gap: clinic("control-visit") },
  // Booking, moving or cancelling the check-up itself is the clinic's to do; the leaflet's words
  // about the check-up come with it.
  { id: "control-booking", when: ["control + booking"], gap: clinic("control-visit", {
    da: "Vores folder siger, at du kan komme til kontrol 14 dage efter behandlingen, og at du dér kan få supplerende injektioner gratis, hvis effekten ikke er nok.",
    en: "Our leaflet says you can come for a check-up 14 days after the treatment, where top-up injections are free if the effect is not enough.",
  }) },
  { id: "price", when: ["price", "price + botox|treatment|area|areaAsk"], gap: clinic() },
  { id: "opening-hours", when: ["hours"], gap: clinic() },
  { id: "sun-heat", when: ["sun", "sun + howLong + treatment|after|afterTreat"], gap: clinic() },
  { id: "booking", when: ["booking", "booking + treatment"], gap: clinic() },
  { id: "painkillers", when: ["painkillers"], gap: clinic() },
  { id: "massage", when: ["massage"], gap: clinic() },
  { id: "medication", when: ["medication"], gap: clinic() },
  { id: "skincare", when: ["skincare"], gap: clinic() },

  { id: "unwanted-paralysis", topic: "unwanted-paralysis", when: ["droop + howLong + goAway|lasts", "droop + goAway|antidote|howLong|lasts", "antidote"] },
  { id: "effect-onset", topic: "effect-onset", when: ["workedQ", "howLong + until|take + effect", "when + effect|full", "full + effect", "until + effect", "full + until|howLong"] },
  { id: "treatment-day", topic: "treatment-day", when: ["howLong + take + treatment", "howLong + take", "howLong + treatment", "makeup", "photos + treatment", "photos + take"] },
  { id: "prepare", topic: "before-treatment", when: ["todo + before + treatment|botox", "prepare + treatment|botox"] },
  { id: "before-treatment", topic: "before-treatment", when: ["alcohol + before + when|avoid|treatment", "alcohol + before", "alcohol", "avoid + before + treatment|botox"] },
  { id: "after-treatment", topic: "after-treatment", when: ["afterEffect + howLong|lasts|goAway|when", "afterEffect + howLong + botox|treatment|afterTreat", "visible", "visible + treatment|afterTreat", "afterEffect + visible|lookQ + botox|treatment", "afterEffect + lookQ"] },
  { id: "needle-size", topic: "treatment-day", when: ["needle + size"] },
  { id: "control-visit", topic: "control-visit", when: ["control + price + treatment|again|area", "control + booking + when", "control + price|free|booking", "control"] },
  { id: "treatment-interval", topic: "treatment-interval", when: ["often + treatment|botox", "often + wrinkle", "prevent + wrinkle|botox", "often", "when + again + booking|treatment|botox", "when + comeBack", "again + booking"] },
  { id: "consultation", topic: "consultation", when: ["consult + wait + treatment", "consult + after + treatment", "consult + companion|think|price|free|wait", "consult", "companion", "companionWho + along", "think"] },
  { id: "how-it-works", topic: "how-it-works", when: ["how + work|effect + botox", "feeling + botox|treatment", "feeling", "expression", "how + work", "botox + muscle"] },
  { id: "indications", topic: "indications", when: ["against + botox + sweat|grinding", "sweat + areaAsk|todo", "grinding + botox", "sweat", "grinding"] },
  { id: "wrinkle-causes", topic: "wrinkle-causes", when: ["why + wrinkle"] },
  { id: "wrinkles", topic: "wrinkles", when: ["why + effect|botox + wrinkle", "wrinkle + disappear", "wrinkle"] },
  { id: "treatment-areas", topic: "treatment-areas", when: ["areaAsk", "areaAsk + area", "area + against", "where + botox|treatment"] },
  { id: "what-is-botox", topic: "what-is-botox", when: ["whatIs + botox", "whatIs|botox + bacteria"] },
  { id: "side-effects", topic: "side-effects", when: ["whatIs + sideEffect + botox|treatment", "sideEffect", "sideEffect|droop + happen"] },
  { id: "other-treatments", topic: "other-treatments", when: ["otherTreatments", "otherTreatments + botox|whatIs"] },
  { id: "confidentiality", topic: "confidentiality", when: ["privacy"] },
  { id: "emergency-contact", topic: "emergency-contact", when: ["emergencyNumber", "contactVerb + night", "contactVerb + night + hours"] },
  // "Skal jeg ringe 112?": the bot cannot tell without the symptom, so it gives the rule and asks.
  { id: "call-112", when: ["callHelp"], gap: clinic("emergency-contact", {
    da: "Ring 112 nu, hvis du har svært ved at synke, tale eller trække vejret, eller hvis du har det meget dårligt. Ellers skriv, hvad du mærker.",
    en: "Call 112 now if you have trouble swallowing, speaking or breathing, or if you feel very unwell. Otherwise, text us what you notice.",
  }) },
  // Last, so that a use the leaflet names wins a tie: "kan botox behandle rynker?".
  { id: "other-use", when: ["against + botox"], gap: clinic("indications", {
    da: "Vores folder nævner, at botox bruges mod rynker, overaktive muskler (fx tyggemusklerne) og svedtendens i armhulerne. Anden brug nævner den ikke.",
    en: "Our leaflet says botox is used for wrinkles, overactive muscles (such as the chewing muscles) and sweating in the armpits. It mentions no other use.",
  }) },
];

export type { QConcept };
