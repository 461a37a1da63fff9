import type { Token, Tokenized } from "../text/tokenize.js";
import { conditionFirst, laterQuestion, questionLine, statementAfter, withoutPreamble } from "./question-span.js";
import {
  FUTURE_STARTS, QUESTION_STARTS, HYPOTHETICAL, HYPOTHETICAL_PAIRS, FUTURE_PAIRS, RISK_PAIRS, OTHERS, SELF_HELP, CONDITIONS, HEARSAY, GENERIC_PAIRS, NOW, PRESENT, OWN_PAIRS, PRESENT_PAIRS, ASKS_AFTER_CONDITION,
  ASKING_OPENERS, FACE_WORDS, ONGOING, OWN_WORDS, SUBJECT_STARTS, WONDERING, WONDERING_PAIRS,
} from "./question-words.js";

// "Kan man få svært ved at synke?" asks about a symptom; "jeg har svært ved at synke, er
// det normalt?" reports one. A sentence is hypothetical only when it is a question, has a
// hypothetical marker, and has nothing that ties the symptom to the writer here and now.

// "When I look at the telly there are two": "when" with a subject after it opens a clause that
// tells when something happens, not a question ("when will it work").
const SUBORDINATE = new Set(["when", "whenever"]);
const SUBJECTS = new Set(["i", "im", "he", "she", "we", "they", "it", "my", "his", "her", "our", "their", "the"]);

export function isQuestion(whole: readonly Token[], endsWithQuestionMark: boolean): boolean {
  const sentence = withoutPreamble(whole);
  const first = sentence[0]?.text ?? "";
  if (endsWithQuestionMark) return true;
  if (SUBORDINATE.has(first) && SUBJECTS.has(sentence[1]?.text ?? "")) return false;
  if (QUESTION_STARTS.has(first)) return true;
  return CONDITIONS.has(first) && sentence.slice(2).some((t) => ASKS_AFTER_CONDITION.has(t.text));
}

export interface QuestionForms {
  /** Questions about a symptom in general: "kan man få svært ved at synke?" */
  hypothetical: Set<number>;
  /** Questions not tied to the writer now: "gør det ondt at blive behandlet?" */
  unanchored: Set<number>;
  /** Questions about a coming treatment or hearsay: they ask, but a red flag in them still counts. */
  generic: Set<number>;
  /**
   * Where a sentence's question starts when a statement comes first: "Ingen feber, men kan man
   * få svært ved at synke?" asks from "kan". A sign before that point is a statement.
   */
  from: Map<number, number>;
  /**
   * Where a question without its question mark ends because a statement follows in a clause of
   * its own: "hvor tit skal man have botox, og det er rødt og varmt". A sign from there on is stated.
   */
  until: Map<number, number>;
  /** Questions a later clause answers as the writer's own ("kan man få ondt i øjet? det dunker"): nothing in them is only asked. */
  ownedLater: Set<number>;
}

type Form = "none" | "statement" | "unanchored" | "hypothetical";

