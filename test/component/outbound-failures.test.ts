import twilio from "twilio";
import { afterEach, describe, expect, it } from "vitest";
import { ACCOUNT_SID, AUTH_TOKEN, BACKUP, buildInboundSms, DOCTOR, PUBLIC_BASE_URL, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(async () => { await h.close(); });

const FAST = { OUTBOUND_RETRY_MS: "1", TWILIO_TIMEOUT_MS: "300" };

describe("a page that Twilio does not take at once", () => {
  for (const status of [500, 429, "timeout"] as const) {
    it(`is retried with backoff after ${status}`, async () => {
      h = await startHarness(FAST);
      const failing = h.twilioFailsNext(2, status);
      const res = await h.send({ Body: "Jeg kan ikke synke" });
      expect(res.messages[0]).toMatch(/^Ring 112 nu/);
      expect(failing.isDone()).toBe(true);
      expect(h.sms.filter((s) => s.to === DOCTOR)).toHaveLength(1);
      expect(h.calls).toHaveLength(0);
    });
  }

  it("falls back to a voice call and the backup when every retry fails", async () => {
    h = await startHarness({ ...FAST, OUTBOUND_ATTEMPTS: "3" });
    h.twilioFailsNext(3, 503);
    const res = await h.send({ Body: "Jeg får ikke luft" });
    expect(res.status).toBe(200);
    expect(res.messages[0]).toMatch(/^Ring 112 nu/);
    expect(h.calls.map((c) => c.to)).toEqual([DOCTOR]);
    expect(h.sms.filter((s) => s.to === BACKUP)).toHaveLength(1);
  });

  it("does not retry a final 4xx (an invalid number), and still falls back", async () => {
    h = await startHarness(FAST);
    const bad = h.twilioFailsNext(1, 400);
    await h.send({ Body: "Jeg kan ikke synke" });
    expect(bad.isDone()).toBe(true);
    expect(h.sms.filter((s) => s.to === DOCTOR)).toHaveLength(0);
    expect(h.calls).toHaveLength(1);
  });
});

describe("delivery status callbacks", () => {
  it("fall back to a call and the backup when a page is reported undelivered, once per status", async () => {
    h = await startHarness();
    await h.send({ Body: "Jeg kan ikke synke" });
    const sid = h.sms.find((s) => s.to === DOCTOR)!.sid;
    const fields = { MessageSid: sid, MessageStatus: "undelivered", To: DOCTOR, AccountSid: ACCOUNT_SID };
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}/twilio/status`, fields);
    const post = () => fetch(`${h.baseUrl}/twilio/status`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature }, body: new URLSearchParams(fields).toString() });
    expect((await post()).status).toBe(204);
    expect((await post()).status).toBe(204);
    expect(h.calls.map((c) => c.to)).toEqual([DOCTOR]);
    expect(h.sms.filter((s) => s.to === BACKUP)).toHaveLength(1);
  });

  it("reject an unsigned callback", async () => {
    h = await startHarness();
    const res = await fetch(`${h.baseUrl}/twilio/status`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "MessageSid=SMx&MessageStatus=failed" });
    expect(res.status).toBe(403);
  });

  it("ignore delivered reports", async () => {
    h = await startHarness();
    await h.send({ Body: "Jeg kan ikke synke" });
    await h.bot.status(h.sms.find((s) => s.to === DOCTOR)!.sid, "delivered");
    expect(h.calls).toEqual([]);
  });
});

describe("rate limits", () => {
  it("hold back replies to a flood, but never the reply to a red flag", async () => {
    h = await startHarness({ RATE_LIMIT_PER_MINUTE: "3" });
    const from = buildInboundSms().From!;
    const answered = [];
    for (let i = 0; i < 5; i++) answered.push((await h.post(buildInboundSms({ From: from, Body: "Hvad koster det?" }))).messages.length);
    expect(answered).toEqual([1, 1, 1, 0, 0]);
    const red = await h.post(buildInboundSms({ From: from, Body: "Jeg kan ikke trække vejret" }));
    expect(red.messages[0]).toMatch(/^Ring 112 nu/);
    expect(h.sms.filter((s) => s.to === DOCTOR)).toHaveLength(1);
  });
});
