import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { gsmUnits, segments } from "../../src/text/gsm.js";
import { buildInboundSms, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeEach(async () => { h = await startHarness(); });
afterEach(async () => { await h.close(); });

const AUTOMATIC = /automatisk|automated/i;
const said = (messages: string[]) => messages.join(" ").match(new RegExp(AUTOMATIC, "gi"))?.length ?? 0;

/** A patient of their own, who writes whatever the test sends. */
function patient() {
  const from = buildInboundSms().From!;
  return { from, say: async (body: string) => (await h.post(buildInboundSms({ From: from, Body: body }))).messages };
}

function expectSmsSized(messages: string[]) {
  for (const text of messages) {
    const seg = segments(text);
    expect(seg.gsm, text).toBe(true);
    expect(seg.count, text).toBeLessThanOrEqual(3);
  }
}

describe("the bot says it is an automatic service of the clinic", () => {
  it("once, at the start of the first reply of a conversation", async () => {
    const p = patient();
    const first = await p.say("Mit øjenlåg hænger");
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/^Hej\. Du skriver til klinikkens automatiske akutlinje\. Tak for beskeden\./);
    expect(first[0]).toMatch(/så ring 112\.$/);
    expectSmsSized(first);
    const second = await p.say("3 dage siden");
    expect(said(second)).toBe(0);
    expect(said(await p.say("Hvornår virker det?"))).toBe(0);
  });

  it("in English to an English writer", async () => {
    const first = await patient().say("When will I see the full effect?");
    expect(first[0]).toMatch(/^Hello\. This is the clinic's automated after-treatment line\. /);
    expectSmsSized(first);
  });

  it("after the 112 reply, which still comes first and ends with what to do", async () => {
    const first = await patient().say("Jeg kan ikke synke");
    expect(first[0]).toMatch(/^Ring 112 nu\./);
    expect(first[0]).toMatch(/ring 112 igen\.$/);
    expect(said(first)).toBe(1);
    expectSmsSized(first);
  });

  it("beside the screening question, which stays one SMS of its own", async () => {
    const p = patient();
    const first = await p.say("min kone fik botox i går, og nu bliver hun ved med at tabe gaflen");
    expect(first[0]).toMatch(/^Svar JA eller NEJ: /);
    expect(gsmUnits(first[0]!)).toBeLessThanOrEqual(160);
    expect(said(first)).toBe(1);
    expect(said(await p.say("nej"))).toBe(0);
  });

  it("once with HJÆLP, which tells it itself, and not again after it", async () => {
    const p = patient();
    const help = await p.say("HJÆLP");
    expect(said(help)).toBe(1);
    expect(said(await p.say("Hvornår virker det?"))).toBe(0);
  });

  it("and keeps a long first reply within three SMS", async () => {
    const first = await patient().say("Jeg har et blåt mærke, lidt hovedpine og en stram fornemmelse i panden. Hvornår ser jeg den fulde effekt, og må jeg drikke alkohol?");
    expect(said(first)).toBe(1);
    expectSmsSized(first);
  });
});
