import { EVERYDAY_WORDS } from "../text/everyday-words.js";
import { TermIndex, type TermHit } from "../text/term-index.js";
import { tokenize } from "../text/tokenize.js";
import { TOPICS } from "./leaflet.js";
import { QUESTION_LEXICON } from "./question-lexicon.js";
import { ROUTES, type Route } from "./routes.js";

export interface Retrieval {
  /** The route that matched, or null when nothing in the message is recognised. */
  route: Route | null;
  /**
   * Every route that matched as well as the best: a question that fits two topics gets both
   * answers or goes to the clinic, never one topic picked by the order of the table.
   */
  routes: Route[];
  /** Leaflet topics the reply rests on. */
  sources: string[];
  /** True when the leaflet answers the question; false when it goes to the clinic. */
  answered: boolean;
  /** Some of what is asked is not answered by the topics found: the rest goes to the clinic. */
  partly?: boolean;
  smallTalk: "thanks" | "greeting" | null;
  /** What the asking sentences name: the reply keeps the sentences of a topic that speak to it. */
  concepts?: string[];
}

function build() {
  const index = new TermIndex(QUESTION_LEXICON, EVERYDAY_WORDS);
  // What each topic's answer speaks to, in either language.
  const topicConcepts = new Map(TOPICS.map((t) => [t.id, new Set([...index.find(tokenize(t.reply.da).words), ...index.find(tokenize(t.reply.en).words)].map((h) => h.concept))]));
  const compiled = ROUTES.map((route) => ({
    route,
    patterns: route.when.map((p) => {
      const slots = p.split("+").map((slot) => slot.trim().split("|").map((c) => c.trim()));
      for (const c of slots.flat()) if (!(c in QUESTION_LEXICON)) throw new Error(`route ${route.id}: unknown concept "${c}"`);
      return slots;
    }),
  }));
  return { index, topicConcepts, compiled };
}
// Built by the first message, not at start: stemming the lexicon and reading every topic's
// answer would make each start a tenth of a second slower.
let built: ReturnType<typeof build> | undefined;
const knowledge = () => (built ??= build());


// Every slot has one of its concepts in the message. Plain loops: this runs for every pattern
// of every route on every message.
function allPresent(slots: string[][], concepts: Set<string>): boolean {
  for (const alts of slots) {
    let any = false;
    for (const c of alts) if (concepts.has(c)) { any = true; break; }
    if (!any) return false;
  }
  return true;
}

/**
 * Maps a question to the leaflet topic that answers it, to a known gap, or to nothing. The
 * sentences that ask (with their question mark) are read first: "Travl uge, undskyld. Får jeg
 * ondt i ansigtet?" is about the treatment, not the week. Only when they name nothing the
 * leaflet knows is the whole message read.
 */
export function retrieve(text: string): Retrieval {
  const tokenized = tokenize(text);
  const hits = knowledge().index.find(tokenized.words);
  const asking = hits.filter((h) => tokenized.questions[tokenized.tokens[h.start]!.sentence]);
  return { ...route(tokenized, hits, asking), concepts: [...new Set((asking.length > 0 ? asking : hits).map((h) => h.concept))] };
}

/** The question-lexicon concepts a text names: a reply sentence is kept for what it speaks to. */
export function conceptsOf(text: string): Set<string> {
  return new Set(knowledge().index.find(tokenize(text).words).map((h) => h.concept));
}

function route(tokenized: ReturnType<typeof tokenize>, hits: TermHit[], asking: TermHit[]): Retrieval {
  const smallTalk = hits.some((h) => h.concept === "thanks") ? "thanks" : hits.some((h) => h.concept === "greeting") ? "greeting" : null;
  const sentenceOf = (h: TermHit) => tokenized.tokens[h.start]!.sentence;
  // Two questions in one message ("må jeg have makeup på? og skal jeg betale for mere?") each
  // get their answer; one the leaflet does not answer goes to the clinic with the rest.
  const asked = [...new Set(tokenized.tokens.map((t) => t.sentence))].filter((n) => tokenized.questions[n] && tokenized.tokens.filter((t) => t.sentence === n).length >= 3);
  if (asked.length >= 2) {
    // A question naming nothing the leaflet knows follows on from the one before it ("hvor lang
    // tid tager det? kan jeg nå det i frokostpausen?"); one naming something else is asked apart.
    // One that routes nowhere alone, but whose every word the answer before it speaks to, is a
    // follow-on of it ("how do I reach you at night? can I send a picture?"), answered with it.
    const own = asked.map((n) => hits.filter((h) => sentenceOf(h) === n)).filter((list) => list.length > 0);
    const parts: Retrieval[] = [];
    for (const list of own) {
      const alone = retrieval(routeFor(new Set(list.map((h) => h.concept))).routes, smallTalk);
      const before = parts.at(-1);
      const covered = !alone.route && before?.route?.topic !== undefined && list.every((h) => before.routes.some((r) => r.topic && knowledge().topicConcepts.get(r.topic)!.has(h.concept)));
      parts.push(covered ? before! : alone);
    }
    const topics = [...new Set(parts.flatMap((p) => (p.route?.topic ? p.routes : [])))];
    if (topics.length > 0) {
      const partly = parts.some((p) => !p.route?.topic);
      return { route: topics[0]!, routes: topics, sources: [...new Set(topics.map((r) => r.topic!))], answered: !partly, partly, smallTalk };
    }
  }
  const whole = routeFor(new Set(hits.map((h) => h.concept)));
  // The asking sentences win unless the whole message says more ("my mum has myasthenia ... is that safe?").
  const first = asking.length < hits.length ? routeFor(new Set(asking.map((h) => h.concept))) : null;
  const chosen = first && first.routes.length > 0 && (first.score >= whole.score || !whole.routes.some((r) => r.overrides)) ? first : whole;
  return retrieval(chosen.routes, smallTalk);
}

function routeFor(concepts: Set<string>): { routes: Route[]; score: number } {
  let score = 0;
  let tied: Route[] = [];
  for (const { route, patterns } of knowledge().compiled) {
    for (const slots of patterns) {
      if (!allPresent(slots, concepts)) continue;
      // A pregnancy or an illness asked about goes to the clinic, whatever else the question names.
      const weight = route.overrides ? 100 : slots.length;
      if (weight < score) continue;
      if (weight > score) tied = [];
      score = weight;
      if (!tied.includes(route)) tied.push(route);
    }
  }
  return { routes: tied, score };
}

function retrieval(tied: Route[], smallTalk: Retrieval["smallTalk"]): Retrieval {
  // Two routes to one topic are one answer. When the leaflet is silent on one reading of the
  // question ("hvad koster det at få lavet panden?"), the clinic answers it: the gap comes first.
  const routes = tied.filter((r, i) => !r.topic || tied.findIndex((o) => o.topic === r.topic) === i).sort((a, b) => Number(!a.gap) - Number(!b.gap));
  const route = routes[0];
  if (!route) return { route: null, routes: [], sources: [], answered: false, smallTalk };
  const sources = [...new Set(routes.flatMap((r) => (r.topic ? [r.topic] : r.gap?.partOf ? [r.gap.partOf] : [])))];
  return { route, routes, sources, answered: route.topic !== undefined, smallTalk };
}
