import type { Token, Tokenized } from "../text/tokenize.js";

// "Kan man få svært ved at synke?" asks about a symptom; "jeg har svært ved at synke, er
// det normalt?" reports one. A sentence is hypothetical only when it is a question, has a
// hypothetical marker, and has nothing that ties the symptom to the writer here and now.
const FUTURE_STARTS = new Set(["will", "bliver", "kommer"]);
const QUESTION_STARTS = new Set(["kan", "ma", "skal", "er", "vil", "bor", "hvad", "hvordan", "hvornar", "hvor", "hvorfor", "hvilke", "hvilken", "far", "bliver", "kommer",
  "can", "could", "will", "is", "are", "does", "do", "should", "may", "what", "how", "when", "why", "which", "would"]);
const HYPOTHETICAL = new Set(["man", "hvis", "if", "blive", "become", "udvikle", "develop", "risiko", "risikoen", "risk", "risks", "possible", "muligt", "mulig", "nogensinde", "ever",
  "bivirkning", "bivirkninger", "bivirkningerne", "side", "cause", "causes", "forarsage", "give", "giver", "happen", "ske", "sker", "typisk",
  "usually", "sometimes", "almindeligt", "common", "people", "nogen", "patienter", "patients", "someone", "anyone", "fa",
  "tegn", "tegnene", "symptomer", "symptomerne", "signs", "symptoms", "warning"]);
const HYPOTHETICAL_PAIRS = new Set(["i get", "you get", "to get", "what if", "hvad hvis"]);
// A question about a treatment still to come ("min første behandling, gør det ondt?") or
// about what others say a treatment can do ("min veninde sagde at man kan få ...") asks.
const FUTURE_PAIRS = new Set(["forste behandling", "first treatment", "naste behandling", "next treatment", "kommende behandling", "upcoming treatment", "skal have", "going to", "inden behandlingen"]);
// "Min veninde fik hængende øjenlåg, kan det ske for mig?": someone else's symptom, my risk.
const RISK_PAIRS = new Set(["ske for", "happen to", "risikerer jeg", "ramme mig"]);
const OTHERS = new Set(["veninde", "veninden", "ven", "vennen", "friend", "soster", "sister", "mor", "mother", "kollega", "colleague", "andre", "others", "bekendt", "nabo", "naboen"]);
// "Hvad gør jeg ved hævede øjenlåg?" asks for help with one's own, unless it is "if".
const SELF_HELP = new Set(["gor jeg", "do i", "gore ved", "get rid"]);
const CONDITIONS = new Set(["hvis", "if", "skulle", "should", "safremt", "ifald"]);
const HEARSAY = new Set(["sagde", "sagt", "siger", "hort", "horte", "laest", "last", "laste", "laeste", "heard", "read", "said", "says", "told"]);
const GENERIC_PAIRS = new Set(["man kan", "kan man", "man far", "kan give", "can cause", "can give", "you can", "can get", "people get", "folk far"]);
const NOW = new Set(["nu", "now", "today", "idag", "currently", "allerede", "already"]);
// A symptom named with its article ("for hovedpinen", "mod hævelsen") is one the writer has.
const PRESENT = new Set(["mit", "min", "mine", "my", "nu", "now", "siden", "since", "hans", "hendes", "his", "her", "kanikke", "im", "ive", "allerede", "already",
  "hovedpinen", "smerten", "smerterne", "havelsen", "havelserne", "kloen", "rodmen", "kvalmen", "svimmelheden"]);
const PRESENT_PAIRS = new Set(["jeg har", "har jeg", "i have", "i m", "i am", "jeg er", "er jeg", "han har", "hun har", "he has", "she has", "i dag", "lige nu", "right now", "i feel", "jeg foler", "i ve", "at have", "to have", "having a", "at se", "to see", "normalt med", "normal with", "that normal",
  "the headache", "the pain", "the swelling", "the bruise", "the bruising", "this headache", "this pain"]);

// "Hvis jeg får svært ved at synke, hvad gør jeg" asks even when its question mark is left off.
const ASKS_AFTER_CONDITION = new Set(["hvad", "hvordan", "skal", "bor", "should", "what", "how", "do"]);

// "Hej Mads, kan man få ...?", "Et spørgsmål: kan man ...?": a greeting or a heading before
// the question is not a statement about the writer. A first clause of at most three words that
// opens so is read past.
const PREAMBLE = new Set(["hej", "hejsa", "hi", "hello", "hey", "kare", "dear", "godmorgen", "goddag", "godaften", "good", "undskyld", "sorry", "et", "a", "quick", "lige", "okay", "ok"]);

