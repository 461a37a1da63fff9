import type { TermHit } from "../text/term-index.js";
import type { Token } from "../text/tokenize.js";
import { scopesOver, type Scope } from "./context-modifiers.js";

// The red-flag screen: what the rules cannot place is never filed as harmless. A message is
// screened when it tells of a vital function together with a change the rules cannot rule out
// ("the soup comes out of my nose", "my husband says I sound drunk"), or when it is a statement
// about a body, a function or a feeling that no rule places ("noget er helt galt"). The reply
// then asks the red-flag question, and a person reads the message whatever comes back.

/** A vital function, the words that name it, and the words that tell it has changed. */
interface VitalFunction {
  id: string;
  /** Names of the function, or of what it does: "synke", "maden", "armen", "løfte". */
  mentions: string[];
  /** What makes a mention a possible red flag: inability, repetition, a consequence, a comparison, a change. */
  changes: string[];
  /** Words in the same clause that say it is something else: "kan ikke se nogen effekt". */
  unless?: string[];
  /**
   * Placed signs that explain a mention: in its clause, or anywhere in its sentence for the
   * weaker mentions ("min overlæbe er slap, og maden falder ud, når jeg spiser" is the lip, not
   * the swallowing). Any other sign beside it explains nothing: "hun lyder som om hun har en varm
   * kartoffel i munden" is still the speech, whatever "varm" was read as.
   */
  explainedBy?: { signs: string[]; weak?: string[] };
  /** Like unless, but only when the word is part of the mention itself. */
  unlessOverlapping?: string[];
  /** A denial does not reassure: "she is not awake", "awake now, says she's fine" both tell that it went. */
  denialAlarms?: boolean;
}

// What happens when the function is tried: the screen's own words and the signs' ("løber ud", "op i næsen").
const HAPPENS = ["consequence", "leak", "noseOut", "stuck", "cough", "swallowWrong", "dropThings"];
const CHANGE = ["unable", "hard", "repeated", "like", "changed", ...HAPPENS];
// The vital functions whose mere mention in a statement is enough when nothing else is placed.
const STRONG_MENTIONS = new Set(["swallow", "swallowWrong", "breath", "breathProblem", "speak", "voice", "utter", "hoarse", "slurred", "chest", "neckWord", "holdHead", "tongue", "throat"]);
// Done on purpose: "gik en tur for at få frisk luft", "had to swallow a pill", "I went outside to get air".
const PURPOSE = ["for at fa", "for at fa frisk", "to get", "to swallow", "to take", "had to", "have to", "skulle", "matte"];
// Drink coming back through the nose, food stuck or going down the wrong way: swallowing gone
// wrong, whatever else the sentence says ("kaffen løber ud af mundvigen og op i næsen").
const STRONG = new Set(["noseOut", "stuck", "swallowWrong", "cough"]);

export const VITAL_FUNCTIONS: VitalFunction[] = [
  {
    // "kagen ser mest ud som en kartoffel": how a thing looks is no swallowing.
    id: "swallowing", mentions: ["swallow", "swallowWrong", "ingest", "drinkEat"], changes: CHANGE, unless: ["teary", "chew", "jaw", "cooking", "looks"],
    explainedBy: { weak: ["ingest", "drinkEat"], signs: ["drooling", "mouth-asymmetry", "dry-mouth", "weak-chewing", "mouth-opening", "tongue-lip-swelling", "painful-swallowing", "throat-pain", "feeling-unwell"] },
  },
  // A weight or a band on the chest is told with the breathing: "like an elephant sitting on my chest".
  // The chest named where sweat runs is the skin, not the breath: "drypper ned ad ryggen og brystet".
  { id: "breathing", mentions: ["breath", "breathProblem", "chest"], changes: [...CHANGE, "pressure", "squeeze"], explainedBy: { weak: ["chest"], signs: ["more-sweating"] } },
  // "kan ikke tale med dig nu" is busy, not mute: talking *to* someone, said in the same words.
  { id: "speech", mentions: ["speak", "voice", "utter", "hoarse", "slurred"], changes: CHANGE, unless: ["looks"], unlessOverlapping: ["talkTo"] },
  {
    id: "sight", mentions: ["vision", "see", "readTask"], changes: ["unable", "hard", "like", "changed"], unless: ["effect", "bruise", "redness", "swollen", "bumps", "messageThing", "itsNothing", "looks", "notSightLoss"],
    // "øjenlåget hænger, så jeg skal løfte hagen for at se": the lid is in the way.
    explainedBy: { weak: ["vision", "see", "readTask"], signs: ["drooping-eyelid", "eyelid-swelling", "eyes-swollen-shut", "dry-eyes", "watery-eyes", "blurred-vision", "double-vision", "eye-pain", "red-eye", "eye-cannot-close"] },
  },
  { id: "neck", mentions: ["neckWord", "holdHead"], changes: CHANGE },
  // The head named with how it falls or must be held up: "hovedet blev ved med at falde forover".
  { id: "neck", mentions: ["head"], changes: ["posture"], unless: ["headache", "dizzy"] },
  // "my smile is lopsided, left side lifts and right side stays flat": lifting beside a face sign is the face.
  { id: "limbs", mentions: ["limbs", "motor", "grip", "dropThings"], changes: CHANGE, explainedBy: { weak: ["motor"], signs: ["dizziness", "mouth-asymmetry", "brow-change", "drooping-eyelid", "treated-muscle-still"] } },
  // An everyday task named only counts when it cannot be done: "taber hår" is no weakness.
  { id: "limbs", mentions: ["selfCare"], changes: ["unable"], unless: ["pleased", "fine", "search"] },
  {
    id: "mouth-and-throat", mentions: ["tongue", "lips", "throat"], changes: ["unable", "hard", "like", "changed"], unless: ["bruise", "redness", "bumps", "site", "glands", "pain", "tender", "dry", "resolving", "effect"],
    // The lips anywhere in a sentence with a lip sign are that sign: "savler ud af mundvigen, det er som om læberne ikke lukker".
    explainedBy: { weak: ["lips"], signs: ["tongue-lip-swelling", "throat-itch", "throat-pain", "painful-swallowing", "drooling", "mouth-asymmetry", "dry-mouth", "numbness", "taste-loss"] },
  },
  { id: "consciousness", mentions: ["awake"], changes: [], denialAlarms: true },
  { id: "consciousness", mentions: ["faint"], changes: [] },
  { id: "consciousness", mentions: ["cameTo"], changes: ["floor"] },
];

