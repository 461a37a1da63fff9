import type { Token } from "../text/tokenize.js";

// ConText (Chapman et al. 2001, NegEx; Harkema et al. 2009): whether a mention is denied,
// only supposed, or about someone else is read from trigger terms. Each trigger opens a scope
// that runs in one direction until a terminator, the end of its clause or sentence, or its
// reach in words. Pseudo-triggers hold a trigger's words without being one ("ikke kun", "not
// sure"). The tables below are the whole mechanism: a reviewer reads them, not code.
export type Modifier = "negated" | "hypothetical" | "other";

interface Trigger {
  modifier: Modifier;
  direction: "forward" | "backward";
  /** Where the scope may run: within the clause, or on to the end of the sentence. */
  within: "clause" | "sentence";
  /** How many words the scope reaches. */
  reach: number;
  phrases: string[];
  /** Terminators of its own, in place of its modifier's. */
  terminators?: string[];
  /**
   * Which kind of supposing: a condition ("if my lid droops, how long ...?" supposes only in a
   * question), hearsay, something had all along, or a claim about people in general.
   */
  kind?: "condition" | "hearsay" | "history" | "habit" | "generic" | "wish" | "elsewhere" | "benign" | "exertion" | "illness";
  /** The scope may cross into the next clause when a list goes on ("eating and drinking fine"). */
  lists?: boolean;
}

// The writer speaking of themselves: "min mand siger jeg lyder fuld" is the writer's own report.
const FIRST_PERSON = ["jeg", "mig", "min", "mit", "mine", "i", "me", "my", "im", "ive"];
// Hearsay is what others than the patient say or write: "min veninde siger", "my mates say",
// "jeg har læst". "Mor sagde at hovedet faldt forover" is the patient speaking, and a report.
const SPEAKERS = ["nabo", "naboen", "neighbour", "neighbor", "cousin", "kusine", "fatter", "veninde", "veninden", "venner", "ven", "vennen", "veninder", "friend", "friends", "mates", "mate", "people", "folk", "nogen", "someone", "internettet", "internet", "nettet", "google", "they", "de", "man", "alle", "everyone", "lagen", "doctor", "sygeplejersken", "nurse", "kollega", "kollegaer", "colleague", "colleagues"];
const SAYS = ["siger at", "sagde at", "siger", "sagde", "har sagt", "skriver", "skrev", "says that", "said that", "says", "said", "say", "told me", "fortalte mig", "fortalte"];
const HEARSAY = [...SPEAKERS.flatMap((who) => SAYS.map((says) => `${who} ${says}`)), "har hort", "har laest", "jeg har hort", "heard that", "read that", "i ve heard", "i heard", "i read", "ifolge"];
// What others say is hearsay only when it is said of nobody in particular ("you can't pull any
// face"); "she says her arms feel like lead" is a report.
const SOMEONE = [...FIRST_PERSON, "hun", "han", "hende", "ham", "hendes", "hans", "she", "he", "her", "him", "his", "shes", "hes"];

