import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildInboundSms, DOCTOR, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeEach(async () => { h = await startHarness(); });
afterEach(async () => { await h.close(); });

const FRIDAY_OPENING = Date.parse("2026-11-27T07:00:00Z"); // Friday 08:00 in Copenhagen
const doctorSms = () => h.sms.filter((s) => s.to === DOCTOR);

/** A patient of their own, who writes whatever the test sends. */
function patient() {
  const from = buildInboundSms().From!;
  return { from, say: (body: string) => h.post(buildInboundSms({ From: from, Body: body })) };
}

describe("the treatment date", () => {
  it("keeps the first date given, and notes a later one beside it for the doctor", async () => {
    const p = patient();
    await p.say("Mit øjenlåg hænger, jeg blev behandlet for 5 dage siden");
    await p.say("kan jeg træne i dag?");
    await p.say("undskyld, det var vist i går jeg blev behandlet");
    expect((await h.stores.conversations.get(p.from))?.snapshot.context.days).toBe(5);
    const c = (await h.stores.cases.get("K1"))!.snapshot.context;
    expect(c.days).toBe(5);
    h.clock.now = FRIDAY_OPENING;
    await h.bot.tick();
    const digest = doctorSms().map((s) => s.body).join(" ");
    expect(digest).toMatch(/5 dage siden behandling \(senere skrevet: [^)]*1 dag/);
  });
});
