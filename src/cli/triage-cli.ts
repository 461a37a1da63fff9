import { createInterface } from "node:readline";
import { answerMessage, type Answer } from "../replies/answer-message.js";

// `triage --jsonl`: one JSON line out for every line in, in order; anything else goes to stderr.
// `triage "text"`: a readable assessment of one message.
function toJson(id: unknown, answer: Answer) {
  const { assessment, reply } = answer;
  return { id, level: assessment.level, language: assessment.language, answered: reply.answered, sources: reply.sources, reply: reply.text };
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
      process.stdout.write(JSON.stringify(toJson(id, answerMessage(input.text))) + "\n");
    } catch (err) {
      process.stderr.write(`triage: line not handled (${(err as Error).message})\n`);
      process.stdout.write(JSON.stringify({ id, error: (err as Error).message }) + "\n");
    }
  }
}

function readable(text: string): void {
  const { assessment: a, retrieval, reply } = answerMessage(text);
  const out = [
    `level:     ${a.level}`,
    `language:  ${a.language}`,
    `findings:  ${a.findings.map((f) => `${f.sign} (${f.level}: "${f.words}")`).join(", ") || "none"}`,
    ...(a.asked.length ? [`asked:     ${a.asked.map((f) => f.sign).join(", ")}`] : []),
    `missing:   ${a.missingInfo.join(", ") || "nothing"}`,
    `route:     ${retrieval.route?.id ?? "none"}`,
    `answered:  ${reply.answered}  sources: ${reply.sources.join(", ") || "none"}`,
    "",
    reply.text,
  ];
  process.stdout.write(out.join("\n") + "\n");
}

const args = process.argv.slice(2);
if (args.includes("--jsonl")) {
  await jsonl();
} else if (args.length > 0) {
  readable(args.join(" "));
} else {
  process.stderr.write('usage: npm run triage -- "message"  |  npm run --silent triage -- --jsonl < cases.jsonl\n');
  process.exitCode = 2;
}