function withoutPreamble(sentence: readonly Token[]): readonly Token[] {
  const first = sentence[0];
  if (!first || !PREAMBLE.has(first.text)) return sentence;
  const rest = sentence.findIndex((t) => t.clause !== first.clause);
  if (rest > 0 && rest <= 3) return sentence.slice(rest);
  // Without the comma: "Hej Mads kan man ...", "Et spørgsmål kan man ...".
  const asks = sentence.slice(1, 3).findIndex((t) => QUESTION_STARTS.has(t.text));
  return asks >= 0 ? sentence.slice(asks + 1) : sentence;
}

export function isQuestion(whole: readonly Token[], endsWithQuestionMark: boolean): boolean {
  const sentence = withoutPreamble(whole);
  const first = sentence[0]?.text ?? "";
  if (endsWithQuestionMark || QUESTION_STARTS.has(first)) return true;
  return CONDITIONS.has(first) && sentence.slice(2).some((t) => ASKS_AFTER_CONDITION.has(t.text));
}

export interface QuestionForms {
  /** Questions about a symptom in general: "kan man få svært ved at synke?" */
  hypothetical: Set<number>;
  /** Questions not tied to the writer now: "gør det ondt at blive behandlet?" */
  unanchored: Set<number>;
  /** Questions about a coming treatment or hearsay: they ask, but a red flag in them still counts. */
  generic: Set<number>;
}

export function questionForms(tokenized: Tokenized): QuestionForms {
  const hypothetical = new Set<number>();
  const unanchored = new Set<number>();
  const generic = new Set<number>();
  const bySentence = sentences(tokenized.tokens);
  for (const [n, whole] of bySentence) {
    if (!isQuestion(whole, tokenized.questions[n] ?? false)) continue;
    const sentence = withoutPreamble(whole);
    const words = sentence.map((t) => t.text);
    const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
    const heard = words.findIndex((w) => HEARSAY.has(w));
    const now = words.some((w) => NOW.has(w)) || pairs.some((p) => p === "i dag" || p === "lige nu");
    const othersRisk = words.some((w) => OTHERS.has(w)) && pairs.some((p) => RISK_PAIRS.has(p));
    if (!now && (othersRisk || pairs.some((p) => FUTURE_PAIRS.has(p)) || (heard >= 0 && pairs.slice(heard).some((p) => GENERIC_PAIRS.has(p))))) generic.add(n);
    // "Will my face look frozen?", "Bliver mit ansigt stift?": my face, but one still to come.
    const future = FUTURE_STARTS.has(words[0] ?? "") && !now;
    if ((!future && words.some((w) => PRESENT.has(w))) || pairs.some((p) => PRESENT_PAIRS.has(p)) || refersBack(bySentence.get(n + 1))) continue;
    if (pairs.some((p) => SELF_HELP.has(p)) && !words.some((w) => CONDITIONS.has(w))) continue;
    // "Lidt blåt mærke ved et stik, er det normalt?": a statement first, then the question about it.
    // "Hvis jeg får svært ved at synke, hvad gør jeg?": a condition first is no statement.
    // "Jeg læste at botox kan give åndedrætsbesvær, er det rigtigt?": what was read, asked about.
    const hearsayRisk = !now && heard >= 0 && pairs.slice(heard).some((p) => GENERIC_PAIRS.has(p));
    if (!hearsayRisk && !QUESTION_STARTS.has(words[0] ?? "") && !CONDITIONS.has(words[0] ?? "") && sentence[0]!.clause !== sentence[sentence.length - 1]!.clause) continue;
    unanchored.add(n);
    if (hearsayRisk || words.some((w) => HYPOTHETICAL.has(w)) || pairs.some((p) => HYPOTHETICAL_PAIRS.has(p))) hypothetical.add(n);
  }
  return { hypothetical, unanchored, generic };
}

// "Er hovedpine normalt? Jeg har haft den siden i går": the next sentence says the writer has it.
const REFERS_BACK = new Set(["had one", "have one", "got one", "had it", "have it", "had that", "haft den", "haft det", "faet den", "faet det"]);
function refersBack(next: readonly Token[] | undefined): boolean {
  if (!next) return false;
  for (let i = 1; i < next.length; i++) if (REFERS_BACK.has(`${next[i - 1]!.text} ${next[i]!.text}`)) return true;
  return false;
}

function sentences(tokens: readonly Token[]): Map<number, Token[]> {
  const bySentence = new Map<number, Token[]>();
  for (const t of tokens) {
    const list = bySentence.get(t.sentence);
    if (list) list.push(t);
    else bySentence.set(t.sentence, [t]);
  }
  return bySentence;
}

export function questionSentences(tokenized: Tokenized): Set<number> {
  const out = new Set<number>();
  for (const [n, sentence] of sentences(tokenized.tokens)) if (isQuestion(sentence, tokenized.questions[n] ?? false)) out.add(n);
  return out;
}
