import { TermIndex, type TermHit } from "../text/term-index.js";
import type { Token } from "../text/tokenize.js";
import { EVERYDAY_WORDS } from "../text/everyday-words.js";
import { LEXICON, type Concept } from "./lexicon.js";
import { SCREEN_WORDS } from "./screen-words.js";
import { SIGNS, type Sign } from "./signs.js";

export interface SignMatch {
  sign: Sign;
  start: number;
  end: number;
}

export interface CompiledPattern {
  slots: Concept[][];
  ordered: boolean;
  minDays: number;
  window: number;
}
export interface CompiledSign {
  sign: Sign;
  patterns: CompiledPattern[];
  unless: Set<string>;
  unlessInSentence: Set<string>;
}

const DEFAULT_WINDOW = 6;
const NEGATION_REACH = 4;
const NEGATION_CUES = new Set(["ikke", "ik", "ikk", "ingen", "intet", "ingenting", "no", "not", "never", "aldrig", "uden", "without", "hverken", "neither", "nor", "none", "nothing", "nej"]);
// "ved ikke om jeg kan synke" is doubt, not denial: a doubt word after the cue voids it.
const DOUBT_WORDS = new Set(["om", "if", "whether", "hvis", "sure", "sikker", "know", "ved"]);
const SCOPE_ENDS = new Set(["bare", "kun", "just", "only", "but", "except", "udover", "besides"]);
const LIST_WORDS = new Set(["eller", "or", "nor"]);

// "ingeen feber", "elleer": a letter typed twice still leaves the word. Nothing looser: a
// word read as a negation by mistake would hide a symptom.
const typedTwice = (set: ReadonlySet<string>, text: string) => {
  if (set.has(text)) return true;
  for (let i = 0; i + 1 < text.length; i++) if (text[i] === text[i + 1] && set.has(text.slice(0, i) + text.slice(i + 1))) return true;
  return false;
};
const isCue = (text: string) => typedTwice(NEGATION_CUES, text);
// Words that help a pattern ("lidt", "meget", "ikke") are no symptom of their own.
const HELPER_CONCEPTS = new Set(["hard", "not", "mild", "severe", "lack", "whole", "lasting", "worsening", "talkTo", "goAway", "site"]);
const SYMPTOM_CONCEPTS = new Set(Object.keys(LEXICON).filter((c) => !HELPER_CONCEPTS.has(c)));

// One pass over the message finds the signs' words and the screen's (src/triage/screen.ts).
// Built by the first message, not at start: stemming the lexicon is a fifth of a start-up.
let index: TermIndex | undefined;

function compile(sign: Sign): CompiledSign {
  const patterns = sign.when.map((p) => {
    const { all, minDays = 0, window = sign.window ?? DEFAULT_WINDOW } = typeof p === "string" ? { all: p } : p;
    const ordered = all.includes(">");
    const slots = all.split(/[+>]/).map((slot) => slot.trim().split("|").map((c) => c.trim()));
    for (const concept of slots.flat()) {
      if (!(concept in LEXICON) && !(concept in SCREEN_WORDS)) throw new Error(`sign ${sign.id}: unknown concept "${concept}"`);
    }
    return { slots: slots as Concept[][], ordered, minDays, window };
  });
  return { sign, patterns, unless: new Set(sign.unless ?? []), unlessInSentence: new Set(sign.unlessInSentence ?? []) };
}

// Every pattern with its sign and its place among the sign's, in the rule table's order.
const PATTERNS = SIGNS.map(compile).flatMap((compiled) => compiled.patterns.map((pattern, when) => ({ compiled, pattern, when })));
// Which patterns a concept can start, by their place in the table: a message names a handful
// of concepts, so it tries only the patterns whose first slot is among them (about 10 of 200),
// however long the table grows.
const BY_FIRST_SLOT = new Map<string, number[]>();
PATTERNS.forEach(({ pattern }, at) => {
  for (const concept of pattern.slots[0]!) {
    const list = BY_FIRST_SLOT.get(concept) ?? [];
    list.push(at);
    BY_FIRST_SLOT.set(concept, list);
  }
});

// "no problems at all" says all is well: its "no" lacks nothing ("the results ... no problems").
export function findConcepts(words: readonly string[]): TermHit[] {
  const hits = (index ??= new TermIndex({ ...LEXICON, ...SCREEN_WORDS }, EVERYDAY_WORDS)).find(words);
  const fine = hits.filter((h) => h.concept === "fine" && h.end > h.start);
  return fine.length === 0 ? hits : hits.filter((h) => h.concept !== "lack" || !fine.some((f) => h.start >= f.start && h.end <= f.end));
}