// A motor word with a face part beside it is the face at work: "kan ikke løfte brynene".
const FACE_OBJECTS = new Set(["brow", "forehead", "eyelid", "eye", "mouth", "smile", "lips", "face", "faceWhole", "chin", "jaw"]);
// "..., så jeg skal løfte hagen for at se": a clause that follows from a placed sign is explained by it.
const CHEWING = new Set(["weak-chewing", "mouth-opening"]);
const NOT_BEFORE = new Set(["ikke", "ik", "ikk", "not", "never", "aldrig"]);
const SO_WORDS = new Set(["sa", "so", "pga", "because", "fordi", "derfor", "that"]);

export interface ScreenInput {
  tokens: readonly Token[];
  hits: readonly TermHit[];
  scopes: readonly Scope[];
  /** Where the rules placed a sign (reported, or only asked about). */
  placed: ReadonlyArray<{ start: number; end: number; sign: { id: string } }>;
  /** Sentences that ask rather than report: an unplaced statement is never read in them. */
  questions: ReadonlySet<number>;
  /** True for a token inside a question that asks in general rather than reports. */
  asking: (at: number) => boolean;
  /** The rules found no sign at all: only then does an unplaced statement count. */
  nothingPlaced: boolean;
  /** Comparisons with a past event (comparisonEvents), found once for the rules and the screen. */
  events: readonly TermHit[];
}

export interface ScreenResult {
  /** "vital": a vital function with a change; "unplaced": a statement no rule could read. */
  reason: "vital" | "unplaced";
  /** The vital function, where one was named. */
  function: string | null;
  start: number;
  end: number;
}

