import { fold } from "./fold.js";

export interface Token {
  /** Folded form, used for matching. */
  text: string;
  /** Sentence number: a question mark or full stop ends a sentence. */
  sentence: number;
  /**
   * Clause number: commas and "men/but/og/and" also end a clause; negation stays inside one.
   * "eller/or" do not: in "hverken feber eller synkebesvær" the negation covers both.
   */
  clause: number;
}

export interface Tokenized {
  tokens: Token[];
  /** The tokens' texts, in order: what the term indexes look up. */
  words: string[];
  /** Per sentence: did it end with a question mark. */
  questions: boolean[];
  /** The whole text folded, for the clues read across word boundaries. */
  folded: string;
}

const CLAUSE_WORDS = new Set(["men", "but", "og", "and", "samt", "plus", "mens", "while", "though", "selvom", "although", "bortset", "except"]);
const PIECE = /[a-z0-9]+|[.!?;\n]+|[,:()-]+/g;

// Triage and the leaflet lookup read the same message one after the other; it is folded and
// split once. The result is shared, so nobody may change it.
let last: { text: string; result: Tokenized } | null = null;

export function tokenize(text: string): Tokenized {
  if (last?.text === text) return last.result;
  const result = split(text);
  last = { text, result };
  return result;
}

function split(text: string): Tokenized {
  const folded = fold(text);
  const tokens: Token[] = [];
  const questions: boolean[] = [false];
  let sentence = 0;
  let clause = 0;
  for (const m of folded.matchAll(PIECE)) {
    const piece = m[0];
    // "Jeg kan ikke... synke" and a line broken mid-sentence: a pause in one sentence, not its end.
    if (/^\.{2,}$/.test(piece) || piece === "\n") {
      clause++;
      continue;
    }
    if (/^[.!?;\n]/.test(piece)) {
      if (piece.includes("?")) questions[sentence] = true;
      if (tokens.length && tokens[tokens.length - 1]!.sentence === sentence) {
        sentence++;
        clause++;
        questions[sentence] = false;
      }
      continue;
    }
    if (/^[,:()-]/.test(piece)) {
      clause++;
      continue;
    }
    if (CLAUSE_WORDS.has(piece)) clause++;
    tokens.push({ text: piece, sentence, clause });
  }
  return { tokens, words: tokens.map((t) => t.text), questions: questions.slice(0, sentence + 1), folded };
}
