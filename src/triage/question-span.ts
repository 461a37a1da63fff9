import type { Token } from "../text/tokenize.js";
import { ASKING_OPENERS, CONDITIONS, DROPPED_SUBJECT, HYPOTHETICAL, PREAMBLE, QUESTION_STARTS, STATING_VERBS, SUBJECT_STARTS } from "./question-words.js";

// Where in a sentence a question starts and where it ends: the statements around it are the
// writer's own (src/triage/question-form.ts reads the rest).
const LINKS = new Set(["men", "but", "og", "and", "sa", "so"]);
const LEADING_LINKS = new Set(["og", "and", "men", "but", "sa", "so", "altsa"]);

// "Hej Mads, kan man få ...?", "Et spørgsmål: kan man ...?": a greeting or a heading before
// the question is not a statement about the writer. A first clause of at most three words that
// opens so is read past.
export function withoutPreamble(whole: readonly Token[]): readonly Token[] {
  // "Og så hvis jeg får ..., hvad gør jeg?": a link word opening the sentence leads into it.
  let lead = 0;
  while (lead < whole.length - 1 && LEADING_LINKS.has(whole[lead]!.text)) lead++;
  const sentence = whole.slice(lead);
  const first = sentence[0];
  if (!first || !PREAMBLE.has(first.text)) return sentence;
  const rest = sentence.findIndex((t) => t.clause !== first.clause);
  if (rest > 0 && rest <= 3) return sentence.slice(rest);
  // Without the comma: "Hej Mads kan man ...", "Et spørgsmål kan man ...".
  const asks = sentence.slice(1, 3).findIndex((t) => QUESTION_STARTS.has(t.text));
  return asks >= 0 ? sentence.slice(asks + 1) : sentence;
}

/** The start of a last line that opens with a question or a condition: "Lidt hovedpine\nhvis jeg får ..., hvad gør jeg?". */
export function questionLine(sentence: readonly Token[]): number {
  for (let i = sentence.length - 1; i > 0; i--) {
    if (sentence[i]!.line === sentence[i - 1]!.line) continue;
    const opens = withoutPreamble(sentence.slice(i))[0]?.text ?? "";
    return QUESTION_STARTS.has(opens) || CONDITIONS.has(opens) ? i : -1;
  }
  return -1;
}

/** The start of the last question that follows a statement in a clause of its own ("..., men kan man ...?"). */
export function laterQuestion(sentence: readonly Token[]): number {
  for (let q = sentence.length - 1; q > 0; q--) {
    if (!QUESTION_STARTS.has(sentence[q]!.text) && !ASKING_OPENERS.has(`${sentence[q]!.text} ${sentence[q + 1]?.text ?? ""}`)) continue;
    const before = sentence[q - 1]!;
    const opensClause = before.clause !== sentence[q]!.clause || (LINKS.has(before.text) && (q === 1 || sentence[q - 2]!.clause !== before.clause));
    if (opensClause && sentence[q]!.clause !== sentence[0]!.clause) return q;
  }
  return -1;
}

/**
 * The first clause after `at` that opens a statement: a new line, or a clause that opens with
 * its subject ("og det er ...", "armene er ...", "hele ansigtet er ...") or drops it ("og har svært ...").
 */
export function statementAfter(sentence: readonly Token[], at: number): number {
  for (let i = at + 1; i < sentence.length; i++) {
    if (sentence[i]!.line !== sentence[i - 1]!.line) return i;
    if (sentence[i]!.clause === sentence[i - 1]!.clause) continue;
    const j = LINKS.has(sentence[i]!.text) ? i + 1 : i;
    const word = sentence[j]?.text ?? "";
    if (j + 1 >= sentence.length || QUESTION_STARTS.has(word)) continue;
    // "og har det ...", "og har man ...": the verb first with its subject after still asks.
    const dropped = DROPPED_SUBJECT.has(word) && !SUBJECT_STARTS.has(sentence[j + 1]!.text) && !HYPOTHETICAL.has(sentence[j + 1]!.text) && sentence[j + 1]!.text !== "you";
    if (SUBJECT_STARTS.has(word) || dropped || STATING_VERBS.has(sentence[j + 1]!.text) || STATING_VERBS.has(sentence[j + 2]?.text ?? "")) return i;
  }
  return -1;
}

/** "..., hvis jeg får svært ved at synke, hvad gør jeg?": a question's condition clause belongs to it. */
export function conditionFirst(sentence: readonly Token[], q: number): number {
  if (q <= 0) return q;
  let start = q;
  for (let i = q - 1; i >= 0 && sentence[i]!.clause === sentence[q - 1]!.clause; i--) start = i;
  return start > 0 && CONDITIONS.has(sentence[start]!.text) ? start : q;
}