/** Every place a sign's pattern matches: the assessment reports each sign once, the screen needs every place. */
export function matchSigns(tokens: readonly Token[], hits: readonly TermHit[], days: number | null): SignMatch[] {
  const symptomAt = symptomTokens(hits);
  // Most messages hold no "hverken": looked for once per message, not once per sign.
  const listOpen = tokens.some((t) => LIST_OPENERS.has(t.text));
  const matches: SignMatch[] = [];
  for (const { compiled, pattern, slotHits } of patternsToTry(hits, days)) {
    for (const found of locate(pattern, compiled, slotHits, tokens, hits, symptomAt, listOpen)) matches.push({ sign: compiled.sign, ...found });
  }
  return matches;
}

export interface PatternToTry {
  compiled: CompiledSign;
  pattern: CompiledPattern;
  /** Its place in its sign's `when`. */
  when: number;
  /** Each slot's hits, its concepts in the pattern's order. */
  slotHits: TermHit[][];
}

/** The patterns whose every slot the message names (and whose days have passed), in the rule table's order. */
export function patternsToTry(hits: readonly TermHit[], days: number | null): PatternToTry[] {
  const byConcept = new Map<string, TermHit[]>();
  for (const hit of hits) {
    const list = byConcept.get(hit.concept) ?? [];
    list.push(hit);
    byConcept.set(hit.concept, list);
  }
  const started: number[] = [];
  for (const concept of byConcept.keys()) for (const at of BY_FIRST_SLOT.get(concept) ?? []) started.push(at);
  started.sort((a, b) => a - b);
  const found: PatternToTry[] = [];
  for (let k = 0; k < started.length; k++) {
    // Two concepts of a message can start the same pattern: it is tried once.
    if (started[k] === started[k - 1]) continue;
    const entry = PATTERNS[started[k]!]!;
    if (entry.pattern.minDays > 0 && (days ?? 0) < entry.pattern.minDays) continue;
    const slotHits = hitsPerSlot(entry.pattern, byConcept);
    if (slotHits !== null) found.push({ ...entry, slotHits });
  }
  return found;
}

/** Each slot's hits, its concepts in the pattern's order; null when a slot has none. */
function hitsPerSlot(pattern: CompiledPattern, byConcept: Map<string, TermHit[]>): TermHit[][] | null {
  const slotHits: TermHit[][] = [];
  for (const slot of pattern.slots) {
    let list: TermHit[] | null = null;
    for (const concept of slot) {
      const found = byConcept.get(concept);
      if (found) list = list ? list.concat(found) : found;
    }
    if (list === null) return null;
    slotHits.push(list);
  }
  return slotHits;
}

function locate(
  pattern: CompiledPattern,
  compiled: CompiledSign,
  slotHits: readonly TermHit[][],
  tokens: readonly Token[],
  hits: readonly TermHit[],
  symptomAt: ReadonlySet<number>,
  listOpen: boolean,
): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const anchor of slotHits[0]!) {
    const chosen = [anchor];
    for (let s = 1; s < slotHits.length; s++) {
      const prev = chosen[chosen.length - 1]!;
      const next = nearest(slotHits[s]!, pattern.ordered ? prev : anchor, pattern.ordered, tokens);
      if (!next) break;
      chosen.push(next);
    }
    if (chosen.length !== pattern.slots.length) continue;
    let start = anchor.start;
    let end = anchor.end;
    for (const h of chosen) {
      start = Math.min(start, h.start);
      end = Math.max(end, h.end);
    }
    if (end - start > pattern.window) continue;
    if (compiled.sign.negatable !== false && isNegated(tokens, start, end, chosen, symptomAt, compiled.sign.level === "emergency", listOpen)) continue;
    const sentence = tokens[start]!.sentence;
    const lines = { first: tokens[start]!.line, last: tokens[end]!.line };
    const clauses = { first: tokens[start]!.clause, last: tokens[end]!.clause };
    if (cancelledBy(compiled.unless, hits, tokens, start - 2, end + 3, sentence, lines, clauses)) continue;
    if (cancelledBy(compiled.unlessInSentence, hits, tokens, 0, tokens.length, sentence, lines)) continue;
    found.push({ start, end });
  }
  return found;
}

function symptomTokens(hits: readonly TermHit[]): Set<number> {
  const at = new Set<number>();
  for (const h of hits) if (SYMPTOM_CONCEPTS.has(h.concept)) for (let i = h.start; i <= h.end; i++) at.add(i);
  return at;
}