export function screenFor(input: ScreenInput): ScreenResult | null {
  const { tokens, hits } = input;
  const byClause = new Map<number, TermHit[]>();
  for (const h of hits) {
    const clause = tokens[h.start]!.clause;
    const list = byClause.get(clause);
    if (list) list.push(h);
    else byClause.set(clause, [h]);
  }
  const placedClauses = new Set<number>();
  for (const p of input.placed) for (let i = p.start; i <= p.end; i++) placedClauses.add(tokens[i]!.clause);
  const inPlacedSpan = (h: TermHit) => input.placed.some((p) => h.start >= p.start && h.end <= p.end);
  // Denied, supposed, heard from others or wished for is not live; what has gone on for years or
  // comes every morning still is, for a vital function: its change may be new.
  // A condition supposes only in a question: "she asks if I have been drinking, the words come out mushy" reports.
  const live = (h: TermHit, denialAlarms = false) => !input.asking(h.start) && !scopesOver(input.scopes, h.start, h.end).some((c) => (c.modifier === "negated" && !denialAlarms) || (c.modifier === "hypothetical" && c.kind !== "history" && c.kind !== "habit" && (c.kind !== "condition" || input.questions.has(tokens[h.start]!.sentence))));
  // Words after a comparison with a past event tell of the event: "ømt, ligesom efter en vaccine i armen".
  const { events } = input;
  const inEvent = (h: TermHit) => events.some((e) => e.end < h.start && tokens[e.start]!.clause === tokens[h.start]!.clause);

  // "som hun plejer" is as usual; "ikke som hun plejer" is a change.
  const asUsual = (u: TermHit) => u.concept === "asUsual" && !NOT_BEFORE.has(tokens[u.start - 1]?.text ?? "");
  const usualHits = hits.filter(asUsual);
  const usual = (h: TermHit) => usualHits.length > 0 && usualHits.some((u) => overlaps(u, h));
  for (const fn of VITAL_FUNCTIONS) {
    for (const mention of hits) {
      if (!fn.mentions.includes(mention.concept) || !live(mention, fn.denialAlarms) || inEvent(mention)) continue;
      if (inPlacedSpan(mention)) continue;
      const near = nearby(tokens, hits, mention, byClause);
      const ownClause = byClause.get(tokens[mention.start]!.clause) ?? [];
      if (fn.unless?.some((c) => ownClause.some((h) => h.concept === c))) continue;
      if (fn.unlessOverlapping?.some((c) => ownClause.some((h) => h.concept === c && overlaps(h, mention)))) continue;
      if (mention.concept === "motor" && faceBeside(hits, mention)) continue;
      const changed = (h: TermHit) => fn.changes.includes(h.concept) && h !== mention && !overlaps(h, mention) && live(h) && !(h.concept === "like" && usual(h));
      const strong = fn.id === "swallowing" ? farther(tokens, hits, mention).find((h) => STRONG.has(h.concept) && changed(h)) : undefined;
      const change = fn.changes.length === 0 ? mention : strong ?? near.find(changed);
      if (!change || (!strong && explained(input, mention, fn))) continue;
      return { reason: "vital", function: fn.id, start: Math.min(mention.start, change.start), end: Math.max(mention.end, change.end) };
    }
  }
  if (!input.nothingPlaced) return null;
  // Swallowing, breathing, the voice, the chest, the neck, the tongue or the throat named in a
  // statement that no rule could place is read by a person, whatever the words around it. Not
  // what one does on purpose ("for at få frisk luft", "to swallow a pill"), nor a plain denial.
  for (const h of hits) {
    if (!STRONG_MENTIONS.has(h.concept) || !live(h) || inEvent(h) || input.questions.has(tokens[h.start]!.sentence)) continue;
    if (hits.some((o) => o.concept === "talkTo" && overlaps(o, h))) continue;
    // "hun lyder som hun plejer": the function as it always is.
    // "kan synke og snakke som altid": the whole list in its sentence.
    if (usualHits.some((o) => tokens[o.start]!.sentence === tokens[h.start]!.sentence)) continue;
    const before = ` ${tokens.slice(Math.max(0, h.start - 4), h.start).map((t) => t.text).join(" ")} `;
    if (PURPOSE.some((p) => before.includes(` ${p} `))) continue;
    return { reason: "unplaced", function: null, start: h.start, end: h.end };
  }
  // "Hjælp!" alone: a cry for help is read by a person.
  if (tokens.length <= 2 && tokens.some((t) => t.text === "hjalp" || t.text === "help")) return { reason: "unplaced", function: null, start: 0, end: tokens.length - 1 };
  for (const [clause, list] of byClause) {
    if (placedClauses.has(clause) || input.questions.has(tokens[list[0]!.start]!.sentence)) continue;
    // An unplaced statement must be the writer's now: history and habit do not count here.
    const now = (h: TermHit) => live(h) && !scopesOver(input.scopes, h.start, h.end).some((c) => c.modifier === "hypothetical");
    const has = (...concepts: string[]) => list.find((h) => concepts.includes(h.concept) && now(h) && !inEvent(h));
    const alarm = has("alarm");
    if (alarm) return { reason: "unplaced", function: null, start: alarm.start, end: alarm.end };
    if (has("pleased", "fine")) continue;
    const about = has("body", "feeling");
    const change = has("changed", "like", "unable", "consequence", "hard", "worsening", "warm");
    if (about && change && about !== change && !overlaps(about, change)) return { reason: "unplaced", function: null, start: Math.min(about.start, change.start), end: Math.max(about.end, change.end) };
    // A person changed, said outright: "min kone er ikke sig selv", "he's not right".
    const person = has("kin", "thirdPerson");
    const changedWord = has("changed");
    if (person && changedWord && !overlaps(person, changedWord)) return { reason: "unplaced", function: null, start: Math.min(person.start, changedWord.start), end: Math.max(person.end, changedWord.end) };
    // "kartoflerne sætter sig fast halvvejs": what happened tells of a body even when none is named.
    const happened = has("consequence");
    if (happened) return { reason: "unplaced", function: null, start: happened.start, end: happened.end };
  }
  return null;
}

