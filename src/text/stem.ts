import snowball from "snowball-stemmers";

// The Snowball stemmers (Danish, and English for the English writers) take the inflections
// off a word, so a rule written "~arm" reads "arme", "armen" and "armene" too. Words are
// stemmed after folding (æ/ø/å to a/o), the lexicon's words the same way, so both meet.
const danish = snowball.newStemmer("danish");
const english = snowball.newStemmer("english");

/** The Danish and the English stem of a folded word: a term written "~word" matches either. */
export function stems(word: string): [string, string] {
  return [danish.stem(word), english.stem(word)];
}