function nearest(list: TermHit[], from: TermHit, ordered: boolean, tokens: readonly Token[]): TermHit | null {
  const sentence = tokens[from.start]!.sentence;
  let best: TermHit | null = null;
  let bestDistance = Infinity;
  for (const hit of list) {
    if (tokens[hit.start]!.sentence !== sentence) continue;
    if (ordered && hit.start <= from.end) continue;
    const distance = Math.abs(hit.start - from.start);
    if (distance < bestDistance) {
      best = hit;
      bestDistance = distance;
    }
  }
  return best;
}

// A cue negates the symptom it stands before: "ingen feber" but not "ingen feber, bare ømt"
// nor "no swelling no fever just sore". Another symptom word in between takes the cue,
// unless a list goes on with "eller/or" ("ingen feber eller hævelse").
function isNegated(tokens: readonly Token[], start: number, end: number, chosen: readonly TermHit[], symptomAt: ReadonlySet<number>, redFlag: boolean, listOpen: boolean): boolean {
  if (listOpen && inDeniedList(tokens, start)) return true;
  const clause = tokens[start]!.clause;
  for (let i = start - 1; i >= Math.max(0, start - NEGATION_REACH); i--) {
    const token = tokens[i]!;
    if (token.clause !== clause || SCOPE_ENDS.has(token.text)) break;
    if (DOUBT_WORDS.has(token.text)) return false;
    // A cue first, even when it is also a symptom word elsewhere ("ser intet").
    if (isCue(token.text)) return !isDoubted(tokens, i);
    if (symptomAt.has(i) && !typedTwice(LIST_WORDS, tokens[i + 1]?.text ?? "")) break;
  }
  for (let i = start + 1; i < end; i++) {
    if (chosen.some((h) => i >= h.start && i <= h.end)) continue;
    if (isCue(tokens[i]!.text) && tokens[i]!.clause === tokens[end]!.clause) return true;
  }
  // Danish puts "ikke" after the verb: "de klør ikke", "øjenlåget hænger ikke" (but "ikke kun").
  // For a red flag only right after one word ("snøvler ikke"): "hævede læber ikke værre" still counts.
  const after = tokens[end + 1];
  return (start === end || !redFlag) && after !== undefined && after.clause === tokens[end]!.clause && NEGATION_CUES.has(after.text) && !SCOPE_ENDS.has(tokens[end + 2]?.text ?? "");
}

// "Jeg har hverken hovedpine, hævelse eller problemer med synet": "hverken/neither" denies its
// whole list, across the commas, up to and including the item after "eller/nor".
const LIST_OPENERS = new Set(["hverken", "neither"]);
const LIST_REACH = 12;
function inDeniedList(tokens: readonly Token[], start: number): boolean {
  const { sentence } = tokens[start]!;
  for (let i = start - 1; i >= Math.max(0, start - LIST_REACH); i--) {
    const token = tokens[i]!;
    if (token.sentence !== sentence || SCOPE_ENDS.has(token.text)) return false;
    if (LIST_OPENERS.has(token.text)) return true;
    // The list ends with the item after its "eller": a later clause is no longer in it.
    if (LIST_WORDS.has(token.text) && tokens[i + 1]!.clause !== tokens[start]!.clause) return false;
  }
  return false;
}

// "jeg ved ikke ..." / "not sure ...": the cue belongs to the doubt, not to the symptom.
function isDoubted(tokens: readonly Token[], cue: number): boolean {
  const before = tokens[cue - 1]?.text;
  const after = tokens[cue + 1]?.text;
  return before === "ved" || before === "sikker" || after === "sure" || after === "sikker" || after === "know";
}

interface Span { first: number; last: number }

// A canceller counts only on the sign's own lines and clauses: "Jeg kan pludselig ikke se" on
// one line and "blåt mærke i går" on the next are two reports, not "cannot see a bruise".
function cancelledBy(unless: Set<string>, hits: readonly TermHit[], tokens: readonly Token[], from: number, to: number, sentence: number, lines: Span, clauses?: Span): boolean {
  if (unless.size === 0) return false;
  const within = (h: TermHit, key: "line" | "clause", span: Span) => tokens[h.start]![key] >= span.first && tokens[h.end]![key] <= span.last;
  return hits.some((h) => unless.has(h.concept) && h.start >= from && h.end <= to && tokens[h.start]!.sentence === sentence && within(h, "line", lines) && (!clauses || within(h, "clause", clauses)));
}
