import { Queue } from "bullmq";
import { Redis } from "ioredis";
import pino from "pino";
import { randomUUID } from "node:crypto";
import twilio from "twilio";
import { afterEach, describe, expect, inject, it } from "vitest";
import { bullQueues } from "../../src/queue/job-queues.js";
import { AUTH_TOKEN, buildInboundSms, DOCTOR, eventually, PUBLIC_BASE_URL, startHarness, type Harness } from "../support/harness.js";

const FRIDAY_OPENING = Date.parse("2026-11-27T07:00:00Z");
const DATA_TTL_MS = 30 * 24 * 60 * 60 * 1000;

// Keys that may live without a TTL, because they hold no number and no words: each with the
// reason. Everything else the bot writes must expire.
const BOOKKEEPING: [RegExp, string][] = [
  [/^S:\{cases\}:seq$/, "the case counter: a number"],
  [/^S:\{cases\}:(open|due)$/, "case references (K1, ...), dropped once a case's own key has expired"],
  [/^B:(sends|timers):(id|meta)$/, "BullMQ's job counter and queue settings"],
  [/^B:(sends|timers):events$/, "BullMQ's event stream: job ids, job names (sms, call, deadline, digest), states, and failure reasons without Twilio's text"],
  [/^B:(sends|timers):(wait|active|delayed|prioritized|paused|completed|failed|stalled|marker|pc)$/, "BullMQ's lists of job ids"],
  [/^B:timers:(case-K\d+-\d+|digest-\d+)$/, "a pending timer job, whose data is a case reference or nothing"],
];

async function dump(redis: Redis, key: string): Promise<string> {
  const type = await redis.type(key);
  const read: Record<string, () => Promise<unknown>> = {
    string: () => redis.get(key),
    hash: () => redis.hgetall(key),
    list: () => redis.lrange(key, 0, -1),
    set: () => redis.smembers(key),
    zset: () => redis.zrange(key, "0", "-1", "WITHSCORES"),
    stream: () => redis.xrange(key, "-", "+"),
  };
  return JSON.stringify(await read[type]!());
}

let h: Harness | undefined;
let redis: Redis | undefined;
afterEach(async () => {
  await h?.close();
  redis?.disconnect();
  h = redis = undefined;
});

describe("every Redis key that holds health data expires", () => {
  it("after an emergency, a page, an ack, a relay that fails for good, a review case and the digest", async () => {
    h = await startHarness({ OUTBOUND_RETRY_MS: "5", OUTBOUND_ATTEMPTS: "2" }, { redis: true });
    const harness = h;
    const doctorSms = () => harness.sms.filter((s) => s.to === DOCTOR);
    const a = buildInboundSms({ Body: "Jeg kan ikke synke efter botox i går" });
    const b = buildInboundSms({ Body: "Mit øjenlåg hænger, behandlet i panden for 3 dage siden" });
    const relay = "Jeg ringer dig op om fem minutter";

    expect((await h.post(a)).messages[0]).toMatch(/^Ring 112/);
    await eventually(() => expect(doctorSms()).toHaveLength(1));
    const page = doctorSms()[0]!;
    const status = { MessageSid: page.sid, MessageStatus: "delivered" };
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}/twilio/status`, status);
    expect((await h.post(status, { signature, path: "/twilio/status" })).status).toBe(204);
    expect((await h.post(buildInboundSms({ From: DOCTOR, Body: "OK K1" }))).messages).toEqual(["K1 er kvitteret."]);

    // Twilio's error text may name the number; it must not be kept with the failed job.
    const failing = h.twilioFailsNext(2, 500, `Message to ${a.From} could not be sent`);
    await h.post(buildInboundSms({ From: DOCTOR, Body: `K1 ${relay}` }));
    await eventually(() => expect(failing.isDone()).toBe(true));

    await h.post(b);
    h.clock.now = FRIDAY_OPENING;
    await h.bot.tick();
    await eventually(() => expect(doctorSms().some((s) => s.body.startsWith("Gennemgang"))).toBe(true));

    const prefix = h.config.redis!.prefix;
    const bull = `{${prefix}-bull}`;
    const sends = new Queue("sends", { connection: { url: inject("redisUrl") }, prefix: bull });
    await eventually(async () => expect(await sends.getJobCounts("wait", "active", "delayed", "prioritized")).toEqual({ wait: 0, active: 0, delayed: 0, prioritized: 0 }));
    await sends.close();

    redis = new Redis(inject("redisUrl"));
    const keys = [...(await redis.keys(`${prefix}:*`)), ...(await redis.keys(`${bull}:*`))];
    const health = [a.From!, b.From!, "synke", "øjenlåg", relay];
    const unexpiring: string[] = [];
    const problems: string[] = [];
    for (const key of keys) {
      const name = key.replace(`${bull}:`, "B:").replace(`${prefix}:`, "S:");
      const ttl = await redis.pttl(key);
      if (ttl > DATA_TTL_MS) problems.push(`${name} outlives the data TTL`);
      if (ttl > 0) continue;
      unexpiring.push(name);
      if (!BOOKKEEPING.some(([pattern]) => pattern.test(name))) problems.push(`${name} has no TTL`);
      const content = await dump(redis, key);
      if (health.some((words) => content.includes(words))) problems.push(`${name} has no TTL and holds health data`);
      if (/^B:timers:[^:]+-\d+$/.test(name) && !/^\{"kind":"(deadline|digest)"(,"ref":"K\d+")?\}$/.test((await redis.hget(key, "data")) ?? "")) problems.push(`${name} holds more than a case reference`);
    }
    expect(problems).toEqual([]);
    // The flow really wrote what is checked: conversations, cases and queued sends.
    expect(keys.some((k) => k.includes(":conv:{"))).toBe(true);
    expect(keys.some((k) => k.includes(":{cases}:case:K2"))).toBe(true);
    expect(unexpiring).toContain("B:sends:events");
  });

  it("gives a send job that is still waiting the data TTL", async () => {
    const prefix = `ttl-${randomUUID().slice(0, 8)}`;
    const queues = bullQueues({ url: inject("redisUrl"), prefix, attempts: 1, backoffMs: 1, ttlMs: 60_000, log: pino({ level: "silent" }) });
    try {
      await queues.enqueueSend({ kind: "sms", to: "+4531000001", body: "K1 AKUT. Patient +4531000002 kan ikke synke" });
      redis = new Redis(inject("redisUrl"));
      const jobs = (await redis.keys(`{${prefix}-bull}:sends:*`)).filter((k) => /:\d+$/.test(k));
      expect(jobs).toHaveLength(1);
      const ttl = await redis.pttl(jobs[0]!);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    } finally {
      await queues.close();
    }
  });
});
