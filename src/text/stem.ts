import { createRequire } from "node:module";
import type snowballStemmers from "snowball-stemmers";
import type { Stemmer } from "snowball-stemmers";

// The Snowball stemmers (Danish, and English for the English writers) take the inflections
// off a word, so a rule written "~arm" reads "arme", "armen" and "armene" too. Words are
// stemmed after folding (æ/ø/å to a/o), the lexicon's words the same way, so both meet.
// Required, not imported, and only by the first word stemmed: the package is one CommonJS file
// of 850 KB with every language; an ESM import parses it twice more (for its format and its
// exports), and loading it at all is 15 ms of a start that needs no stem.
let stemmers: { danish: Stemmer; english: Stemmer } | undefined;

function load(): NonNullable<typeof stemmers> {
  const snowball = createRequire(import.meta.url)("snowball-stemmers") as typeof snowballStemmers;
  return { danish: snowball.newStemmer("danish"), english: snowball.newStemmer("english") };
}

/** The Danish and the English stem of a folded word: a term written "~word" matches either. */
export function stems(word: string): [string, string] {
  const { danish, english } = (stemmers ??= load());
  return [danish.stem(word), english.stem(word)];
}