// A comparison with a past event: "som efter", or a comparison of a body part with it
// ("ligesom armen efter en vaccine", "like my arm after a jab"). What follows it is the event.
// Only a body part, with an article or a possessive, may stand between: "like I can't swallow
// after eating" and "jeg kan ligesom ikke synke efter maden" are reports, not comparisons.
const EVENT_WORDS = new Set(["efter", "after"]);
const DETERMINERS = new Set(["min", "mit", "mine", "din", "dit", "en", "et", "my", "your", "the", "a", "an"]);
export function comparisonEvents(tokens: readonly Token[], hits: readonly TermHit[]): TermHit[] {
  const bodyAt = (i: number) => hits.some((h) => h.concept === "body" && h.start <= i && i <= h.end);
  const partThenEvent = (h: TermHit) => {
    for (let i = h.end + 1; i <= h.end + 3 && i < tokens.length && tokens[i]!.clause === tokens[h.end]!.clause; i++) {
      if (EVENT_WORDS.has(tokens[i]!.text)) return i > h.end + 1 && tokens.slice(h.end + 1, i).some((_, k) => bodyAt(h.end + 1 + k));
      if (!bodyAt(i) && !DETERMINERS.has(tokens[i]!.text)) return false;
    }
    return false;
  };
  return hits.filter((h) => h.concept === "likeEvent" || (h.concept === "like" && partThenEvent(h)));
}

const overlaps = (a: TermHit, b: TermHit) => a.start <= b.end && b.start <= a.end;

// The change must be told of the same thing: in its clause, or within a few words on its line.
function nearby(tokens: readonly Token[], hits: readonly TermHit[], mention: TermHit, byClause: Map<number, TermHit[]>): TermHit[] {
  const anchor = tokens[mention.start]!;
  const same = byClause.get(anchor.clause) ?? [];
  const close = hits.filter((h) => {
    const t = tokens[h.start]!;
    return t.sentence === anchor.sentence && t.line === anchor.line && t.clause !== anchor.clause && Math.abs(h.start - mention.start) <= 6;
  });
  return [...same, ...close];
}

/** The same sentence and line, further out: a strong consequence may come at the end of a long clause. */
function farther(tokens: readonly Token[], hits: readonly TermHit[], mention: TermHit): TermHit[] {
  const anchor = tokens[mention.start]!;
  return hits.filter((h) => tokens[h.start]!.sentence === anchor.sentence && tokens[h.start]!.line === anchor.line && Math.abs(h.start - mention.start) <= 12);
}

// "kan ikke løfte brynene", and the face part as the subject: "one corner won't lift".
function faceBeside(hits: readonly TermHit[], mention: TermHit): boolean {
  return hits.some((h) => FACE_OBJECTS.has(h.concept) && ((h.start > mention.end && h.start - mention.end <= 3) || (h.end < mention.start && mention.start - h.end <= 2)));
}

function explained(input: ScreenInput, mention: TermHit, fn: VitalFunction): boolean {
  const { tokens } = input;
  const at = mention.start;
  const { sentence, clause } = tokens[at]!;
  // Eating named with a chewing sign anywhere in the message is the chewing: "kan ikke tygge
  // en skorpe. spiser suppe som en bedstemor".
  if (fn.id === "swallowing" && fn.explainedBy?.weak?.includes(mention.concept) && input.placed.some((p) => CHEWING.has(p.sign.id))) return true;
  const inSentence = input.placed.filter((p) => tokens[p.start]!.sentence === sentence);
  const explains = (p: { sign: { id: string } }) => fn.explainedBy?.signs.includes(p.sign.id) ?? false;
  const sameClause = (p: { start: number; end: number }) => tokens[p.start]!.clause <= clause && tokens[p.end]!.clause >= clause;
  if (inSentence.some((p) => explains(p) && (sameClause(p) || fn.explainedBy?.weak?.includes(mention.concept)))) return true;
  // "..., så jeg skal løfte hagen for at se", "så tunge at jeg skal løfte dem": a "so" right
  // after a placed sign makes what follows its consequence ("og så ..." only goes on to the next thing).
  const consequence = (i: number) => SO_WORDS.has(tokens[i]!.text) && tokens[i - 1]?.text !== "og" && tokens[i - 1]?.text !== "and";
  return inSentence.some((p) => p.end < at && at - p.end <= 8 && tokens.slice(p.end + 1, at).some((_, k) => at - (p.end + 1 + k) <= 6 && consequence(p.end + 1 + k)));
}
