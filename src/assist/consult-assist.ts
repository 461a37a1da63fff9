import { topic } from "../knowledge/leaflet.js";
import type { Answer } from "../replies/answer-message.js";
import type { AssistResult } from "./apply-assist.js";
import type { Assist } from "./openai-assist.js";

/** Asks the assist, when it is on, about one message: a second opinion, and a wording for a leaflet answer. */
export async function consultAssist(assist: Assist | null | undefined, text: string, rules: Answer): Promise<AssistResult | undefined> {
  if (!assist || !text.trim()) return undefined;
  const route = rules.retrieval.route;
  const wording = rules.assessment.level === "info" && route?.topic && rules.reply.answered
    ? assist.rephrase(text, rules.retrieval.sources.map(topic), rules.assessment.language)
    : Promise.resolve(null);
  const [opinion, rephrasing] = await Promise.all([assist.secondOpinion(text), wording]);
  return { opinion, rephrasing };
}