export function questionForms(tokenized: Tokenized): QuestionForms {
  const forms: QuestionForms = { hypothetical: new Set(), unanchored: new Set(), generic: new Set(), from: new Map(), until: new Map(), ownedLater: new Set() };
  const bySentence = sentences(tokenized.tokens);
  for (const [n, whole] of bySentence) {
    if (!isQuestion(whole, tokenized.questions[n] ?? false)) continue;
    let sentence = withoutPreamble(whole);
    // "Er ved at falde om, men kan man få det af botox?": the question is the last clause, and
    // what comes before it is stated, unless that part is itself the hypothesis ("Hvis ...",
    // "Kan man ...") or tells of someone else ("Min veninde fik ...").
    const line = tokenized.questions[n] ? questionLine(sentence) : -1;
    const q = line > 0 ? line : tokenized.questions[n] ? conditionFirst(sentence, laterQuestion(sentence)) : -1;
    const headAsks = q > 0 && sentence.slice(0, q).some((t) => HYPOTHETICAL.has(t.text) || CONDITIONS.has(t.text) || OTHERS.has(t.text) || HEARSAY.has(t.text));
    if (q > 0 && !headAsks) sentence = withoutPreamble(sentence.slice(q));
    const split = q > 0 && !headAsks;
    const ownedLater = refersBack([n + 1, n + 2, n + 3].flatMap((k) => bySentence.get(k) ?? []));
    if (ownedLater) forms.ownedLater.add(n);
    const read = formOf(sentence, ownedLater);
    const asking = read.form === "unanchored" || read.form === "hypothetical";
    if (!asking && read.genericAt < 0) continue;
    // Only what comes from there on is asked: a sign stated before the question, or before
    // "min veninde sagde", is the writer's own.
    const at = Math.max(read.genericAt, asking ? read.at : 0);
    // A greeting read past holds no sign, so a sign found there was no greeting: it is stated.
    if (split || at > 0 || sentence[0] !== whole[0]) forms.from.set(n, tokenized.tokens.indexOf(sentence[at]!));
    const stated = tokenized.questions[n] ? -1 : statementAfter(sentence, at);
    if (stated > 0) forms.until.set(n, tokenized.tokens.indexOf(sentence[stated]!));
    if (read.genericAt >= 0) forms.generic.add(n);
    if (asking) forms.unanchored.add(n);
    if (read.form === "hypothetical") forms.hypothetical.add(n);
  }
  return forms;
}

const WHOLE = new Set(["whole", "entire", "hele"]);

interface Reading {
  form: Form;
  /** Where a question about a risk (hearsay, another's symptom, a coming treatment) starts; -1 if none. */
  genericAt: number;
  /** Where what is asked starts: the hearsay ("jeg læste at ..."), else the sentence's start. */
  at: number;
}

function formOf(sentence: readonly Token[], ownedLater: boolean): Reading {
  const words = sentence.map((t) => t.text);
  // "Hvis jeg nu får ...": a "nu" right after the condition supposes, it does not date.
  const dating = words.filter((w, i) => !(w === "nu" && (CONDITIONS.has(words[i - 1] ?? "") || CONDITIONS.has(words[i - 2] ?? ""))));
  const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  const heard = words.findIndex((w) => HEARSAY.has(w));
  const now = dating.some((w) => NOW.has(w)) || pairs.some((p) => p === "i dag" || p === "lige nu");
  const others = words.findIndex((w) => OTHERS.has(w));
  const othersRisk = others >= 0 && pairs.some((p) => RISK_PAIRS.has(p));
  const future = pairs.findIndex((p) => FUTURE_PAIRS.has(p));
  const hearsay = heard >= 0 && pairs.slice(heard).some((p) => GENERIC_PAIRS.has(p));
  // "Jeg har fået feber, og min veninde sagde at man kan få det?": the writer's own, whatever was said.
  const own = words.includes("kanikke") || pairs.some((p, i) => OWN_PAIRS.has(p) && !HEARSAY.has(words[i + 2] ?? ""));
  // "Bliver mit ansigt helt lammet?", "Vil mine øjenbryn blive skæve?": one's own face, still to come.
  // "Will my whole face look frozen?": a word for all of it may stand before the face.
  const face = WHOLE.has(words[2] ?? "") ? words[3] : words[2];
  const comingFace = (FUTURE_STARTS.has(words[0] ?? "") || (words[0] === "vil" && words.includes("blive"))) && OWN_WORDS.has(words[1] ?? "") && FACE_WORDS.has(face ?? "") && !words.some((w) => ONGOING.has(w));
  const markers = [othersRisk ? others : -1, future, hearsay ? heard : -1, comingFace ? 0 : -1];
  const genericAt = !now && !own && markers.some((m) => m >= 0) ? Math.max(...markers) : -1;
  const reading = (form: Form, at = 0): Reading => ({ form, genericAt, at });
  const wonders = heard >= 0 || words.some((w) => WONDERING.has(w)) || pairs.some((p) => WONDERING_PAIRS.has(p));
  if (SUBJECT_STARTS.has(words[0] ?? "") && !wonders) return reading("none");
  // "Will my face look frozen?", "Bliver mit ansigt stift?": my face, but one still to come.
  const coming = (FUTURE_STARTS.has(words[0] ?? "") || comingFace) && !now;
  if ((!coming && dating.some((w) => PRESENT.has(w))) || pairs.some((p) => PRESENT_PAIRS.has(p)) || ownedLater) return reading("none");
  if (pairs.some((p) => SELF_HELP.has(p)) && !words.some((w) => CONDITIONS.has(w))) return reading("none");
  // "Lidt blåt mærke ved et stik, er det normalt?": a statement first, then the question about it.
  // "Hvis jeg får svært ved at synke, hvad gør jeg?": a condition first is no statement.
  // "Jeg læste at botox kan give åndedrætsbesvær, er det rigtigt?": what was read, asked about.
  const hearsayRisk = !now && hearsay;
  // "Blåt mærke ifm behandlingen, normalt?": a symptom named with only a questioning tone is
  // the writer's own, unless the words make it general ("Risiko for hængende øjenlåg?").
  // "må kæmpe for at få luft", "jobbe for å få luft": a "få" of purpose is part of the effort told, no supposition.
  const supposing = (w: string, i: number) => HYPOTHETICAL.has(w) && !(w === "fa" && words[i - 2] === "for" && (words[i - 1] === "at" || words[i - 1] === "a"));
  const general = words.some(supposing) || pairs.some((p) => HYPOTHETICAL_PAIRS.has(p));
  const opensAsking = QUESTION_STARTS.has(words[0] ?? "") || CONDITIONS.has(words[0] ?? "") || ASKING_OPENERS.has(pairs[0] ?? "");
  if (!hearsayRisk && !wonders && !opensAsking && (!general || sentence[0]!.clause !== sentence[sentence.length - 1]!.clause)) return reading("statement");
  if (hearsayRisk) return reading("hypothetical", heard);
  return reading(general ? "hypothetical" : "unanchored");
}

