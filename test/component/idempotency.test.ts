import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildInboundSms, DOCTOR, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeEach(async () => { h = await startHarness(); });
afterEach(async () => { await h.close(); });

describe("Twilio retries", () => {
  it("handles a repeated MessageSid once: no second reply and no second page", async () => {
    const fields = buildInboundSms({ Body: "Jeg kan ikke synke" });
    const first = await h.post(fields);
    const second = await h.post(fields);
    expect(first.messages[0]).toMatch(/^Ring 112 nu/);
    expect(second.status).toBe(200);
    expect(second.messages).toEqual([]);
    expect(h.sms.filter((s) => s.to === DOCTOR)).toHaveLength(1);
  });

  it("handles ten copies arriving at once exactly once", async () => {
    const fields = buildInboundSms({ Body: "Jeg får ikke luft" });
    const replies = await Promise.all(Array.from({ length: 10 }, () => h.post(fields)));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(replies.filter((r) => r.messages.length > 0)).toHaveLength(1);
    expect(h.sms.filter((s) => s.to === DOCTOR)).toHaveLength(1);
    expect((await h.stores.cases.open()).length).toBe(1);
  });
});
