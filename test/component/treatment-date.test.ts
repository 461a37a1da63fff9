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
    expect(digest).toContain("5 dage siden behandling (senere skrevet: i dag, 1 dag)");
  });

  it.each([
    ["Mit øjenlåg hænger, jeg blev behandlet i tirsdags", 2],
    ["I have had a headache since Tuesday", 2],
    ["My eyelid is drooping, I was treated on Monday", 3],
    ["Mit øjenlåg hænger, behandlet d. 3/11", 23],
    ["Mit øjenlåg hænger, jeg blev behandlet i forgårs", 2],
  ] as const)("reads '%s' as %i days since treatment, and does not ask for them", async (text, days) => {
    const reply = await patient().say(text);
    expect(reply.messages[0]).not.toMatch(/Hvor mange dage|How many days/);
    expect((await h.stores.cases.get("K1"))?.snapshot.context.days).toBe(days);
  });

  it("counts in Copenhagen time, from when the message was written", async () => {
    h.clock.now = Date.parse("2026-11-26T23:30:00Z"); // Friday 00:30 in Copenhagen, Thursday in UTC
    await patient().say("Mit øjenlåg hænger, jeg blev behandlet i tirsdags");
    expect((await h.stores.cases.get("K1"))?.snapshot.context.days).toBe(3);
  });

  it("takes a weekday as the answer to how many days ago, and lets it settle the level", async () => {
    const p = patient();
    expect((await p.say("Jeg har hovedpine")).messages[0]).toMatch(/Hvor mange dage/);
    await p.say("i tirsdags");
    expect((await h.stores.cases.get("K1"))?.snapshot.context).toMatchObject({ level: "review", days: 2 });
  });
});
