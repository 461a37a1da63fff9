import { foldWord } from "./fold.js";
import { stems } from "./stem.js";
import { collapse, deletions, neighbourSlip, shortSlip, substitutions, swaps, withinOneEdit } from "./typo-edits.js";

// A lexicon term is written in plain Danish or English:
//   "feber"        the word itself (one typo allowed in words of 6+ letters, a doubled or
//                  undoubled letter in words of 4+: "feeber", "svimel")
//   "synk*"        any word starting so ("synker", "synkebesvær"; one typo allowed from 6 letters)
//   "*besvær*"     any word containing it, for compounds ("vejrtrækningsbesvær")
//   "~arm"         any inflection of the word: the Snowball stemmer (Danish or English) gives
//                  both the same stem ("arme", "armen", "armene"; "arms")
//   "trække vejret" consecutive words, each read as above
export interface TermHit {
  concept: string;
  start: number;
  end: number;
}

type Kind = "word" | "prefix" | "infix" | "stem";
interface Part {
  kind: Kind;
  text: string;
}
interface Term {
  concept: string;
  parts: Part[];
}

// Below six letters a typo is as likely to be another word ("mærke" and "marks").
const FUZZY_MIN = 6;
// Patients use a small vocabulary over and over, and a word's candidate terms never change:
// they are worked out once per word (the typo search is most of triage's time otherwise).
// Bounded, so a flood of made-up words cannot grow it without end.
const MEMO_MAX = 20_000;

function parsePart(raw: string): Part {
  if (raw.startsWith("~")) return { kind: "stem", text: foldWord(raw.slice(1)) };
  const starts = raw.startsWith("*");
  const ends = raw.endsWith("*");
  const text = foldWord(raw.replace(/\*/g, ""));
  if (starts && ends) return { kind: "infix", text };
  if (ends) return { kind: "prefix", text };
  return { kind: "word", text };
}

