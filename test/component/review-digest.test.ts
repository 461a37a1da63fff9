import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildInboundSms, DOCTOR, startHarness, THURSDAY_EVENING, type Harness } from "../support/harness.js";

let h: Harness;
const FRIDAY_OPENING = Date.parse("2026-11-27T07:00:00Z"); // Friday 08:00 in Copenhagen
const doctorSms = () => h.sms.filter((s) => s.to === DOCTOR);
beforeEach(async () => { h = await startHarness(); });
afterEach(async () => { await h.close(); });

describe("review cases", () => {
  it("wake no one at night and go to the doctor as one digest when the clinic opens", async () => {
    const a = buildInboundSms({ Body: "Mit øjenlåg hænger, behandlet i panden for 3 dage siden" });
    const res = await h.post(a);
    expect(res.messages[0]).toMatch(/klinikken kontakter dig i morgen/);
    await h.send({ Body: "Jeg er tør i munden" });
    await h.bot.tick();
    expect(h.sms).toEqual([]);

    h.clock.now = FRIDAY_OPENING - 60_000;
    await h.bot.tick();
    expect(h.sms).toEqual([]);
    h.clock.now = FRIDAY_OPENING;
    await h.bot.tick();
    const digest = doctorSms();
    expect(digest).toHaveLength(1);
    expect(digest[0]!.body).toMatch(/^Gennemgang \(2 sager\):/);
    expect(digest[0]!.body).toMatch(new RegExp(`\\nK1 GENNEMGANG, hængende øjenlåg[^.]*\\. \\${a.From}: 3 dage siden behandling`));
    expect(digest[0]!.body).toMatch(/\nK2 GENNEMGANG, mundtørhed\. \+45/);

    await h.bot.tick();
    expect(doctorSms()).toHaveLength(1);
    expect((await h.stores.cases.get("K1"))?.snapshot.value).toBe("reviewing");
  });

  it("bring the night's unanswered questions to the doctor with the morning digest", async () => {
    const q = buildInboundSms({ Body: "Må jeg flyve dagen efter behandlingen?" });
    await h.post(q);
    await h.bot.tick();
    expect(h.sms).toEqual([]);
    h.clock.now = FRIDAY_OPENING;
    await h.bot.tick();
    const digest = doctorSms();
    expect(digest).toHaveLength(1);
    expect(digest[0]!.body).toContain(`K1 INFO, spørgsmål. ${q.From}: "Spørgsmål: Må jeg flyve dagen efter behandlingen?"`);
  });

  it("bring every message of a case to the doctor, oldest first", async () => {
    const from = buildInboundSms().From!;
    const said = ["Mit øjenlåg hænger, behandlet i panden for 3 dage siden", "kan jeg træne i dag?", "Jeg har også lidt hovedpine"];
    for (const body of said) {
      await h.post(buildInboundSms({ From: from, Body: body }));
      h.clock.advance(10 * 60_000);
    }
    expect(doctorSms()).toEqual([]);
    h.clock.now = FRIDAY_OPENING;
    await h.bot.tick();
    const digest = doctorSms().map((s) => s.body).join(" ");
    const places = said.map((words) => digest.indexOf(words));
    expect(places.every((at) => at >= 0), digest).toBe(true);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });

  it("tells a Friday-evening patient that the clinic calls on Monday", async () => {
    h.clock.now = THURSDAY_EVENING + 24 * 60 * 60 * 1000;
    const res = await h.send({ Body: "Panden føles tung" });
    expect(res.messages[0]).toMatch(/klinikken kontakter dig på mandag/);
  });
});

describe("a review case that turns urgent", () => {
  it("tells the patient that the doctor is told now, no longer that the clinic calls on Monday", async () => {
    h.clock.now = THURSDAY_EVENING + 24 * 60 * 60 * 1000; // Friday evening
    const from = buildInboundSms().From!;
    const first = await h.post(buildInboundSms({ From: from, Body: "Panden føles tung, behandlet for 3 dage siden i panden" }));
    expect(first.messages[0]).toMatch(/klinikken kontakter dig på mandag/);
    const raised = await h.post(buildInboundSms({ From: from, Body: "Nu kommer der pus ud af et stiksted" }));
    expect(raised.messages[0]).toMatch(/Lægen får besked nu og kontakter dig i aften\./);
    expect(raised.messages[0]).not.toMatch(/mandag/);
    expect(doctorSms()).toHaveLength(1);
    expect(doctorSms()[0]!.body).toMatch(/^K1 HASTER/);
  });

  it("says so too when the answer to our question is what raises it", async () => {
    const from = buildInboundSms().From!;
    await h.post(buildInboundSms({ From: from, Body: "Mine øjne er meget tørre" }));
    await h.post(buildInboundSms({ From: from, Body: "2 dage" }));
    const raised = await h.post(buildInboundSms({ From: from, Body: "ja" }));
    expect(raised.messages[0]).toMatch(/Lægen får besked nu og kontakter dig i aften\./);
    expect(raised.messages[0]).not.toMatch(/i morgen/);
    expect(doctorSms()[0]!.body).toMatch(/^K1 HASTER/);
  });
});

describe("opening hours shape what an urgent patient is told", () => {
  it("says the doctor calls tonight in the evening", async () => {
    const res = await h.send({ Body: "Der kommer materie ud af et stiksted" });
    expect(res.messages[0]).toMatch(/kontakter dig i aften/);
  });

  it("says the doctor calls today within opening hours", async () => {
    h.clock.now = Date.parse("2026-11-26T10:00:00Z");
    const res = await h.send({ Body: "Der kommer materie ud af et stiksted" });
    expect(res.messages[0]).toMatch(/kontakter dig i dag/);
  });
});