// Folded words ("aa", "ae", "oe" and æ/ø/å as a and o): the tokens are folded the same way.
const TRIGGERS: Trigger[] = [
  { modifier: "negated", direction: "forward", within: "clause", reach: 6, phrases: ["ingen", "intet", "ikke", "ik", "no", "not", "never", "aldrig", "uden", "without", "nor", "none"] },
  // A denial that names a list runs on through it: "hverken med synet, synkningen eller noget andet".
  { modifier: "negated", direction: "forward", within: "sentence", reach: 10, phrases: ["hverken", "neither", "ingen problemer med", "ingen problemer", "intet problem med", "ingen besvær med", "no problems with", "no trouble with", "no issues with", "no problem with", "no problems", "no issues"] },
  // "synker fint", "breathing fine tho", "vejrtrækningen er normal": the function is fine.
  { modifier: "negated", direction: "backward", within: "clause", reach: 3, phrases: ["fin", "normal", "godt", "god", "good", "great", "perfectly", "totally fine", "helt fint", "er fin", "is fine", "are fine", "er normal", "is normal"] },
  // "eating and drinking no problem", "spise og drikke uden problemer": the list before it is fine.
  { modifier: "negated", direction: "backward", within: "clause", lists: true, reach: 5, phrases: ["fine", "fint", "ok", "okay", "normalt", "normally", "uden problemer", "without problems", "no problem", "no problems", "ingen problemer", "fint nok", "fine too"] },
  { modifier: "hypothetical", direction: "forward", within: "sentence", reach: 20, kind: "condition", phrases: ["hvis", "if", "worst case", "i værste fald", "i tilfælde af", "in case", "what if", "hvad hvis", "could i get", "risiko for", "risk of", "will i", "would i", "vil jeg", "hvad sker der hvis", "what happens if", "skulle det ske", "should it happen", "supposing"] },
  { modifier: "hypothetical", direction: "forward", within: "sentence", reach: 8, kind: "generic", phrases: ["kan man", "man kan", "man far", "kommer man til", "bliver man", "can you get", "you can get", "you can", "people get", "folk far", "nogle far", "some people", "one can", "make you", "makes you", "kan gore en", "kan give en", "man"] },
  // A wish is no report: "min søster vil gerne have fyldigere læber", "kan botox gøre mine læber større?".
  { modifier: "hypothetical", direction: "forward", within: "sentence", reach: 12, kind: "wish", phrases: ["vil botox gore", "gor botox", "will botox make", "does botox make", "would botox make", "vil gerne have", "ville gerne have", "would like", "i d like", "id like", "i would like", "onsker", "onsker sig", "want to get", "wants to get", "vil have lavet", "drommer om", "kan botox gore", "can botox make", "gore mine", "make my"] },
  // A sentence about an animal, a play, a film or a documentary, or a voice shouted hoarse at a
  // match: not the patient's body. Never the screen a symptom was noticed on ("læse teksten på tv'et").
  { modifier: "hypothetical", direction: "forward", within: "sentence", reach: 20, kind: "elsewhere", terminators: FIRST_PERSON, phrases: ["vores hund", "min hund", "hunden", "vores kat", "min kat", "katten", "hvalpen", "our dog", "my dog", "the dog", "our cat", "my cat", "the cat", "the puppy", "et andet sted", "en anden klinik", "another clinic", "somewhere else", "a clinic in", "i udlandet", "abroad", "school play", "skolekomedie", "skuespil", "teaterstykke", "on stage", "pa scenen", "in the film", "in the movie", "in the episode", "i filmen", "i serien", "i afsnittet", "dokumentar om", "dokumentaren om", "documentary about", "documentary on", "i programmet", "in the programme", "in the program", "i nyhederne", "in the news"] },
  // Breathless or shaky from exercise, singing, carrying boxes or the heat: an exertion named as the cause.
  { modifier: "hypothetical", direction: "forward", within: "sentence", reach: 16, kind: "exertion", phrases: ["efter cykeltime", "efter traening", "efter lobeturen", "efter crossfit", "after spinning", "after the gym", "after my workout", "after a run", "after the run", "vi flytter", "moving house", "choir rehearsal", "korprove", "lummert", "the heat"] },
  { modifier: "hypothetical", direction: "backward", within: "sentence", reach: 12, kind: "exertion", phrases: ["af at baere", "baere kasser", "from carrying", "carrying boxes", "bare varmen", "from the heat", "af varmen", "i varmen", "in the best way"] },
  // A benign cause named for it: a hangover's head, a feeling of nerves. It never reads a red flag away.
  { modifier: "hypothetical", direction: "forward", within: "sentence", reach: 20, kind: "benign", phrases: ["tommermaend", "tommermand", "hangover", "hungover", "bakkerus", "christmas do", "christmas party", "office party", "works do", "works party", "night out", "julefrokost", "julefrokosten", "efter festen", "efter byturen", "af nerver", "af nervositet", "from nerves", "from the sun", "from sun", "af solen", "solskoldet", "sunburn", "sunburnt"] },
  { modifier: "hypothetical", direction: "backward", within: "sentence", reach: 12, kind: "benign", phrases: ["ved tanken om", "bare ved tanken", "at the thought of", "just thinking about", "christmas do", "christmas party", "office party", "works do", "works party", "night out", "julefrokost", "julefrokosten", "efter festen", "efter byturen", "af nerver", "af nervositet", "from nerves", "from the sun", "from sun", "af solen"] },
  // A cold or hay fever named explains a blocked nose or mouth breathing, so the screen does not
  // ask about them; a sign told beside it still counts (a fever with a cold is still a fever).
  { modifier: "hypothetical", direction: "forward", within: "sentence", reach: 20, kind: "illness", phrases: ["have a cold", "got a cold", "er forkolet", "forkolelse", "forkolelsen", "hay fever", "hofeber"] },
  { modifier: "hypothetical", direction: "backward", within: "sentence", reach: 12, kind: "elsewhere", phrases: ["et andet sted", "en anden klinik", "another clinic", "somewhere else", "i udlandet", "abroad"] },
  { modifier: "hypothetical", direction: "backward", within: "sentence", reach: 12, kind: "elsewhere", phrases: ["screaming at", "shouting at", "cheering at", "yelling at", "raabte", "rabte", "rabe til", "heppede", "til fodbold", "at the match", "at the game", "til kampen"] },
  // Hearsay and what one has had all along are not a report of a new symptom: "my mates say you
  // can't pull any face", "kinderne er blevet hule med alderen".
  // Told by another than the patient, "her" and "his" are the teller's own: "my cousin said her skin went numb".
  { modifier: "hypothetical", direction: "forward", within: "sentence", reach: 12, kind: "hearsay", terminators: FIRST_PERSON, phrases: HEARSAY },
  { modifier: "hypothetical", direction: "backward", within: "clause", reach: 8, kind: "history", phrases: ["altid nar jeg far taget", "altid nar jeg skal have taget", "hver gang jeg far taget", "always when i have blood", "always when i get blood", "every time i have blood", "ved synet af blod", "at the sight of blood", "med alderen", "with age", "altid haft", "always had", "i mange ar", "for years", "siden jeg var barn", "since i was a child", "fodt med", "born with", "ar siden", "years ago", "ift min alder", "pga min alder", "because of my age"] },
  // What comes back every morning is a habit of long standing, not a new report.
  { modifier: "hypothetical", direction: "backward", within: "clause", reach: 8, kind: "habit", phrases: ["hver morgen", "hver nat", "every morning", "every night", "engang imellem", "af og til", "now and then", "once in a while"] },
  { modifier: "hypothetical", direction: "forward", within: "sentence", reach: 8, kind: "habit", phrases: ["har altid", "har i mange ar", "have always", "has always", "er sadan en der", "er en af dem der", "the type who", "the kind who", "bruise easily", "hver morgen", "hver nat", "every morning", "every night", "engang imellem", "af og til", "now and then", "once in a while"] },
  // A question passed on: "min mand spørger om man bliver følelsesløs".
  { modifier: "hypothetical", direction: "forward", within: "sentence", reach: 12, kind: "hearsay", terminators: SOMEONE, phrases: ["sporger om", "spurgte om", "vil gerne vide om", "vil vide om", "asks if", "asked if", "asks whether", "asked whether", "wants to know if", "wonders if", "wondered if"] },
  { modifier: "other", direction: "forward", within: "sentence", reach: 20, phrases: ["en veninde", "en ven", "a friend", "my mates", "my friends", "mine veninder", "min mand", "min kone", "min kæreste", "min partner", "min mor", "min far", "min datter", "min søn", "min søster", "min bror", "min veninde", "min ven", "min svigermor", "vores datter", "vores søn", "my husband", "my wife", "my partner", "my girlfriend", "my boyfriend", "my mum", "my mom", "my mother", "my dad", "my father", "my daughter", "my son", "my sister", "my brother", "my friend", "han", "hun", "he", "she", "hendes", "hans", "her", "his"] },
];