/** A stem that covers too little of a long word to say what the word is ("nål*" in "nældfeber"). */
const shortStem = (term: Term, token: string) => term.parts[0]!.kind === "prefix" && term.parts[0]!.text.length <= 4 && token.length - term.parts[0]!.text.length >= 4;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class TermIndex {
  private readonly words = new Map<string, Term[]>();
  private readonly prefixes = new Map<string, Term[]>();
  private readonly infixes: Term[] = [];
  private readonly stemmed = new Map<string, Term[]>();
  private readonly fuzzyWords = new Map<string, Term[]>();
  private readonly fuzzyPrefixes = new Map<string, Term[]>();
  private readonly collapsedWords = new Map<string, Term[]>();
  private readonly slipWords = new Map<string, Term[]>();
  private readonly slipPrefixes = new Map<string, Term[]>();
  private readonly slipSubstitutions = new Map<string, Term[]>();
  private maxPrefix = 0;
  private readonly memo = new Map<string, readonly Term[]>();
  private readonly notTypos: ReadonlySet<string>;

  /** `notTypos`: everyday words that sit one letter from a term ("having", "hævning"); never read as typos. */
  constructor(lexicon: Readonly<Record<string, readonly string[]>>, notTypos: readonly string[] = []) {
    this.notTypos = new Set(notTypos.map(foldWord));
    for (const [concept, raws] of Object.entries(lexicon)) {
      for (const raw of raws) this.add({ concept, parts: raw.trim().split(/\s+/).map(parsePart) });
    }
  }

  private add(term: Term): void {
    const first = term.parts[0]!;
    if (first.kind === "stem") {
      for (const stem of new Set(stems(first.text))) push(this.stemmed, stem, term);
      return;
    }
    if (first.kind === "infix") {
      this.infixes.push(term);
      // Written alone, a compound's core may carry a typo too: "åndendø" for "åndenød".
      if (first.text.length >= FUZZY_MIN) for (const key of [first.text, ...deletions(first.text)]) push(this.fuzzyWords, key, term);
      return;
    }
    const exact = first.kind === "word" ? this.words : this.prefixes;
    push(exact, first.text, term);
    if (first.kind === "prefix") this.maxPrefix = Math.max(this.maxPrefix, first.text.length);
    if (first.kind === "word" && first.text.length >= 4) push(this.collapsedWords, collapse(first.text), term);
    // Short core words take the slips that leave no other word: a letter left out of a
    // five-letter word ("snke", "febr"), two letters swapped in a stem ("snyke", "sykner").
    if (first.kind === "word" && first.text.length === FUZZY_MIN - 1) for (const key of deletions(first.text).slice(1, -1)) push(this.slipWords, key, term);
    // Two inner letters swapped in a four-letter word leave no other word: "lfut", "hasl", "odnt".
    if (first.kind === "word" && first.text.length === 4) for (const key of swaps(first.text).slice(1)) push(this.slipWords, key, term);
    if (first.kind === "prefix" && first.text.length >= 4) for (const key of swaps(first.text).slice(1)) push(this.slipPrefixes, key, term);
    // A neighbouring key hit inside a five-letter word or a stem of four or five ("syjke", "slyge").
    if (first.text.length === FUZZY_MIN - 1) for (const key of substitutions(first.text)) push(this.slipSubstitutions, key, term);
    if (first.text.length < FUZZY_MIN) return;
    const fuzzy = first.kind === "word" ? this.fuzzyWords : this.fuzzyPrefixes;
    for (const key of [first.text, ...deletions(first.text)]) push(fuzzy, key, term);
  }

  /** Every concept occurrence in the tokens, multi-word terms included. */
  find(tokens: readonly string[]): TermHit[] {
    const hits: TermHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const fromHere = hits.length;
      for (const term of this.remembered(tokens[i]!)) {
        const end = this.matchRest(term, tokens, i);
        if (end < 0 || repeats(hits, fromHere, term.concept, end)) continue;
        hits.push({ concept: term.concept, start: i, end });
      }
    }
    return hits;
  }

  private remembered(token: string): readonly Term[] {
    let found = this.memo.get(token);
    if (found) return found;
    // A stem match never stands in for the typo search: "snakkke" is still read as "snakke".
    found = [...this.candidates(token), ...this.stemMatches(token)];
    if (this.memo.size >= MEMO_MAX) this.memo.clear();
    this.memo.set(token, found);
    return found;
  }

  private exact(token: string): Term[] {
    const found: Term[] = [...(this.words.get(token) ?? [])];
    for (let len = 1; len <= Math.min(token.length, this.maxPrefix); len++) {
      found.push(...(this.prefixes.get(token.slice(0, len)) ?? []));
    }
    for (const term of this.infixes) if (token.includes(term.parts[0]!.text)) found.push(term);
    return found;
  }

  /** Terms written "~word" whose stem the token shares. */
  private stemMatches(token: string): Term[] {
    if (this.stemmed.size === 0) return [];
    const found: Term[] = [];
    for (const stem of new Set(stems(token))) found.push(...(this.stemmed.get(stem) ?? []));
    return found;
  }

  private candidates(token: string): Term[] {
    const found = this.exact(token);
    if (this.notTypos.has(token)) return found;
    // A compound whose head is misspelt ("snkebesvær"): the head is looked up on its own.
    for (const term of this.infixes) {
      const at = token.indexOf(term.parts[0]!.text);
      if (at >= 4) found.push(...this.remembered(token.slice(0, at)));
    }
    // A long word that only a short stem recognises ("nældfeber" as "nål*") may be a typo too.
    if (found.length > 0 && !(token.length >= 7 && found.every((t) => shortStem(t, token)))) return found;
    const slips = this.slips(token);
    if (slips.length > 0) return [...found, ...slips];
    if (token.length < FUZZY_MIN) return found;
    for (const key of [token, ...deletions(token)]) {
      for (const term of this.fuzzyWords.get(key) ?? []) {
        if (withinOneEdit(token, term.parts[0]!.text)) found.push(term);
      }
    }
    for (let len = FUZZY_MIN - 1; len <= Math.min(token.length, this.maxPrefix + 1); len++) {
      const prefix = token.slice(0, len);
      for (const key of [prefix, ...deletions(prefix)]) {
        for (const term of this.fuzzyPrefixes.get(key) ?? []) {
          const stem = term.parts[0]!.text;
          // "hove" must not pass for "hoved*": a cut-off stem is no typo.
          if (prefix !== stem.slice(0, -1) && withinOneEdit(prefix, stem)) found.push(term);
        }
      }
    }
    return found;
  }

  /** The slips that short words allow, where the full typo rule would find other words. */
  private slips(token: string): Term[] {
    const found: Term[] = [];
    // A letter typed twice ("snakkke", "sluurred", "åndenøød"), or a double written single or
    // doubled in a short word ("feeber", "svimel", "syynke").
    const strong = (word: string) => this.exact(word).filter((t) => !shortStem(t, token));
    if (token.length >= 5) for (let i = 0; i + 1 < token.length; i++) if (token[i] === token[i + 1]) found.push(...strong(token.slice(0, i) + token.slice(i + 1)));
    const collapsed = collapse(token);
    found.push(...(this.collapsedWords.get(collapsed) ?? []));
    if (token.length >= 4 && collapsed !== token) found.push(...strong(collapsed));
    if (found.length > 0 || token.length < 4) return found;
    // A letter left out inside a five-letter word ("snke", "febr"), two letters swapped in a
    // stem ("snyke", "sykner") or a five-letter word ("svræt"), a six-letter word short of a letter ("vjret").
    found.push(...(this.slipWords.get(token) ?? []));
    for (let len = 4; len <= Math.min(token.length, this.maxPrefix); len++) found.push(...(this.slipPrefixes.get(token.slice(0, len)) ?? []));
    if (token.length === FUZZY_MIN - 1) {
      for (const term of this.fuzzyWords.get(token) ?? []) if (term.parts[0]!.text.length === FUZZY_MIN && withinOneEdit(token, term.parts[0]!.text)) found.push(term);
      for (const swapped of swaps(token)) found.push(...(this.words.get(swapped) ?? []));
    }
    // A stem takes a slip only before a short ending ("syjker"), never in a long word of its own
    // ("spørgsmål", "prosecco" as "ptose*").
    if (found.length > 0 || token.length > FUZZY_MIN + 1) return found;
    const head = token.slice(0, FUZZY_MIN - 1);
    for (const key of substitutions(head)) {
      for (const term of this.slipSubstitutions.get(key) ?? []) {
        if ((term.parts[0]!.kind === "word") === (token.length === head.length) && neighbourSlip(head, term.parts[0]!.text)) found.push(term);
      }
    }
    return found;
  }

  private matchRest(term: Term, tokens: readonly string[], start: number): number {
    const { parts } = term;
    let at = start;
    for (let p = 1; p < parts.length; p++) {
      at++;
      // A degree word, a side or a possessive inside a phrase leaves it whole: "står lidt åbent",
      // "is really not right", "ud af højre mundvig", "få sit spyt ned".
      if (tokens[at] !== undefined && !partMatches(parts[p]!, tokens[at]!, this.notTypos)) at = afterFillers(tokens, at);
      const token = tokens[at];
      if (token === undefined || !partMatches(parts[p]!, token, this.notTypos)) return -1;
    }
    return at;
  }
}

