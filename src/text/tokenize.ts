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
  /** Line number: a line break keeps the sentence going, but nothing cancels across it. */
  line: number;
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
// An emoji sits where a comma would: "Blåt mærke 🙈 normalt?" is a statement, then a question.
const PIECE = /[a-z0-9]+|[.!?;\n]+|[,:()-]+|\p{Extended_Pictographic}+/gu;

// Triage and the leaflet lookup read the same message one after the other; it is folded and
// split once. The result is shared, so nobody may change it.
let last: { text: string; result: Tokenized } | null = null;

export function tokenize(text: string): Tokenized {
  if (last?.text === text) return last.result;
  const result = split(text);
  last = { text, result };
  return result;
}

// Texts without commas run main clauses together: "hævelsen er ikke blevet mindre den er
// blevet større". A subject and its verb start a clause of their own, so the "ikke" of the
// first stays there, unless a word before binds them ("tror at den er", "som om det er",
// "synes ikke det er").
const SUBJECTS = new Set(["den", "det", "jeg", "han", "hun", "vi", "de", "it", "she", "he", "they", "we"]);
const VERBS = new Set(["er", "bliver", "blev", "har", "var", "foles", "ser", "gor", "is", "was", "has", "feels", "looks", "keeps"]);
const BINDERS = new Set(["at", "som", "om", "fordi", "hvis", "nar", "da", "der", "hvor", "end", "selvom", "ligesom", "hvad", "hvordan", "hvorfor",
  "hvornar", "sa", "tror", "synes", "mener", "siger", "ved", "hvorvidt", "ikke", "ik", "ikk", "not", "that", "if", "because", "when", "as", "than", "what", "how", "why", "think", "say", "says", "whether"]);

function startsMainClause(previous: Token | undefined, sentence: number, piece: string, next: string | undefined): boolean {
  return previous !== undefined && previous.sentence === sentence && SUBJECTS.has(piece) && VERBS.has(next ?? "") && !BINDERS.has(previous.text);
}

// "Ambulancen er på vej Hvad skal jeg gøre?": a capital question word after a small letter
// starts a new sentence even without the full stop.
const CAPITAL_QUESTION = /(\p{Ll})\s+(?=(?:Hvad|Hvordan|Hvornår|Hvorfor|Hvor|Kan|Skal|Må|Bør|Er|What|How|When|Why|Can|Should|Is|Are|Do|Does)\b)/gu;

// "hvad koster det - halsen snører sig sammen": a dash between spaces starts a new report, as a new line does.
const SPACED_DASH = /\s+[-\u2013\u2014]+\s+/g;

// "Ingen dysfagi/dyspnø": a slash between words lists them as "eller" does, so a denial
// before the first covers the rest.
const SLASH_LIST = /(?<=\p{L})\/(?=\p{L})/gu;

// "hvad gør jeg hvis jeg får svært ved at synes? *synke": a starred word after the text
// corrects the last word before it that starts the same and is about as long (autocorrect's
// "synes" for "synke"), and takes its place. "*synke*" between two stars is emphasis.
// A few at most: a message full of stars must not cost a pass over the text for each of them.
const CORRECTION = /(^|\s)\*(\p{L}{3,})(?=[\s.,!?]|$)/u;
const CORRECTIONS_MAX = 3;
const WORD = /\p{L}+/gu;
function applyCorrections(text: string): string {
  let out = text;
  let n = 0;
  for (let m = CORRECTION.exec(out); m && n < CORRECTIONS_MAX; m = CORRECTION.exec(out), n++) {
    const right = m[2]!;
    const at = m.index + m[1]!.length;
    const before = out.slice(0, at);
    const wrong = [...before.matchAll(WORD)].filter((w) => w[0].toLowerCase() !== right.toLowerCase() && w[0].slice(0, 2).toLowerCase() === right.slice(0, 2).toLowerCase() && Math.abs(w[0].length - right.length) <= 2).pop();
    const rest = out.slice(at + right.length + 1);
    out = wrong ? `${before.slice(0, wrong.index)}${right}${before.slice(wrong.index! + wrong[0].length)}${rest}` : `${before}${right}${rest}`;
  }
  return out;
}

// "jeg kan *ikke* synke", "_really_": stars and underscores around words are emphasis, read as the words.
const EMPHASIS = /([*_])+(\p{L}[^*_\n]*?)\1+/gu;

// The faces that tell a symptom without a word: dizzy, woozy, sick, feverish.
const SYMPTOM_EMOJI: Record<string, string> = { "😵‍💫": " svimmel ", "🥴": " svimmel ", "🤢": " kvalme ", "🤮": " kaster op ", "🤒": " feber " };
const SYMPTOM_EMOJI_ANY = new RegExp(Object.keys(SYMPTOM_EMOJI).join("|"), "gu");

function split(raw: string): Tokenized {
  const text = raw.includes("*") || raw.includes("_") ? applyCorrections(raw.replace(EMPHASIS, "$2")) : raw;
  const spaced = text.replace(CAPITAL_QUESTION, "$1. ").replace(SPACED_DASH, "\n").replace(SYMPTOM_EMOJI_ANY, (face) => SYMPTOM_EMOJI[face]!);
  const folded = fold(spaced.includes("/") ? spaced.replace(SLASH_LIST, " eller ") : spaced);
  const tokens: Token[] = [];
  const questions: boolean[] = [false];
  let sentence = 0;
  let clause = 0;
  let line = 0;
  const pieces = folded.match(PIECE) ?? [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.includes("\n")) line++;
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
    if (/^[,:()-]|^\p{Extended_Pictographic}/u.test(piece)) {
      clause++;
      continue;
    }
    if (CLAUSE_WORDS.has(piece) || startsMainClause(tokens[tokens.length - 1], sentence, piece, pieces[i + 1])) clause++;
    tokens.push({ text: piece, sentence, clause, line });
  }
  return { tokens, words: tokens.map((t) => t.text), questions: questions.slice(0, sentence + 1), folded };
}
