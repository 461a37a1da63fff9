// How each sign is named to the patient and the doctor, and what the leaflet says about
// it. A note restates the leaflet (its topic is the source); a sign the leaflet does not
// speak to has no note, and the reply then says nothing the leaflet does not. A note that
// is only near the point (relatedOnly) does not count as the leaflet answering.
export interface SignText {
  da: string;
  en: string;
  /** `brief`: the note without its "the doctor must assess it", for a reply that says so already. */
  note?: { topic: string; da: string; en: string; relatedOnly?: boolean; brief?: { da: string; en: string } };
}

const transient = (topic: string, da: string, en: string) => ({ topic, da, en });
// A note that ends in "which the doctor must assess": its first sentence alone is the brief.
const forDoctor = (topic: string, da: string, en: string, brief: { da: string; en: string }) => ({ topic, da, en, brief });
const WEARS_OFF_DA = "Ifølge vores folder aftager effekten i løbet af 3-4 måneder, og der findes ingen modgift, der kan fremskynde det.";
const WEARS_OFF_EN = "Our leaflet says the effect wears off over 3-4 months, and there is no antidote to speed it up.";
// Rash, hives and itching all rest on the leaflet's "allergisk reaktion", in the same words.
const ALLERGY = forDoctor("side-effects", "Allergisk reaktion er en sjælden bivirkning, som lægen skal vurdere.", "An allergic reaction is a rare side effect that the doctor needs to assess.", { da: "Allergisk reaktion er en sjælden bivirkning.", en: "An allergic reaction is a rare side effect." });

// A name that ends in a clause ("En kind, der hænger") closes it with a comma when a sentence
// goes on after it: "En kind, der hænger, skal lægen vurdere i dag."
const RELATIVE_CLAUSE = /, (?:der|som|du|når|hvor|at)\b[^,]*$/;

/** A sign's name as the subject of a sentence that goes on after it. */
export function signSubject(sign: string, lang: "da" | "en"): string {
  const name = SIGN_TEXTS[sign]![lang];
  return lang === "da" && RELATIVE_CLAUSE.test(name) ? `${name},` : name;
}

const VISION = forDoctor("side-effects", "Forbigående synsforstyrrelse er en kendt bivirkning, men lægen skal vurdere det.", "Brief vision problems are a known side effect, but the doctor needs to assess it.", { da: "Forbigående synsforstyrrelse er en kendt bivirkning.", en: "Brief vision problems are a known side effect." });

