import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerMessage } from "../../src/replies/answer-message.js";
import { MAX_SEGMENTS, segments } from "../../src/text/gsm.js";
import { rank, type Level } from "../../src/triage/types.js";

// The project's own labelled messages: the shared dev cases plus wordings of our own.
// Scored the way ../shared/triage/score.mjs scores the CLI, with the thresholds of issue 2.
interface Case {
  id: string;
  text: string;
  gold: Level[];
  answered?: boolean;
  facts?: string[];
}

// The held-out batches join once they are scored (their first, honest figures are in the
// README): from then on they guard what was learnt from them.
const read = (file: string): Case[] => readFileSync(new URL(file, import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Case);
const cases: Case[] = [...read("./triage-cases.jsonl"), ...read("./held-out.jsonl")];

// A screened message reaches the emergency path on a yes and a person tonight without one: it
// counts as caught for an emergency, as ../shared/triage/score.mjs counts it.
const results = cases.map((c) => {
  const { assessment, reply } = answerMessage(c.text);
  const screened = assessment.screen !== null && rank(assessment.level) >= rank("urgent");
  return { c, level: assessment.level, screened, effective: screened ? "emergency" as Level : assessment.level, reply };
});

const misses = (list: typeof results) => list.map((r) => `${r.c.id} gold=${r.c.gold.join("/")} got=${r.level}: ${r.c.text}`);

describe("the labelled case file", () => {
  it("holds well over the shared dev cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(500);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it("has no under-triage of emergency or urgent cases", () => {
    const hazardous = results.filter((r) => rank(r.effective) < Math.min(...r.c.gold.map(rank)) && Math.min(...r.c.gold.map(rank)) >= rank("urgent"));
    expect(misses(hazardous)).toEqual([]);
  });

  it("catches every emergency", () => {
    const missed = results.filter((r) => r.c.gold.every((g) => g === "emergency") && r.effective !== "emergency");
    expect(misses(missed)).toEqual([]);
  });

  it("gets the level right in at least 95% of cases", () => {
    const wrong = results.filter((r) => !r.c.gold.includes(r.level) && !(r.screened && r.c.gold.includes("emergency")));
    expect(1 - wrong.length / cases.length, misses(wrong).join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("over-triages at most 5% of cases", () => {
    const over = results.filter((r) => rank(r.level) > Math.max(...r.c.gold.map(rank)));
    expect(over.length / cases.length, misses(over).join("\n")).toBeLessThanOrEqual(0.05);
  });

  it("answers at least 90% of questions right, with the leaflet's facts", () => {
    const questions = results.filter((r) => r.c.answered !== undefined);
    const wrong = questions.filter(({ c, reply }) => {
      if (reply.answered !== c.answered) return true;
      return c.answered && !(c.facts ?? []).every((f) => new RegExp(f, "i").test(reply.text));
    });
    expect(questions.length).toBeGreaterThanOrEqual(100);
    expect(1 - wrong.length / questions.length, wrong.map((r) => `${r.c.id}: ${r.c.text} -> ${r.reply.text}`).join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps every reply GSM-7 and within three segments", () => {
    const bad = results.filter((r) => {
      const seg = segments(r.reply.text);
      return !seg.gsm || seg.count > MAX_SEGMENTS;
    });
    expect(bad.map((r) => r.c.id)).toEqual([]);
  });
});
