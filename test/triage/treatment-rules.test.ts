import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerMessage } from "../../src/replies/answer-message.js";
import { AREAS, type AreaId } from "../../src/treatments/treatment.js";
import { rank } from "../../src/triage/types.js";

const cases = readFileSync(new URL("../cases/triage-cases.jsonl", import.meta.url), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { text: string });
const AT = Date.parse("2026-11-26T20:00:00Z");
const DAY = 86_400_000;
// Every day that changes a rule (the ptosis window, full effect, months later) and every area.
const RECORDS = [0, 1, 3, 10, 14, 15, 30, 59, 60, 200].flatMap((days) =>
  [["forehead", "frown-lines", "crows-feet"], ["masseter"], ["neck", "chin"], ["armpits"], [...AREAS]].map((areas) => ({ treatedAt: AT - days * DAY, areas: areas as AreaId[] })),
);

describe("the treatment record in triage", () => {
  it("never lowers a level, never removes a screen, and leaves a red flag's 112 reply first", () => {
    const redFlags = cases.map((c) => ({ text: c.text, own: answerMessage(c.text, {}, AT) })).filter(({ own }) => own.assessment.level === "emergency" || own.assessment.screen);
    expect(redFlags.length).toBeGreaterThan(500);
    for (const { text, own } of redFlags) {
      for (const record of RECORDS) {
        const read = answerMessage(text, {}, AT, record);
        expect(rank(read.assessment.level), text).toBeGreaterThanOrEqual(rank(own.assessment.level));
        expect(Boolean(read.assessment.screen), text).toBe(Boolean(own.assessment.screen));
        if (own.assessment.level === "emergency") expect(read.reply.text, text).toMatch(/^Ring 112/);
      }
    }
  });

  it("never lowers any message of the case file, whatever the record", () => {
    for (const { text } of cases.filter((_, i) => i % 7 === 0)) {
      const own = answerMessage(text, {}, AT).assessment;
      for (const record of RECORDS) {
        const read = answerMessage(text, {}, AT, record).assessment;
        expect(rank(read.level), text).toBeGreaterThanOrEqual(rank(own.level));
        expect(rank(read.ownLevel), text).toBeGreaterThanOrEqual(rank(own.ownLevel));
      }
    }
  });

  it("keeps an emergency after the jaw an emergency on any day, and names the treated area first", () => {
    for (const days of [1, 14, 90]) {
      const read = answerMessage("Min stemme er blevet hæs og jeg synker dårligt", {}, AT, { treatedAt: AT - days * DAY, areas: ["masseter"] });
      expect(read.assessment.level).toBe("emergency");
      expect(read.treatment?.facts.areaFirst).toBe(true);
    }
    expect(answerMessage("Min stemme er blevet hæs", {}, AT, { treatedAt: AT - DAY, areas: ["forehead"] }).treatment?.facts.areaFirst).toBe(false);
  });

  it("gives the leaflet's ptosis words only from day 2 to day 14 after the upper face", () => {
    const words = (days: number, areas: AreaId[]) => answerMessage("Mit øjenlåg hænger", {}, AT, { treatedAt: AT - days * DAY, areas }).treatment?.words;
    expect([1, 2, 7, 14, 15].map((d) => words(d, ["crows-feet"]))).toEqual([null, "ptosis-eyelid", "ptosis-eyelid", "ptosis-eyelid", null]);
    expect(words(5, ["masseter"])).toBeNull();
    expect(answerMessage("Mit øjenbryn hænger", {}, AT, { treatedAt: AT - 5 * DAY, areas: ["forehead"] }).treatment?.words).toBe("ptosis-brow");
  });

  it("asks neither the days nor the area, which the record holds", () => {
    const own = answerMessage("Jeg har hovedpine", {}, AT).assessment;
    expect(own.missingInfo).toContain("daysSinceTreatment");
    const read = answerMessage("Jeg har hovedpine", {}, AT, { treatedAt: AT - 2 * DAY, areas: ["forehead"] }).assessment;
    expect(read.missingInfo).toEqual([]);
    expect(read.daysSinceTreatment).toBe(2);
  });
});
