import { describe, expect, it } from "vitest";
import { digestText } from "../../src/flows/case-texts.js";
import type { CaseContext } from "../../src/flows/records.js";

/** A stored case as the escalation machine keeps it, with what the test gives it. */
function storedCase(overrides: Partial<CaseContext> = {}): CaseContext {
  return {
    ref: "K1", level: "review", patient: "+4512345678", language: "da", summary: "Mit øjenlåg hænger", findings: ["ptosis"],
    days: null, area: null, answers: {}, media: [], openedAt: 0, notes: [], deadlineAt: null, ackMs: { emergency: 1, urgent: 1 },
    digestAt: 1, pages: 0, ackedAt: null, closedAt: null, screenAnswer: null, ...overrides,
  };
}
const fromPatient = (texts: string[]) => texts.map((text, i) => ({ at: i + 1, from: "patient" as const, text }));

describe("the morning digest", () => {
  it("carries every word of every message of a long case, in SMS that Twilio takes", () => {
    const later = Array.from({ length: 12 }, (_, i) => `Besked nummer ${i + 2}: ${"det hænger stadig og jeg er lidt bekymret ".repeat(6).trim()} slut ${i + 2}`);
    const cases = [storedCase({ notes: fromPatient(later) }), storedCase({ ref: "K2", summary: "Må jeg flyve?" })];
    const digest = digestText(cases, () => []);
    expect(digest.length).toBeGreaterThan(1);
    for (const sms of digest) expect(sms.length).toBeLessThanOrEqual(1600);
    const all = digest.join(" ");
    const places = ["Mit øjenlåg hænger", ...later, "Må jeg flyve?"].map((words) => all.indexOf(words));
    expect(places.every((at) => at >= 0)).toBe(true);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });

  it("shows a photo sent on its own as a photo", () => {
    const [sms] = digestText([storedCase({ summary: "", notes: fromPatient([""]) })], () => []);
    expect(sms).toMatch(/"\(foto\)" \| "\(foto\)"/);
  });
});