// "Er hovedpine normalt? Jeg har haft den siden i går": the next sentence says the writer has it.
const REFERS_BACK = new Set(["had one", "have one", "got one", "had it", "have it", "had that", "haft den", "haft det", "faet den", "faet det"]);
// "Kan botox give trykken for brystet? Det føles som om nogen sidder på mig, har været der
// siden aftensmaden": a later clause has the asked thing as its subject and tells how it feels
// or how long it has lasted ("det er nok nerver. det stråler ned i armen", "ikke i huden, men
// bagved, det dunker"). Not "Det har jeg læst": a subject after the verb makes the pronoun its
// object, and what was read or heard is no report.
const BACK = new Set(["det", "den", "it", "its", "that", "this", "dette"]);
const GOING_ON = new Set(["siden", "since", "stadig", "still", "startede", "begyndte", "started", "began", "foles", "foltes", "feels", "felt", "varet", "lasted", "vaeret", "been", "vaerre", "worse", "straler", "radiates", "spreading", "breder", "dunker", "banker", "throbs", "throbbing", "aches"]);
const NOT_THE_SUBJECT = new Set(["jeg", "du", "vi", "man", "hun", "han", "de", "you", "we", "they", "she", "he"]);
const LINKS = new Set(["og", "men", "and", "but", "sa", "so"]);
function refersBack(after: readonly Token[]): boolean {
  for (let i = 1; i < after.length; i++) if (REFERS_BACK.has(`${after[i - 1]!.text} ${after[i]!.text}`)) return true;
  const clauses = new Map<number, string[]>();
  for (const t of after) (clauses.get(t.clause) ?? clauses.set(t.clause, []).get(t.clause)!).push(t.text);
  for (const words of clauses.values()) {
    const at = LINKS.has(words[0] ?? "") ? 1 : 0;
    if (BACK.has(words[at] ?? "") && !NOT_THE_SUBJECT.has(words[at + 2] ?? "") && words.some((w) => GOING_ON.has(w)) && !words.some((w) => HEARSAY.has(w))) return true;
  }
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
