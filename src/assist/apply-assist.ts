import { topic } from "../knowledge/leaflet.js";
import { composeReply, type ReplyContext } from "../replies/compose-reply.js";
import type { Answer } from "../replies/answer-message.js";
import { fitsSms, toGsm } from "../text/gsm.js";
import { rank } from "../triage/types.js";
import type { Rephrasing, SecondOpinion } from "./openai-assist.js";

export type AssistOutcome = "raised" | "agreed" | "ignored" | "off";

/** What the assist said about one message; plain data, so it can ride on a machine event. */
export interface AssistResult {
  opinion: SecondOpinion | null;
  rephrasing: Rephrasing | null;
}

// Pure: the rules' answer with the assist's contribution, which can only raise the level.
// A raise becomes a finding carrying the model's reason, so the doctor sees why.
export function applyAssist(rules: Answer, assist: AssistResult | undefined, ctx: ReplyContext = {}): { answer: Answer; outcome: AssistOutcome } {
  if (!assist) return { answer: rules, outcome: "off" };
  const { opinion } = assist;
  let answer = rules;
  let outcome: AssistOutcome = "ignored";
  if (opinion && rank(opinion.level) > rank(rules.assessment.level)) {
    const assessment = {
      ...rules.assessment,
      level: opinion.level,
      ownLevel: rank(opinion.level) > rank(rules.assessment.ownLevel) ? opinion.level : rules.assessment.ownLevel,
      // An emergency has its answer: the screen's question would only hold it up.
      screen: opinion.level === "emergency" ? null : rules.assessment.screen,
      findings: [{ sign: "assist", level: opinion.level, words: toGsm(opinion.reason).slice(0, 200) }, ...rules.assessment.findings],
    };
    answer = { ...rules, assessment, reply: composeReply(assessment, rules.retrieval, ctx) };
    outcome = "raised";
  } else if (opinion && opinion.level === rules.assessment.level) {
    outcome = "agreed";
  }
  const reworded = answer.assessment.level === "info" ? checkedRephrasing(answer, assist.rephrasing) : null;
  if (reworded) answer = { ...answer, reply: { ...answer.reply, text: reworded } };
  return { answer, outcome };
}

/**
 * The model's wording is used only if it cites exactly the topics retrieval found, adds no
 * number those topics do not hold, and is ready for SMS as it stands.
 */
export function checkedRephrasing(rules: Answer, r: Rephrasing | null): string | null {
  const route = rules.retrieval.route;
  if (!r || !route?.topic || !rules.reply.answered) return null;
  const allowed = rules.retrieval.sources;
  if (r.sources.length === 0 || r.sources.some((s) => !allowed.includes(s))) return null;
  const grounded = allowed.map((id) => { const t = topic(id); return `${t.facts.join(" ")} ${t.reply.da} ${t.reply.en}`; }).join(" ");
  const numbers = r.reply.match(/\d+/g) ?? [];
  if (numbers.some((n) => !new RegExp(`(^|\\D)${n}(\\D|$)`).test(grounded))) return null;
  if (toGsm(r.reply) !== r.reply || !fitsSms(r.reply) || r.reply.trim().length === 0) return null;
  return r.reply;
}