const PSEUDO = ["min man", "hennes man", "din man", "med hunden", "m hunden", "with the dog", "with my dog", "walking the dog", "walked the dog", "luftede hunden", "lufte hunden", "siger ikke", "do not know if", "not sure if", "ved ikke om", "unsure if", "wonder if", "wondering if", "i tvivl om", "ikke kun", "ikke bare", "not only", "not just", "no doubt", "ingen tvivl", "ikke sikker", "not sure", "ved ikke", "do not know", "no idea", "ikke noget problem at", "ikke lige", "ikke for", "not to", "not that", "no longer", "ikke længere", "not anymore", "ikke mere", "hvis ikke", "if not", "nothing but"];

// A terminator ends every scope that meets it. "men", "but" and "altså jo" turn a sentence:
// "ingen problemer med at synke... altså jo, det er faktisk svært".
const TERMINATORS: Record<Modifier, string[]> = {
  negated: ["men", "but", "dog", "though", "however", "bortset", "except", "apart from", "aside from", "undtagen", "bare", "kun", "just", "only", "altsa jo", "eller jo", "well actually", "actually", "faktisk", "nu jeg tanker", "now that i think", "wait", "vent", "selvom", "although"],
  hypothetical: ["men", "but", "lige nu", "right now", "allerede", "already"],
  other: FIRST_PERSON,
};

interface Compiled {
  words: string[];
  rule: Trigger;
}
const split = (p: string) => p.split(" ");

// Phrases looked up by their first word: a message is read once, word by word.
function byFirstWord<T extends { words: string[] }>(list: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  // Longest first, so "ingen problemer med" is read before "ingen".
  for (const item of [...list].sort((a, b) => b.words.length - a.words.length)) {
    const first = item.words[0]!;
    const at = map.get(first);
    if (at) at.push(item);
    else map.set(first, [item]);
  }
  return map;
}
const TRIGGER_INDEX = byFirstWord(TRIGGERS.flatMap((rule) => rule.phrases.map((p) => ({ words: split(p), rule }))));
const PSEUDO_INDEX = byFirstWord(PSEUDO.map((p) => ({ words: split(p) })));
const TERMINATOR_INDEX = new Map<Trigger, Map<string, { words: string[] }[]>>(
  TRIGGERS.map((rule) => [rule, byFirstWord((rule.terminators ?? TERMINATORS[rule.modifier]).map((p) => ({ words: split(p) })))]),
);

