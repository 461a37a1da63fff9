import { describe, expect, it } from "vitest";
import { alreadyAckedText, caseFacts, digestText, pageText } from "../../src/flows/case-texts.js";
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

describe("numbers in the doctor's texts", () => {
  it("agree with what they count: 1 dag, behandlet i dag, 1 sag", () => {
    expect(caseFacts(storedCase({ days: 1 }))).toBe(" 1 dag siden behandling.");
    expect(caseFacts(storedCase({ days: 0 }))).toBe(" behandlet i dag.");
    expect(caseFacts(storedCase({ days: 5 }))).toBe(" 5 dage siden behandling.");
    expect(caseFacts(storedCase({ days: 5, laterDays: [0, 1, 3] }))).toBe(" 5 dage siden behandling (senere skrevet: i dag, 1 dag, 3 dage).");
    expect(digestText([storedCase()], () => [])[0]).toMatch(/^Gennemgang \(1 sag\):/);
    expect(digestText([storedCase(), storedCase({ ref: "K2" })], () => [])[0]).toMatch(/^Gennemgang \(2 sager\):/);
  });
});

describe("a second OK", () => {
  it("says when the case was acknowledged, in Copenhagen time, with the date once it is another day", () => {
    const acked = Date.parse("2026-11-26T20:05:00Z");
    expect(alreadyAckedText("K1", acked, acked + 60_000)).toBe("K1 er allerede kvitteret kl. 21.05.");
    expect(alreadyAckedText("K1", acked, Date.parse("2026-11-27T08:00:00Z"))).toBe("K1 er allerede kvitteret d. 26/11 kl. 21.05.");
  });
});

describe("each case in the digest", () => {
  it("shows its level and what the patient told of, so the doctor sees at a glance what waits", () => {
    const [sms] = digestText([
      storedCase({ findings: ["drooping-eyelid", "bruise"] }),
      storedCase({ ref: "K2", level: "info", summary: "Spørgsmål: Må jeg flyve?", findings: [] }),
      storedCase({ ref: "K3", summary: "", findings: [], media: [{ url: "https://x.test/1", contentType: "image/jpeg" }] }),
      storedCase({ ref: "K4", summary: "hun taber gaflen", findings: ["screen: taber gaflen"], screenAnswer: "no" }),
    ], () => []);
    expect(sms).toContain("\nK1 GENNEMGANG, hængende øjenlåg og blåt mærke. +4512345678:");
    expect(sms).toContain("\nK2 INFO, spørgsmål. +4512345678:");
    expect(sms).toContain("\nK3 GENNEMGANG, foto. +4512345678:");
    expect(sms).toContain("\nK4 GENNEMGANG, uafklaret (taber gaflen), svarede NEJ til screeningen. +4512345678:");
  });
});

describe("the page", () => {
  it("quotes a long case's first words and the words that raised it, in the order written", () => {
    const first = `Jeg fik botox i panden i går. ${"Det strammer lidt og jeg er lidt hævet omkring stikkene. ".repeat(6)}`;
    const page = pageText(storedCase({ level: "emergency", summary: first, notes: fromPatient(["Hvornår går det over?", "Nu kan jeg ikke synke ordentligt"]) }), 1, "doctor", []);
    expect(page).toMatch(/^K1 AKUT\. /);
    const start = page.indexOf("Jeg fik botox i panden i går.");
    const raised = page.indexOf("Nu kan jeg ikke synke ordentligt");
    expect(start).toBeGreaterThan(0);
    expect(raised).toBeGreaterThan(start);
    expect(page.length).toBeLessThanOrEqual(600);
  });
});
