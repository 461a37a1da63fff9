// The words that tell a question from a report (src/triage/question-form.ts reads them).
// Folded forms: "forste" is "første", "naste" is "næste".
export const FUTURE_STARTS = new Set(["will", "bliver", "kommer"]);
export const QUESTION_STARTS = new Set(["kan", "ma", "skal", "er", "vil", "bor", "hvad", "hvordan", "hvornar", "hvor", "hvorfor", "hvilke", "hvilken", "far", "bliver", "kommer", "findes", "gives",
  "can", "could", "will", "is", "are", "does", "do", "should", "may", "what", "how", "when", "why", "which", "would"]);
export const HYPOTHETICAL = new Set(["man", "hvis", "if", "blive", "become", "udvikle", "develop", "risiko", "risikoen", "risk", "risks", "possible", "muligt", "mulig", "nogensinde", "ever",
  "bivirkning", "bivirkninger", "bivirkningerne", "cause", "causes", "forarsage", "give", "giver", "happen", "ske", "sker", "typisk",
  "usually", "sometimes", "almindeligt", "common", "people", "nogen", "patienter", "patients", "someone", "anyone", "fa",
  "tegn", "tegnene", "symptomer", "symptomerne", "signs", "symptoms", "warning"]);
export const HYPOTHETICAL_PAIRS = new Set(["i get", "you get", "to get", "what if", "hvad hvis", "side effect", "side effects"]);
// "Jeg kan dårligt få vejret?": a sentence that opens with its subject states, question mark
// or not, unless it wonders: "Jeg tænkte på, om man kan få ...?", "I wonder if botox ...?".
export const SUBJECT_STARTS = new Set(["jeg", "i", "vi", "we", "han", "hun", "he", "she", "min", "mit", "mine", "my", "det", "den", "der", "it", "its", "there", "theres"]);
// "..., og armene er lammede": a noun and one of these verbs open a statement of its own.
export const STATING_VERBS = new Set(["er", "har", "blev", "bliver", "foles", "gor", "ser", "serud", "kanikke", "lukker", "hanger", "lober", "klor", "svier", "blader", "dunker", "sover", "prikker", "snurrer", "spander", "is", "are", "has", "feels", "feel", "looks", "hurts", "droops", "itches", "burns", "bleeds"]);
// "..., og har svært ved at trække vejret", "- synker dårligt": the subject left out, the writer's own.
export const DROPPED_SUBJECT = new Set(["har", "fik", "faet", "svart", "kanikke", "synker", "ser", "foler", "marker", "hanger", "hoster", "savler", "snovler", "have", "had", "got", "feel", "see"]);
// "Bliver mit ansigt stift?": a question about one's own face still to come asks, unless it
// says the thing is already going on ("bliver mit øjenlåg ved med at hænge?").
export const OWN_WORDS = new Set(["mit", "min", "mine", "my"]);
export const FACE_WORDS = new Set(["ansigt", "ansigtet", "pande", "panden", "ojne", "ojnene", "ojenbryn", "ojenbrynene", "mund", "munden", "smil", "face", "forehead", "eyes", "eyebrows", "brows", "mouth", "smile", "expression", "udtryk", "mimik"]);
export const ONGOING = new Set(["stadig", "ved", "fortsat", "fortsatte", "vedblive", "langere", "varre", "still", "keep", "continue", "worse", "longer"]);
// "Gør det ondt?", "Har man ...?": the verb first with its subject after asks.
export const ASKING_OPENERS = new Set(["gor det", "gor man", "gor botox", "har man", "har i", "findes der", "hjalper det", "virker det", "sker det"]);
export const WONDERING = new Set(["wonder", "wondering", "wondered", "whether", "spekulerer", "undrer", "tankte", "overvejer"]);
export const WONDERING_PAIRS = new Set(["om man", "om botox", "om det", "om jeg", "if botox", "if it", "if you", "if i"]);
// A question about a treatment still to come ("min første behandling, gør det ondt?") or
// about what others say a treatment can do ("min veninde sagde at man kan få ...") asks.
export const FUTURE_PAIRS = new Set(["forste behandling", "first treatment", "naste behandling", "next treatment", "kommende behandling", "upcoming treatment", "skal have", "going to", "inden behandlingen"]);
// "Min veninde fik hængende øjenlåg, kan det ske for mig?": someone else's symptom, my risk.
export const RISK_PAIRS = new Set(["ske for", "happen to", "risikerer jeg", "ramme mig"]);
export const OTHERS = new Set(["veninde", "veninden", "ven", "vennen", "friend", "soster", "sister", "mor", "mother", "kollega", "colleague", "andre", "others", "bekendt", "nabo", "naboen"]);
// "Hvad gør jeg ved hævede øjenlåg?" asks for help with one's own, unless it is "if".
export const SELF_HELP = new Set(["gor jeg", "do i", "gore ved", "get rid"]);
export const CONDITIONS = new Set(["hvis", "if", "skulle", "should", "safremt", "ifald"]);
export const HEARSAY = new Set(["sagde", "sagt", "siger", "hort", "horte", "laest", "last", "laste", "laeste", "heard", "read", "said", "says", "told"]);
export const GENERIC_PAIRS = new Set(["man kan", "kan man", "man far", "kan give", "can cause", "can give", "you can", "can get", "people get", "folk far"]);
export const NOW = new Set(["nu", "now", "today", "idag", "currently", "allerede", "already"]);
// A symptom named with its article ("for hovedpinen", "mod hævelsen") is one the writer has.
export const PRESENT = new Set(["mit", "min", "mine", "my", "nu", "now", "siden", "since", "hans", "hendes", "his", "her", "kanikke", "im", "ive", "allerede", "already",
  "hovedpinen", "smerten", "smerterne", "havelsen", "havelserne", "kloen", "rodmen", "kvalmen", "svimmelheden"]);
// "Jeg har (fået) ...": the writer's own, unless it is "jeg har hørt / læst".
export const OWN_PAIRS = new Set(["jeg har", "har jeg", "i have", "i ve", "han har", "hun har", "he has", "she has"]);
export const PRESENT_PAIRS = new Set(["jeg har", "har jeg", "i have", "i m", "i am", "jeg er", "er jeg", "han har", "hun har", "he has", "she has", "i dag", "lige nu", "right now", "i feel", "jeg foler", "i ve", "at have", "to have", "having a", "at se", "to see", "normalt med", "normal with", "that normal",
  "the headache", "the pain", "the swelling", "the bruise", "the bruising", "this headache", "this pain"]);

// "Hvis jeg får svært ved at synke, hvad gør jeg" asks even when its question mark is left off.
export const ASKS_AFTER_CONDITION = new Set(["hvad", "hvordan", "hvor", "hvornar", "hvem", "skal", "bor", "should", "what", "how", "where", "who", "when", "do"]);

// Words that open a greeting or a heading: "Hej Mads, ...", "Et spørgsmål: ...".
export const PREAMBLE = new Set(["hej", "hejsa", "hi", "hello", "hey", "kare", "dear", "godmorgen", "goddag", "godaften", "good", "undskyld", "sorry", "et", "a", "quick", "lige", "okay", "ok"]);
