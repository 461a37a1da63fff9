import { request } from "node:http";
import twilio from "twilio";
import { afterEach, describe, expect, it } from "vitest";
import { AUTH_TOKEN, buildInboundSms, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(async () => { await h.close(); });

/** A POST with headers of our choosing, Host included (fetch will not set Host). */
function rawPost(baseUrl: string, fields: Record<string, string>, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const body = new URLSearchParams(fields).toString();
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}/sms`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body), ...headers } }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode!, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("the URL a webhook signature is checked on", () => {
  it("without PUBLIC_BASE_URL (never in production), is built from the Host header: a valid one passes", async () => {
    h = await startHarness({ NODE_ENV: "development", PUBLIC_BASE_URL: "" });
    const fields = buildInboundSms({ Body: "Hvad koster det?" });
    const host = new URL(h.baseUrl).host;
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `http://${host}/sms`, fields);
    expect((await rawPost(h.baseUrl, fields, { host, "x-twilio-signature": signature })).status).toBe(200);
  });

  it("answers 400, never 500, to a malformed Host header or forwarded protocol", async () => {
    h = await startHarness({ NODE_ENV: "development", PUBLIC_BASE_URL: "" });
    const malformed: Record<string, string>[] = [{ host: "bad host" }, { host: "akut.example:99x" }, { host: "akut.example:99999" }, { host: "[::1" }, { host: "a.example/x?" }, { "x-forwarded-proto": "no way" }];
    for (const headers of malformed) {
      const fields = buildInboundSms({ Body: "Hej" });
      const res = await rawPost(h.baseUrl, fields, { "x-twilio-signature": "Zm9yZ2Vk", ...headers });
      expect(res.status, JSON.stringify(headers)).toBe(400);
      expect(res.text).toMatch(/Host|protocol/);
      expect(await h.stores.conversations.get(fields.From!)).toBeNull();
    }
  });

  it("with PUBLIC_BASE_URL, ignores the Host header: a signature made for another host is refused", async () => {
    h = await startHarness();
    const fields = buildInboundSms({ Body: "Hej" });
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, "http://attacker.example/sms", fields);
    expect((await rawPost(h.baseUrl, fields, { host: "attacker.example", "x-twilio-signature": signature })).status).toBe(403);
  });
});

describe("the request id in the log", () => {
  it("is never taken from a header of an unsigned request", async () => {
    h = await startHarness();
    const chosen = "attacker-chosen-request-id";
    const res = await rawPost(h.baseUrl, buildInboundSms({ Body: "Hej" }), { "i-twilio-idempotency-token": chosen });
    expect(res.status).toBe(403);
    await new Promise((r) => setTimeout(r, 50));
    const lines = h.logs.map((l) => JSON.parse(l) as { req?: { id?: string } }).filter((l) => l.req);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.map((l) => l.req!.id)).not.toContain(chosen);
    expect(h.logs.join("")).not.toContain(chosen);
  });
});
