import { createInterface } from "node:readline";
import { applyAssist, type AssistOutcome } from "../assist/apply-assist.js";
import { consultAssist } from "../assist/consult-assist.js";
import { openAiAssist } from "../assist/openai-assist.js";
import { ConfigError, loadConfig } from "../config.js";
import { createLogger } from "../log/logger.js";
import { answerMessage, type Answer } from "../replies/answer-message.js";

// `triage --jsonl`: one JSON line out for every line in, in order; anything else goes to stderr.
// `triage "text"`: a readable assessment of one message.
// With OPENAI_API_KEY set, the LLM assist is consulted as in the webhook (it can only raise).
let config;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`triage: ${err.message}\n`);
  process.exit(2);
}
const assist = config.assist ? openAiAssist({ ...config.assist, log: createLogger("warn") }) : null;

async function answer(text: string): Promise<{ answer: Answer; outcome: AssistOutcome }> {
  const rules = answerMessage(text);
  if (!assist) return { answer: rules, outcome: "off" };
  const result = applyAssist(rules, await consultAssist(assist, text, rules));
  return { answer: result.answer, outcome: result.outcome === "off" ? "ignored" : result.outcome };
}

function toJson(id: unknown, { answer: a, outcome }: { answer: Answer; outcome: AssistOutcome }) {
  const { assessment, reply } = a;
  return { id, level: assessment.level, language: assessment.language, answered: reply.answered, sources: reply.sources, reply: reply.text, screen: assessment.screen !== null, assist: outcome };
}

async function jsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const input = JSON.parse(line) as { id?: unknown; text?: unknown };
      id = input.id ?? null;
      if (typeof input.text !== "string") throw new Error("no text");
      process.stdout.write(JSON.stringify(toJson(id, await answer(input.text))) + "\n");
    } catch (err) {
      process.stderr.write(`triage: line not handled (${(err as Error).message})\n`);
      process.stdout.write(JSON.stringify({ id, error: (err as Error).message }) + "\n");
    }
  }
}

async function readable(text: string): Promise<void> {
  const result = await answer(text);
  const { assessment: a, retrieval, reply } = result.answer;
  const out = [
    `level:     ${a.level}`,
    `language:  ${a.language}`,
    `findings:  ${a.findings.map((f) => `${f.sign} (${f.level}: "${f.words}")`).join(", ") || "none"}`,
    ...(a.screen ? [`screen:    ${a.screen.reason}${a.screen.function ? ` (${a.screen.function})` : ""}: "${a.screen.words}"; no answer: ${a.level}, a "no": ${a.ownLevel}`] : []),
    ...(a.about === "other" ? ["about:     someone else"] : []),
    ...(a.asked.length ? [`asked:     ${a.asked.map((f) => f.sign).join(", ")}`] : []),
    `missing:   ${a.missingInfo.join(", ") || "nothing"}`,
    `route:     ${retrieval.route?.id ?? "none"}`,
    `answered:  ${reply.answered}  sources: ${reply.sources.join(", ") || "none"}`,
    `assist:    ${result.outcome}`,
    "",
    reply.text,
  ];
  process.stdout.write(out.join("\n") + "\n");
}

const args = process.argv.slice(2);
if (args.includes("--jsonl")) {
  await jsonl();
} else if (args.length > 0) {
  await readable(args.join(" "));
} else {
  process.stderr.write('usage: npm run triage -- "message"  |  npm run --silent triage -- --jsonl < cases.jsonl\n');
  process.exitCode = 2;
}