const at = (tokens: readonly Token[], i: number, words: string[]) => words.every((w, k) => tokens[i + k]?.text === w);
const found = <T extends { words: string[] }>(index: Map<string, T[]>, tokens: readonly Token[], i: number) => index.get(tokens[i]!.text)?.filter((c) => at(tokens, i, c.words)) ?? [];

export interface Scope {
  modifier: Modifier;
  kind: Trigger["kind"] | null;
  /** The trigger's own words. */
  trigger: { start: number; end: number };
  /** The words the trigger modifies, inclusive. */
  from: number;
  to: number;
}

/** Every trigger's scope in the message, read once. */
export function contextScopes(tokens: readonly Token[], language: "da" | "en"): Scope[] {
  const scopes: Scope[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const pseudo = found(PSEUDO_INDEX, tokens, i)[0];
    if (pseudo) {
      i += pseudo.words.length - 1;
      continue;
    }
    // Each trigger is found on its own ("my mates" and "mates say" both count); at one place,
    // the longest of a modifier's triggers wins ("ingen problemer med" over "ingen").
    const seen = new Set<string>();
    for (const { words, rule } of found(TRIGGER_INDEX, tokens, i)) {
      // A phrase may reach both ways ("after the works Christmas do" is the cause of what comes before and after).
      const key = `${rule.modifier} ${rule.direction}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const end = i + words.length - 1;
      scopes.push({ modifier: rule.modifier, kind: rule.kind ?? null, trigger: { start: i, end }, ...scopeOf(tokens, i, end, rule, language) });
    }
  }
  return scopes;
}

function scopeOf(tokens: readonly Token[], start: number, end: number, rule: Trigger, language: "da" | "en"): { from: number; to: number } {
  const anchor = tokens[start]!;
  // A new line is a new report, as everywhere in triage: no scope reaches across it.
  const same = (t: Token, i: number) => t.sentence === anchor.sentence && t.line === anchor.line && (rule.within === "sentence" || t.clause === anchor.clause || (rule.lists === true && listGoesOn(tokens, i, anchor.clause)));
  const terminators = TERMINATOR_INDEX.get(rule)!;
  // Danish "i" is "in": only an English writer's "i" is the writer.
  const ends = (i: number) => (language === "en" || tokens[i]!.text !== "i") && found(terminators, tokens, i).length > 0;
  if (rule.direction === "forward") {
    let to = end;
    for (let i = end + 1; i < tokens.length && i - end <= rule.reach && same(tokens[i]!, i); i++) {
      if (ends(i)) break;
      to = i;
    }
    return { from: end + 1, to };
  }
  let from = start;
  for (let i = start - 1; i >= 0 && start - i <= rule.reach && same(tokens[i]!, i); i--) {
    if (ends(i)) break;
    from = i;
  }
  return { from, to: start - 1 };
}

// Clauses joined only by "og/and/eller/or" are one list: "eating and drinking fine".
const LIST_WORDS = new Set(["og", "and", "eller", "or"]);
function listGoesOn(tokens: readonly Token[], i: number, clause: number): boolean {
  const lo = Math.min(tokens[i]!.clause, clause);
  const hi = Math.max(tokens[i]!.clause, clause);
  for (let k = 1; k < tokens.length; k++) {
    const c = tokens[k]!.clause;
    // The list word alone opened the clause: a comma before it ("rødt, og ...") ends the list.
    if (c > lo && c <= hi && c !== tokens[k - 1]!.clause && (!LIST_WORDS.has(tokens[k]!.text) || c - tokens[k - 1]!.clause > 1)) return false;
  }
  return true;
}

/** The scopes that reach a mention spanning tokens start..end. */
export function scopesOver(scopes: readonly Scope[], start: number, end: number): Scope[] {
  // A trigger that is part of the mention itself ("not right", "ikke som normalt") modifies nothing.
  return scopes.filter((s) => start <= s.to && end >= s.from && !(start >= s.trigger.start && end <= s.trigger.end) && !(s.trigger.start >= start && s.trigger.end <= end));
}

/** The modifiers that reach a mention spanning tokens start..end. */
export function modifiersOf(scopes: readonly Scope[], start: number, end: number): Set<Modifier> {
  return new Set(scopesOver(scopes, start, end).map((s) => s.modifier));
}
