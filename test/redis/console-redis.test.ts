import { Redis } from "ioredis";
import { afterEach, describe, expect, inject, it } from "vitest";
import { consoleClient, enrolledStaff, logIn } from "../support/console-client.js";
import { buildInboundSms, eventually, startHarness, type Harness } from "../support/harness.js";

const DATA_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const AUDIT_TTL_MS = 3650 * 24 * 60 * 60 * 1000;

let h: Harness | undefined;
let redis: Redis | undefined;
afterEach(async () => {
  await h?.close();
  redis?.disconnect();
  h = redis = undefined;
});

describe("the console on Redis", () => {
  it("keeps sessions in Redis (30 idle minutes), shared by every instance, and gone at logout", async () => {
    h = await startHarness({}, { redis: true });
    const { member } = await enrolledStaff(h, "doctor", "Dr. Hansen");
    const browser = consoleClient(h);
    await logIn(h, browser, member);
    redis = new Redis(inject("redisUrl"));
    const prefix = h.config.redis!.prefix;
    const sessions = await redis.keys(`${prefix}:sess:*`);
    expect(sessions.length).toBeGreaterThanOrEqual(1);
    for (const key of sessions) {
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(30 * 60_000);
    }
    const other = await h.secondInstance();
    try {
      const cookie = [...browser.jar].map(([k, v]) => `${k}=${v}`).join("; ");
      const res = await fetch(`${other.baseUrl}/console`, { headers: { cookie }, redirect: "manual" });
      expect(res.status).toBe(200);
    } finally {
      await other.close();
    }
    await browser.post("/console/logout");
    expect((await browser.get("/console")).status).toBe(303);
  });

  it("expires a case's history with the case, and keeps the audit log for AUDIT_TTL_DAYS without health data", async () => {
    h = await startHarness({}, { redis: true });
    const { member } = await enrolledStaff(h, "doctor", "Dr. Hansen");
    const browser = consoleClient(h);
    await logIn(h, browser, member);
    const patient = buildInboundSms().From!;
    await h.post(buildInboundSms({ From: patient, Body: "Jeg kan ikke synke" }));
    await browser.get("/console/cases/K1");
    await browser.post("/console/cases/K1/reply", { text: "Ring 112 nu, vi ringer bagefter" });
    await browser.post("/console/cases/K1/close", { confirm: "1" });
    redis = new Redis(inject("redisUrl"));
    const prefix = h.config.redis!.prefix;
    const history = `${prefix}:{cases}:history:K1`;
    await eventually(async () => expect(await redis!.llen(history)).toBeGreaterThan(0));
    expect(await redis.pttl(history)).toBeGreaterThan(DATA_TTL_MS - 60_000);
    expect(await redis.pttl(history)).toBeLessThanOrEqual(DATA_TTL_MS);
    const closed = `${prefix}:{cases}:closed`;
    expect(await redis.zrange(closed, "0", "-1")).toEqual(["K1"]);
    expect(await redis.pttl(closed)).toBeLessThanOrEqual(DATA_TTL_MS);
    expect((await h.stores.cases.closedSince(0)).map((r) => r.ref)).toEqual(["K1"]);
    const audit = `${prefix}:audit`;
    expect(await redis.type(audit)).toBe("stream");
    expect(await redis.pttl(audit)).toBeGreaterThan(AUDIT_TTL_MS - 60_000);
    const entries = (await redis.xrange(audit, "-", "+")).map(([, fields]) => fields[1]!).join("\n");
    expect(entries).toContain('"action":"reply"');
    expect(entries).not.toContain(patient);
    expect(entries).not.toMatch(/synke|Ring 112/);
    // Staff and rota are the clinic's settings: they hold no patient's data.
    expect(JSON.stringify(await redis.hgetall(`${prefix}:staff`))).not.toContain(patient);
  });
});
