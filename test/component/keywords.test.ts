import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { segments } from "../../src/text/gsm.js";
import { buildInboundSms, DOCTOR, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeEach(async () => { h = await startHarness({ OUT_OF_HOURS_NUMBER: "1813" }); });
afterEach(async () => { await h.close(); });

describe("keywords that work in any state", () => {
  it("stops messages on STOP, and still gives a stopped patient the 112 reply to a red flag", async () => {
    const from = buildInboundSms().From!;
    const stop = await h.post(buildInboundSms({ From: from, Body: "STOP" }));
    expect(stop.messages[0]).toMatch(/afmeldt/);
    const quiet = await h.post(buildInboundSms({ From: from, Body: "Hvornår virker det?" }));
    expect(quiet.messages).toEqual([]);
    const red = await h.post(buildInboundSms({ From: from, Body: "Jeg kan ikke trække vejret" }));
    expect(red.messages[0]).toMatch(/^Ring 112 nu/);
    expect(h.sms.filter((s) => s.to === DOCTOR)).toHaveLength(1);
  });

  it("accepts STOPP and AFMELD, and resumes on START", async () => {
    const from = buildInboundSms().From!;
    expect((await h.post(buildInboundSms({ From: from, Body: "stopp" }))).messages[0]).toMatch(/afmeldt/);
    expect((await h.post(buildInboundSms({ From: from, Body: "Afmeld" }))).messages[0]).toMatch(/afmeldt/);
    expect((await h.post(buildInboundSms({ From: from, Body: "START" }))).messages[0]).toMatch(/Velkommen tilbage/);
    expect((await h.post(buildInboundSms({ From: from, Body: "Hvornår virker det?" }))).messages[0]).toMatch(/2-3 dage/);
  });

  it("answers HJÆLP and HELP with what the line is for, 112 and the out-of-hours service by name and number", async () => {
    const help = (await h.send({ Body: "HJÆLP" })).messages[0]!;
    expect(help).toMatch(/^Dette er klinikkens automatiske akutlinje efter botox\./);
    expect(help).toContain("Får du svært ved at synke, tale eller trække vejret, så ring 112.");
    expect(help).toContain("Har du brug for en læge, mens klinikken har lukket, så ring til Akuttelefonen på 1813.");
    expect((await h.send({ Body: "help" })).messages[0]).toContain("så ring til Akuttelefonen på 1813.");
  });

  it("names the out-of-hours service the clinic has configured for its region", async () => {
    const other = await startHarness({ OUT_OF_HOURS_NAME: "Lægevagten i Region Midtjylland", OUT_OF_HOURS_NUMBER: "70113131" });
    try {
      const help = (await other.send({ Body: "HJÆLP" })).messages[0]!;
      expect(help).toContain("så ring til Lægevagten i Region Midtjylland på 70 11 31 31.");
      expect(help).not.toMatch(/1813|Akuttelefonen/);
      expect(segments(help).gsm).toBe(true);
      expect(segments(help).count).toBeLessThanOrEqual(3);
    } finally {
      await other.close();
    }
  });

  it("reads 'hjælp' inside a sentence as a message, not a keyword", async () => {
    const res = await h.send({ Body: "Hjælp, jeg kan ikke synke" });
    expect(res.messages[0]).toMatch(/^Ring 112 nu/);
  });

  it("keeps STOP through a handed-over case and its closing", async () => {
    const from = buildInboundSms().From!;
    await h.post(buildInboundSms({ From: from, Body: "Mit øjenlåg hænger" }));
    await h.post(buildInboundSms({ From: from, Body: "STOP" }));
    await h.post(buildInboundSms({ From: DOCTOR, Body: "LUK K1" }));
    expect((await h.post(buildInboundSms({ From: from, Body: "Hvornår virker det?" }))).messages).toEqual([]);
  });
});
