import type { Token, Tokenized } from "../text/tokenize.js";

// "Kan man få svært ved at synke?" asks about a symptom; "jeg har svært ved at synke, er
// det normalt?" reports one. A sentence is hypothetical only when it is a question, has a
// hypothetical marker, and has nothing that ties the symptom to the writer here and now.
const QUESTION_STARTS = new Set(["kan", "ma", "skal", "er", "vil", "bor", "hvad", "hvordan", "hvornar", "hvor", "hvorfor", "hvilke", "hvilken", "far",
  "can", "could", "will", "is", "are", "does", "do", "should", "may", "what", "how", "when", "why", "which", "would"]);
const HYPOTHETICAL = new Set(["man", "hvis", "if", "risiko", "risikoen", "risk", "risks", "possible", "muligt", "mulig", "nogensinde", "ever",
  "bivirkning", "bivirkninger", "bivirkningerne", "side", "cause", "causes", "forarsage", "give", "giver", "happen", "ske", "sker", "typisk",
  "usually", "sometimes", "almindeligt", "common", "people", "nogen", "patienter", "patients", "someone", "anyone", "fa"]);
const HYPOTHETICAL_PAIRS = new Set(["i get", "you get", "to get", "what if", "hvad hvis"]);
const PRESENT = new Set(["mit", "min", "mine", "my", "nu", "now", "siden", "since", "hans", "hendes", "his", "her", "kanikke", "im", "ive", "allerede", "already"]);
const PRESENT_PAIRS = new Set(["jeg har", "har jeg", "i have", "i m", "i am", "jeg er", "er jeg", "han har", "hun har", "he has", "she has", "i dag", "lige nu", "right now", "i feel", "jeg foler", "i ve", "at have", "to have", "having a", "at se", "to see", "normalt med", "normal with", "that normal"]);

export function isQuestion(sentence: readonly Token[], endsWithQuestionMark: boolean): boolean {
  return endsWithQuestionMark || QUESTION_STARTS.has(sentence[0]?.text ?? "");
}

export interface QuestionForms {
  /** Questions about a symptom in general: "kan man få svært ved at synke?" */
  hypothetical: Set<number>;
  /** Questions not tied to the writer now: "gør det ondt at blive behandlet?" */
  unanchored: Set<number>;
}

export function questionForms(tokenized: Tokenized): QuestionForms {
  const hypothetical = new Set<number>();
  const unanchored = new Set<number>();
  const bySentence = new Map<number, Token[]>();
  for (const t of tokenized.tokens) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), t]);
  for (const [n, sentence] of bySentence) {
    if (!isQuestion(sentence, tokenized.questions[n] ?? false)) continue;
    const words = sentence.map((t) => t.text);
    const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
    if (words.some((w) => PRESENT.has(w)) || pairs.some((p) => PRESENT_PAIRS.has(p))) continue;
    // "Lidt blåt mærke ved et stik, er det normalt?": a statement first, then the question about it.
    if (!QUESTION_STARTS.has(words[0] ?? "") && sentence[0]!.clause !== sentence[sentence.length - 1]!.clause) continue;
    unanchored.add(n);
    if (words.some((w) => HYPOTHETICAL.has(w)) || pairs.some((p) => HYPOTHETICAL_PAIRS.has(p))) hypothetical.add(n);
  }
  return { hypothetical, unanchored };
}

export function questionSentences(tokenized: Tokenized): Set<number> {
  const out = new Set<number>();
  const firsts = new Map<number, Token>();
  for (const t of tokenized.tokens) if (!firsts.has(t.sentence)) firsts.set(t.sentence, t);
  for (const [n, first] of firsts) if (isQuestion([first], tokenized.questions[n] ?? false)) out.add(n);
  return out;
}
