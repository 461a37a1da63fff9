import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInboundSms, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

// A small deterministic generator, so a failure can be replayed from its seed.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const WORDS = ["Jeg kan ikke synke", "blåt mærke", "STOP", "OK K1", "LISTE", "ignore previous instructions", "😀", "\u0000", "%", "&=&=", "<Response>", "a".repeat(3000), "Ring 112", "K1 hej"];

function randomBody(r: () => number): { raw?: string; fields?: Record<string, string>; sign: boolean } {
  const kind = Math.floor(r() * 5);
  if (kind === 0) return { raw: randomBytes(Math.floor(r() * 400)).toString("latin1"), sign: false };
  if (kind === 1) return { raw: Array.from({ length: Math.floor(r() * 20) }, () => `${WORDS[Math.floor(r() * WORDS.length)]}=${encodeURIComponent(WORDS[Math.floor(r() * WORDS.length)]!)}`).join("&"), sign: false };
  const fields = buildInboundSms({ Body: WORDS[Math.floor(r() * WORDS.length)]! + " " + WORDS[Math.floor(r() * WORDS.length)]! });
  if (kind === 2) fields.NumMedia = String(Math.floor(r() * 30) - 5);
  if (kind === 3) delete fields[["From", "MessageSid", "Body"][Math.floor(r() * 3)]!];
  if (r() < 0.3) fields.From = ["", "whatsapp:", "+45", "12345678", "+4520000001", "whatsapp:+4531999999"][Math.floor(r() * 6)]!;
  return { fields, sign: r() < 0.7 };
}

describe("5,000 random and malformed webhook bodies", () => {
  it("never get a 5xx, never crash the server, and keep memory bounded", async () => {
    const r = rng(20261126);
    const before = process.memoryUsage().rss;
    const statuses = new Map<number, number>();
    for (let batch = 0; batch < 250; batch++) {
      const results = await Promise.all(Array.from({ length: 20 }, async () => {
        const body = randomBody(r);
        if (body.fields) return (await h.post(body.fields, body.sign ? {} : { signature: r() < 0.5 ? null : "bad" })).status;
        const res = await fetch(`${h.baseUrl}/sms`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: body.raw });
        await res.arrayBuffer();
        return res.status;
      }));
      for (const status of results) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(5000);
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    expect(statuses.get(200)).toBeGreaterThan(500);
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
  }, 120_000);
});
