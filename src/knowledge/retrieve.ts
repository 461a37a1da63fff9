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

const index = new TermIndex(QUESTION_LEXICON);

const COMPILED = ROUTES.map((route) => ({
  route,
  patterns: route.when.map((p) => {
    const slots = p.split("+").map((slot) => slot.trim().split("|").map((c) => c.trim()));
    for (const c of slots.flat()) if (!(c in QUESTION_LEXICON)) throw new Error(`route ${route.id}: unknown concept "${c}"`);
    return slots;
  }),
}));

/** Maps a question to the leaflet topic that answers it, to a known gap, or to nothing. */
export function retrieve(text: string): Retrieval {
  const concepts = new Set(index.find(tokenize(text).tokens.map((t) => t.text)).map((h) => h.concept));
  let best: { route: Route; score: number } | null = null;
  for (const { route, patterns } of COMPILED) {
    for (const slots of patterns) {
      if (!slots.every((alts) => alts.some((c) => concepts.has(c)))) continue;
      if (!best || slots.length > best.score) best = { route, score: slots.length };
    }
  }
  const smallTalk = concepts.has("thanks") ? "thanks" : concepts.has("greeting") ? "greeting" : null;
  if (!best) return { route: null, sources: [], answered: false, smallTalk };
  const { route } = best;
  const sources = route.topic ? [route.topic] : route.gap?.partOf ? [route.gap.partOf] : [];
  return { route, sources, answered: route.topic !== undefined, smallTalk };
}
