import { createRequire } from "node:module";
import type snowballStemmers from "snowball-stemmers";

// Required, not imported: the package is one CommonJS file of 850 KB with every language, and
// an ESM import parses it twice more (for its format and its exports), 25 ms of each start.
const snowball = createRequire(import.meta.url)("snowball-stemmers") as typeof snowballStemmers;

// The Snowball stemmers (Danish, and English for the English writers) take the inflections
// off a word, so a rule written "~arm" reads "arme", "armen" and "armene" too. Words are
// stemmed after folding (æ/ø/å to a/o), the lexicon's words the same way, so both meet.
const danish = snowball.newStemmer("danish");
const english = snowball.newStemmer("english");

/** The Danish and the English stem of a folded word: a term written "~word" matches either. */
export function stems(word: string): [string, string] {
  return [danish.stem(word), english.stem(word)];
}
