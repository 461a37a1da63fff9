// Everyday words one slip away from a term, which the typo rule would otherwise read as that
// term: "having" as "hævning" (swollen), "senere" as "severe", "sikker" as "stikker". Both
// term indexes (triage and the leaflet's questions) read a word listed here only as itself.
export const EVERYDAY_WORDS = [
  "having", "senere", "store", "passer", "sikker", "grader", "skyller", "ringer", "vare", "sidde", "steder",
  "striber", "svaret", "koster", "kommet", "seeing", "sender", "better", "letter", "varer",
  // Found by running every word of the case file, the leaflet and an everyday word list through
  // the index with and without the typo rule: "been" read as "ben", "havde" as "hævede".
  "bare", "højre", "been", "andre", "igen", "hver", "laver", "heller", "hilsen", "hilsner", "hans", "panik", "havde",
  "lagt", "stribe", "fod", "manden", "træning", "kontant", "fremme", "writing", "anbefaler", "ældningstegn", "tænder",
  "tænderne", "sagt", "tungere", "smører", "raise",
  // Five-letter words a neighbouring key away from a term: "siger" and "siver", "håber" and "hæver".
  "siger", "tager", "lavet", "lagen", "tirsdag", "tirsdags", "håber", "håbet", "stift", "while", "dryppe", "toget",
  "straks", "sandt", "false", "stranden", "haven",
  // The same sweep over the leaflet's question words: "munden" read as "manden", "infektion" as "injektion".
  "munden", "maden", "svimmel", "lige", "træt", "galt", "infektion", "trække", "trækker", "behandlet", "behandles",
  "soon", "kaster", "vinter", "stoffet", "dynamik", "taber", "spørger", "spørge",
  // Four-letter words two swapped letters from a term: "køle" and "kløe".
  "køle", "køler", "kølet", "panisk", "svarede", "læste", "generelt", "skolen", "skole",
  // "grine" (laugh) a neighbouring key from "gribe" (grip).
  "grine", "griner", "grinede",
  // "tried" two swapped letters from "tired"; "færdig" (done) a letter from "farlig" (dangerous).
  "tried", "færdig", "færdige",
  // "ordne" (fix) is no misspelt "ordene" (the words).
  "ordne", "ordner", "ordnet",
  // "any chance" is no misspelt "any change".
  "chance", "chancen", "brøndby",
  // "andet" (other) a letter from "ændret" (changed).
  "andet", "anden",
  // "en på skallen" (a knock on the head) is no peeling skin.
  "skallen",
  // "spiller" (plays) a letter from "spilder" (spills).
  "spiller", "spillede", "spillet", "spille",
  // "myasthenia gravis" is no "gravid".
  "gravis",
  // Swedish "spänning" (suspense) a letter from "spinning"; "tårta" (cake) two swapped letters from "træt".
  "spänning", "tårta", "tårtan",
  // The surnames that sign most letters: "Hansen" is no "halsen", "Sørensen" no "ømhed".
  "hansen", "sørensen",
  // "kunde" (customer) two swapped letters from "knude" (lump).
  "kunde", "kunden", "kunder",
  // Swedish "sitter" (sits) a letter from "sitrer" (trembles).
  "sitter", "sitta",
  // The everyday tasks of the arms and the clinical words: "shift" and "shit" are no "shirt",
  // "klappe" no "knappe", "blusser" (flares) no "bluse", "strider" (conflicts) no "stridor".
  "shift", "shit", "klappe", "blusser", "strider", "paracetamol", "presentation",
  // "sammen" (together) a letter from "summen" (a buzzing in the ears); "droppe" (skip) from
  // "droop"; Swedish "behöver" (needs) from "bedøve" (numb).
  "sammen", "droppe", "behöver",
  // "stikkende" (stinging) a letter from "stikkene" (the injection sites).
  "stikkende",
  // "nose" a letter from "noise" (a sound in the ears); "shot" (the injection) from "shout".
  "nose", "shot", "shots",
  // Swedish "magen" (the stomach) a key from "maten" (the food).
  "magen",
];
