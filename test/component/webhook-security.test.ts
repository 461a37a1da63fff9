import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildInboundSms, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeEach(async () => { h = await startHarness(); });
afterEach(async () => { await h.close(); });

describe("webhook security and input", () => {
  it("answers 200 on /healthz while the process is up", async () => {
    const res = await fetch(`${h.baseUrl}/healthz`);
    expect(res.status).toBe(200);
  });

  it("rejects a forged signature with 403 and processes nothing", async () => {
    const fields = buildInboundSms({ Body: "Jeg kan ikke synke" });
    const res = await h.post(fields, { signature: "Zm9yZ2Vk" });
    expect(res.status).toBe(403);
    expect(await h.stores.conversations.get(fields.From!)).toBeNull();
    expect(h.sms).toEqual([]);
  });

  it("rejects a missing signature with 403", async () => {
    const fields = buildInboundSms({ Body: "Hej" });
    const res = await h.post(fields, { signature: null });
    expect(res.status).toBe(403);
    expect(await h.stores.conversations.get(fields.From!)).toBeNull();
  });

  it("rejects a signature made for other fields", async () => {
    const fields = buildInboundSms({ Body: "Hej" });
    const signedFor = { ...fields, Body: "something else" };
    const { default: twilio } = await import("twilio");
    const signature = twilio.getExpectedTwilioSignature("test-auth-token-0123456789", "https://akutlinje.test/sms", signedFor);
    expect((await h.post(fields, { signature })).status).toBe(403);
  });

  it("accepts a signature Twilio made over the URL with its default port", async () => {
    const fields = buildInboundSms({ Body: "Hvad koster det?" });
    const { default: twilio } = await import("twilio");
    const signature = twilio.getExpectedTwilioSignature("test-auth-token-0123456789", "https://akutlinje.test:443/sms", fields);
    const res = await h.post(fields, { signature });
    expect(res.status).toBe(200);
    expect(await h.stores.conversations.get(fields.From!)).not.toBeNull();
  });

  it("answers 413 to a body over the size limit", async () => {
    const res = await h.post(buildInboundSms({ Body: "a".repeat(70 * 1024) }));
    expect(res.status).toBe(413);
  });

  it("answers a message longer than Twilio ever sends instead of refusing it", async () => {
    const fields = buildInboundSms({ Body: `Jeg kan ikke trække vejret. ${"og så videre ".repeat(600)}` });
    const res = await h.post(fields);
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<Message>Ring 112/);
  });

  it("answers 400 with a clear message when From is missing", async () => {
    const fields = buildInboundSms();
    delete fields.From;
    const res = await h.post(fields);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/From is required/);
  });

  it("answers 400 when a promised photo URL is missing", async () => {
    const res = await h.post(buildInboundSms({ NumMedia: "2", MediaUrl0: "https://api.twilio.com/x.jpg" }));
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/MediaUrl1/);
  });

  it("never answers 5xx to malformed bodies", async () => {
    const bodies = ["%%%", "From=%E0%A4%A", "a=".repeat(500), "From[]=1&From[]=2", "\u0000\u0001", ""];
    for (const body of bodies) {
      const res = await fetch(`${h.baseUrl}/sms`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body });
      expect(res.status, body).toBeGreaterThanOrEqual(400);
      expect(res.status, body).toBeLessThan(500);
    }
    const json = await fetch(`${h.baseUrl}/sms`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(json.status).toBe(403);
  });
});