export const SIGN_TEXTS: Record<string, SignText> = {
  // A level raised by the optional LLM assist; its reason is in the finding's words.
  assist: { da: "Det, du beskriver", en: "What you describe" },
  swallowing: { da: "Svært ved at synke", en: "Trouble swallowing" },
  breathing: { da: "Svært ved at trække vejret", en: "Trouble breathing" },
  seizure: { da: "Krampeanfald", en: "A seizure" },
  palpitations: { da: "Hjertebanken", en: "A racing or pounding heart" },
  confusion: { da: "Forvirring", en: "Confusion" },
  hearing: { da: "Nedsat hørelse", en: "Reduced hearing" },
  pupils: { da: "Store eller forskellige pupiller", en: "Wide or unequal pupils" },
  "bladder-control": { da: "Besvær med at holde på eller lade vandet", en: "Trouble holding or passing urine" },
  "light-sensitivity": { da: "Øjne, der ikke tåler lys", en: "Eyes that cannot bear light" },
  "eye-bleeding": { da: "Blod i øjet", en: "Blood in the eye" },
  "mouth-opening": { da: "Svært ved at åbne eller lukke munden", en: "Trouble opening or closing the mouth" },
  "cheek-droop": { da: "En kind, der hænger", en: "A drooping cheek" },
  "eye-asymmetry": { da: "Øjne, der ser forskellige ud", en: "Eyes that look different" },
  "stiff-feeling": { da: "En stiv eller stram fornemmelse", en: "A stiff or tight feeling", note: transient("how-it-works", "Botox får den behandlede muskel til at slappe af, så en stiv eller stram fornemmelse passer med, at den virker. Ifølge vores folder er det ikke en total lammelse, og følesansen påvirkes ikke.", "Botox relaxes the treated muscle, so a stiff or tight feeling fits with it working. Our leaflet says it is not a total paralysis, and your sense of touch is not affected.") },
  anaphylaxis: { da: "Tegn på allergisk chok", en: "Signs of anaphylaxis" },
  "body-aches": { da: "Ømhed i kroppen eller influenzalignende symptomer", en: "Aches all over or flu-like symptoms" },
  "in-emergency-care": { da: "Din kontakt med 112 eller hospitalet", en: "Your contact with 112 or the hospital" },
  "tongue-control": { da: "En tunge, du ikke kan styre", en: "A tongue you cannot control" },
  "chest-pain": { da: "Smerter eller trykken i brystet", en: "Chest pain or pressure" },
  "face-paralysis": { da: "Lammelse i ansigtet", en: "Paralysis in the face" },
  "heavy-bleeding": { da: "Blødning, der ikke stopper", en: "Bleeding that does not stop" },
  "bleeding-on-thinners": { da: "Blødning, når du tager blodfortyndende medicin", en: "Bleeding while you take a blood thinner" },
  "site-bleeding": { da: "Lidt blødning fra et stiksted", en: "A little bleeding from an injection site", note: { topic: "after-treatment", relatedOnly: true, da: "Vores folder nævner let hævelse, rødme og blå mærker ved indstiksstederne efter behandlingen.", en: "Our leaflet mentions slight swelling, redness and bruising where the needle went in." } },
  "treated-muscle-still": { da: "En muskel, der ikke bevæger sig", en: "A muscle that does not move", note: transient("how-it-works", "Botox får den behandlede muskel til at slappe af, så den bevæger sig mindre. Ifølge vores folder er det ikke en total lammelse, og fuld effekt kommer efter ca. 2 uger.", "Botox relaxes the treated muscle, so it moves less. Our leaflet says it is not a total paralysis, and full effect comes after about 2 weeks.") },
  "painful-swallowing": { da: "Smerter, når du synker", en: "Pain when you swallow" },
  "general-weakness": { da: "At føle sig svag", en: "Feeling weak" },
  "throat-itch": { da: "Kløe i halsen", en: "An itchy throat", note: ALLERGY },
  "skin-change": { da: "En forandring i huden", en: "A change in the skin" },
  "itch-all-over": { da: "Kløe over hele kroppen", en: "Itching all over", note: ALLERGY },
  "swollen-glands": { da: "Hævede lymfeknuder", en: "Swollen glands" },
  "ear-pain": { da: "Ondt i øret", en: "Earache" },
  tinnitus: { da: "Susen for ørerne", en: "Ringing in the ears" },
  welts: { da: "Hævede røde striber eller knopper på huden", en: "Raised red welts on the skin", note: ALLERGY },
  "face-asymmetry": { da: "Et ansigt, der ser skævt ud", en: "A face that looks uneven" },
  "looks-changed": { da: "Et behandlet område, der ser anderledes ud", en: "A treated area that looks different" },
  "watery-eyes": { da: "Øjne, der løber i vand", en: "Watery eyes" },
  "more-sweating": { da: "Mere sved end før", en: "Sweating more than before" },
  "taste-loss": { da: "Mistet smagssans", en: "Loss of taste" },
  "throat-closing": { da: "Hævelse eller snæren i halsen", en: "A tight or swollen throat" },
  "tight-breathing": { da: "Trykken eller snæren, når du trækker vejret", en: "Tightness when you breathe" },
  speech: { da: "Svært ved at tale eller ændret stemme", en: "Trouble speaking or a changed voice" },
  "limb-weakness": { da: "Kraftløshed i krop, arme, ben eller nakke", en: "Weakness in the body, arms, legs or neck" },
  "cannot-walk-or-lift": { da: "Svært ved at gå, stå eller løfte", en: "Trouble walking, standing or lifting" },
  "half-face": { da: "Lammelse i den ene side af ansigtet", en: "Weakness in one side of the face" },
  "stroke-signs": { da: "Tegn på blodprop eller slagtilfælde", en: "Signs of a stroke" },
  "tongue-lip-swelling": { da: "Hævet tunge eller hævede læber", en: "A swollen tongue or lips" },
  fainting: { da: "Besvimelse eller følelsen af at skulle besvime", en: "Fainting or feeling about to faint" },
  "hives-faint": { da: "Udslæt sammen med svimmelhed", en: "A rash together with dizziness" },
  "vision-loss": { da: "Pludseligt tab af synet", en: "Sudden loss of vision" },
  infection: { da: "Tegn på infektion", en: "Signs of infection", note: forDoctor("side-effects", "Infektion er en sjælden bivirkning, som lægen skal vurdere.", "Infection is a rare side effect that the doctor needs to assess.", { da: "Infektion er en sjælden bivirkning.", en: "Infection is a rare side effect." }) },
  "eye-cannot-close": { da: "Et øje, der ikke kan lukke helt", en: "An eye that will not close fully" },
  "eye-pain": { da: "Smerter i øjet", en: "Pain in the eye" },
  "double-vision": { da: "Dobbeltsyn", en: "Double vision", note: VISION },
  "blurred-vision": { da: "Sløret syn", en: "Blurred vision", note: VISION },
  "itchy-redness": { da: "Kløende rødme eller knopper", en: "Itchy redness or bumps", note: ALLERGY },
  "rash-hives": { da: "Udslæt eller nældefeber", en: "A rash or hives", note: ALLERGY },
  "eyes-swollen-shut": { da: "Så hævede øjenlåg, at øjet ikke kan åbnes", en: "Eyelids so swollen the eye will not open" },
  "swelling-worsening": { da: "Hævelse eller rødme, der bliver værre", en: "Swelling or redness that is getting worse" },
  "face-swelling": { da: "Hævelse af hele ansigtet", en: "Swelling of the whole face" },
  "swollen-face": { da: "Hævelse i ansigtet", en: "Swelling of the face" },
  dizziness: { da: "Svimmelhed", en: "Dizziness" },
  "drooping-eyelid": { da: "Hængende øjenlåg", en: "A drooping eyelid", note: transient("unwanted-paralysis", `Hængende øjenlåg er en kendt, sjælden bivirkning. ${WEARS_OFF_DA}`, `A drooping eyelid is a known, rare side effect. ${WEARS_OFF_EN}`) },
  "smaller-eye": { da: "Et øje, der ser mindre ud", en: "An eye that looks smaller", note: { topic: "unwanted-paralysis", da: "Et hængende øjenlåg kan få øjet til at se mindre ud. Ifølge vores folder aftager effekten i løbet af 3-4 måneder, og der findes ingen modgift, der kan fremskynde det.", en: "A drooping eyelid can make the eye look smaller. Our leaflet says the effect wears off over 3-4 months, and there is no antidote to speed it up." } },
  "muscle-weakness": { da: "Muskelsvaghed", en: "Muscle weakness" },
  "raised-brows": { da: "Øjenbryn, der står for højt", en: "Eyebrows raised too high", note: transient("side-effects", "Over- eller underaktive muskler er en kendt, forbigående bivirkning.", "Over- or underactive muscles are a known side effect that passes.") },
  "brow-change": { da: "Hængende eller skævt øjenbryn", en: "A drooping or uneven eyebrow", note: transient("unwanted-paralysis", `Hængende øjenbryn er en kendt, sjælden bivirkning. ${WEARS_OFF_DA}`, `A drooping eyebrow is a known, rare side effect. ${WEARS_OFF_EN}`) },
  "heavy-forehead": { da: "Tung pande", en: "A heavy forehead", note: transient("unwanted-paralysis", `Tung pande er en kendt, sjælden bivirkning. ${WEARS_OFF_DA}`, `A heavy forehead is a known, rare side effect. ${WEARS_OFF_EN}`) },
  "mouth-asymmetry": { da: "Skæv mund eller svage læber", en: "A crooked smile or weak lips", note: transient("unwanted-paralysis", `Påvirkning af musklerne ved munden er en kendt bivirkning ved behandling i nedre ansigt. ${WEARS_OFF_DA}`, `Effects on the muscles around the mouth are a known side effect of treatment in the lower face. ${WEARS_OFF_EN}`) },
  drooling: { da: "Savlen", en: "Drooling", note: transient("unwanted-paralysis", `Påvirkning af musklerne ved munden er en kendt bivirkning ved behandling i nedre ansigt. ${WEARS_OFF_DA}`, `Effects on the muscles around the mouth are a known side effect of treatment in the lower face. ${WEARS_OFF_EN}`) },
  "dry-mouth": { da: "Mundtørhed", en: "Dry mouth", note: transient("side-effects", "Mundtørhed er en kendt bivirkning, og ifølge vores folder er alle bivirkninger forbigående.", "Dry mouth is a known side effect, and our leaflet says all side effects pass.") },
  "dry-eyes": { da: "Tørre øjne", en: "Dry eyes", note: transient("side-effects", "Tørre øjne er en kendt bivirkning, og ifølge vores folder er alle bivirkninger forbigående.", "Dry eyes are a known side effect, and our leaflet says all side effects pass.") },
  "headache-vomiting": { da: "Hovedpine, der bliver værre, med kvalme eller opkast", en: "A worsening headache with nausea or vomiting" },
  "headache-lasting": { da: "Hovedpine i flere dage", en: "A headache lasting days", note: transient("side-effects", "Forbigående hovedpine er en kendt bivirkning, men når den varer ved, skal lægen høre om det.", "A brief headache is a known side effect, but when it lasts the doctor should know.") },
  "jaw-clicking": { da: "En kæbe, der knaser eller klikker", en: "A jaw that clicks or crunches" },
  "weak-chewing": { da: "Svag tyggefunktion", en: "Weak chewing", note: transient("unwanted-paralysis", `Underaktive muskler er en kendt bivirkning. ${WEARS_OFF_DA}`, `Underactive muscles are a known side effect. ${WEARS_OFF_EN}`) },
  "eyelid-swelling": { da: "Hævede øjenlåg", en: "Swollen eyelids", note: transient("side-effects", "Hævede øjenlåg er en kendt bivirkning, og ifølge vores folder er alle bivirkninger forbigående.", "Swollen eyelids are a known side effect, and our leaflet says all side effects pass.") },
  "muscle-wasting": { da: "Mindre muskler (atrofi)", en: "Smaller muscles (atrophy)", note: transient("side-effects", "Formindskelse af musklernes størrelse (atrofi) er en kendt bivirkning.", "A reduction in muscle size (atrophy) is a known side effect.") },
  "red-eye": { da: "Et rødt øje", en: "A red eye" },
  "eye-pain-mild": { da: "Lette smerter i øjet", en: "Mild pain in the eye" },
  "local-reaction-lasting": { da: "Hævelse, rødme eller blå mærker, der varer ved", en: "Swelling, redness or bruising that lasts", note: transient("after-treatment", "Hævelse og rødme svinder ofte på få timer, og blå mærker ses i en uges tid, så lægen skal se på det.", "Swelling and redness usually fade within hours and bruises within about a week, so the doctor should look at it.") },
  "strong-pain": { da: "Kraftige smerter", en: "Strong pain" },
  "throat-pain": { da: "Ondt i halsen", en: "A sore throat" },
  numbness: { da: "Følelsesløshed eller prikken", en: "Numbness or tingling", note: transient("how-it-works", "Ifølge vores folder påvirker botox ikke følesansen, så lægen skal høre om det.", "Our leaflet says botox does not affect feeling, so the doctor should know about this.") },
  twitching: { da: "Trækninger i musklerne", en: "Muscle twitching", note: transient("side-effects", "Over- eller underaktive muskler er en kendt, forbigående bivirkning.", "Over- or underactive muscles are a known side effect that passes.") },
  itching: { da: "Kløe", en: "Itching" },
  "mild-itch": { da: "Let kløe ved indstik", en: "Slight itching where the needle went in", note: { topic: "after-treatment", da: "Vores folder nævner let hævelse og rødme ved indstiksstederne, som ofte svinder på få timer.", en: "Our leaflet mentions slight swelling and redness where the needle went in, often gone within hours.", relatedOnly: true } },
  "feeling-unwell": { da: "Utilpashed", en: "Feeling unwell" },
  bruise: { da: "Blåt mærke", en: "A bruise", note: transient("after-treatment", "Blå mærker kan komme efter injektionerne og kan ses i en uges tid. Det er forventet.", "Bruises can appear after the injections and may be visible for about a week. That is expected.") },
  "injection-site-reaction": { da: "Hævelse eller rødme ved indstik", en: "Swelling or redness where the needle went in", note: transient("after-treatment", "Let hævelse og rødme ved indstiksstederne er forventet og er ofte svundet få timer senere.", "Slight swelling and redness where the needle went in is expected and is often gone a few hours later.") },
  "mild-headache": { da: "Let hovedpine", en: "A mild headache", note: transient("side-effects", "Forbigående hovedpine er en kendt bivirkning, og den går over.", "A brief headache is a known side effect, and it passes.") },
  tenderness: { da: "Ømhed", en: "Tenderness", note: { ...transient("after-treatment", "Vores folder nævner let hævelse og rødme ved indstiksstederne, som ofte svinder på få timer.", "Our leaflet mentions slight swelling and redness where the needle went in, often gone within hours."), relatedOnly: true } },
  "no-effect-yet": { da: "Ingen effekt endnu", en: "No effect yet", note: transient("effect-onset", "Du begynder at mærke effekten efter 2-3 dage, men den fulde effekt kommer først 14 dage efter behandlingen.", "You start to notice the effect after 2-3 days, but the full effect only comes 14 days after the treatment.") },
};
