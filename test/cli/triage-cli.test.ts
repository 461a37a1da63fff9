import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
const env = { ...process.env, OPENAI_API_KEY: "" };
const run = (args: string[], input = "") => spawnSync(tsx, ["src/cli/triage-cli.ts", ...args], { cwd: root, input, encoding: "utf8", env });

describe("triage CLI", () => {
  it("writes one JSON line per input line, in order, with nothing else on stdout", () => {
    const input = [
      { id: "q1", text: "Hvornår ser jeg den fulde effekt?" },
      { id: "e1", text: "Jeg kan ikke synke" },
      { id: "r1", text: "My eyebrow is drooping" },
      { id: "s1", text: "armen er helt mør og ryster" },
    ].map((l) => JSON.stringify(l)).join("\n") + "\n";
    const out = run(["--jsonl"], input);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["q1", "e1", "r1", "s1"]);
    expect(lines[0]).toMatchObject({ level: "info", language: "da", answered: true, sources: ["effect-onset"] });
    expect(lines[1].level).toBe("emergency");
    expect(lines[1].reply).toMatch(/^Ring 112/);
    expect(lines[2]).toMatchObject({ level: "review", language: "en", screen: false });
    // A vital function told by what happens gets the red-flag screen; no answer means urgent.
    expect(lines[3]).toMatchObject({ level: "urgent", screen: true });
    expect(lines[3].reply).toMatch(/^Svar JA eller NEJ/);
    expect(Object.keys(lines[0]).sort()).toEqual(["answered", "assist", "id", "language", "level", "reply", "screen", "sources"]);
    expect(lines.every((l) => l.assist === "off")).toBe(true);
  });

  it("answers a malformed line with an error line and carries on", () => {
    const out = run(["--jsonl"], 'not json\n{"id":"x","text":"Tusind tak!"}\n');
    const lines = out.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveProperty("error");
    expect(lines[1]).toMatchObject({ id: "x", level: "info" });
    expect(out.stderr).toMatch(/line not handled/);
  });

  it("prints a readable assessment of one message", () => {
    const out = run(["min pande er tung"]);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/level:\s+review/);
    expect(out.stdout).toMatch(/heavy-forehead/);
  });
});
