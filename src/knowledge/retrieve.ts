import { EVERYDAY_WORDS } from "../text/everyday-words.js";
import { TermIndex } from "../text/term-index.js";
import { tokenize } from "../text/tokenize.js";
import { QUESTION_LEXICON } from "./question-lexicon.js";
import { ROUTES, type Route } from "./routes.js";

export interface Retrieval {
  /** The route that matched, or null when nothing in the message is recognised. */
  route: Route | null;
  /** Leaflet topics the reply rests on. */
  sources: string[];
  /** True when the leaflet answers the question; false when it goes to the clinic. */
  answered: boolean;
  smallTalk: "thanks" | "greeting" | null;
}

const index = new TermIndex(QUESTION_LEXICON, EVERYDAY_WORDS);

const COMPILED = ROUTES.map((route) => ({
  route,
  patterns: route.when.map((p) => {
    const slots = p.split("+").map((slot) => slot.trim().split("|").map((c) => c.trim()));
    for (const c of slots.flat()) if (!(c in QUESTION_LEXICON)) throw new Error(`route ${route.id}: unknown concept "${c}"`);
    return slots;
  }),
}));

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

/** Maps a question to the leaflet topic that answers it, to a known gap, or to nothing. */
export function retrieve(text: string): Retrieval {
  const concepts = new Set<string>();
  for (const hit of index.find(tokenize(text).words)) concepts.add(hit.concept);
  let best: { route: Route; score: number } | null = null;
  for (const { route, patterns } of COMPILED) {
    for (const slots of patterns) {
      if (!allPresent(slots, concepts)) continue;
      if (!best || slots.length > best.score) best = { route, score: slots.length };
    }
  }
  const smallTalk = concepts.has("thanks") ? "thanks" : concepts.has("greeting") ? "greeting" : null;
  if (!best) return { route: null, sources: [], answered: false, smallTalk };
  const { route } = best;
  const sources = route.topic ? [route.topic] : route.gap?.partOf ? [route.gap.partOf] : [];
  return { route, sources, answered: route.topic !== undefined, smallTalk };
}