const FILLERS = new Set(["eget", "egen", "own", "bare", "just", "hojre", "venstre", "left", "right", "sit", "sin", "sine", "mit", "min", "mine", "hans", "hendes", "my", "her", "his", "mere", "lidt", "helt", "meget", "stadig", "ret", "rigtig", "rigtigt", "ganske", "virkelig", "totalt", "fuldstandig", "altid", "really", "very", "slightly", "kinda", "pretty", "quite", "totally", "completely", "still", "always", "exactly", "literally", "praecis", "precis", "halvt", "half"]);
const FILLER_PAIRS = new Set(["a bit", "kind of", "sort of", "en smule", "en anelse"]);
const PAIR_HEADS = new Set([...FILLER_PAIRS].map((p) => p.split(" ")[0]!));

/** Where the words go on after at most two degree words (or one pair) from `at`. */
function afterFillers(tokens: readonly string[], at: number): number {
  let i = at;
  for (let n = 0; n < 2; n++) {
    const token = tokens[i];
    if (token === undefined) break;
    if (FILLERS.has(token)) i++;
    else if (PAIR_HEADS.has(token) && FILLER_PAIRS.has(`${token} ${tokens[i + 1]}`)) i += 2;
    else break;
  }
  return i;
}

// Two terms of one concept can match the same words ("hoved" and "hoved*"): one hit is enough.
function repeats(hits: readonly TermHit[], from: number, concept: string, end: number): boolean {
  for (let h = from; h < hits.length; h++) if (hits[h]!.concept === concept && hits[h]!.end === end) return true;
  return false;
}

// A later word of a phrase is anchored by the words before it ("få luft", "savner luft"), so
// it takes the short words' slips too: "få lfut", "savner lufft", "få luct".
function partMatches(part: Part, token: string, notTypos: ReadonlySet<string>): boolean {
  if (part.kind === "word") return token === part.text || (!notTypos.has(token) && (part.text.length >= FUZZY_MIN ? withinOneEdit(token, part.text) : part.text.length >= 4 && shortSlip(token, part.text)));
  if (part.kind === "prefix") return token.startsWith(part.text);
  if (part.kind === "stem") return stems(token).some((s) => stems(part.text).includes(s));
  return token.includes(part.text);
}
