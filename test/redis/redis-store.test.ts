import { Redis } from "ioredis";
import { afterEach, describe, expect, inject, it } from "vitest";
import { CONVERSATION_MACHINE_VERSION } from "../../src/flows/conversation.machine.js";
import { buildInboundSms, DOCTOR, eventually, startHarness, type Harness } from "../support/harness.js";

/** Waits for the queued sends to go out, then a little longer, so a duplicate would show. */
async function settled(count: () => number, expected: number): Promise<void> {
  await eventually(() => expect(count()).toBeGreaterThanOrEqual(expected));
  await new Promise((r) => setTimeout(r, 300));
  expect(count()).toBe(expected);
}

let h: Harness;
afterEach(async () => { await h?.close(); });

describe("the Redis store", () => {
  it("keeps conversations and cases in Redis, with a TTL and the machine version beside each snapshot", async () => {
    h = await startHarness({ DATA_TTL_DAYS: "2" }, { redis: true });
    const fields = buildInboundSms({ Body: "Mit øjenlåg hænger" });
    await h.post(fields);
    const redis = new Redis(inject("redisUrl"));
    const prefix = h.config.redis!.prefix;
    const conv = await redis.hgetall(`${prefix}:conv:{${fields.From}}`);
    expect(JSON.parse(conv.data!)).toMatchObject({ version: CONVERSATION_MACHINE_VERSION, snapshot: { value: "handedOver" } });
    const ttl = await redis.pttl(`${prefix}:conv:{${fields.From}}`);
    expect(ttl).toBeGreaterThan(2 * 86_400_000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(2 * 86_400_000);
    expect(await redis.pttl(`${prefix}:{cases}:case:K1`)).toBeGreaterThan(0);
    expect(await redis.pttl(`${prefix}:log:{${fields.From}}`)).toBeGreaterThan(0);
    await redis.quit();
  });

  it("resets a snapshot from another machine version instead of crashing the webhook", async () => {
    h = await startHarness({}, { redis: true });
    const from = buildInboundSms().From!;
    const redis = new Redis(inject("redisUrl"));
    await redis.hset(`${h.config.redis!.prefix}:conv:{${from}}`, "rev", "3", "data", JSON.stringify({ version: 0, snapshot: { value: "gathering", context: { stopped: true } } }));
    const res = await h.post(buildInboundSms({ From: from, Body: "Hvornår virker det?" }));
    expect(res.status).toBe(200);
    expect(res.messages).toEqual([]);
    const red = await h.post(buildInboundSms({ From: from, Body: "Jeg kan ikke synke" }));
    expect(red.messages[0]).toMatch(/^Ring 112 nu/);
    await redis.quit();
  });

  it("handles 20 concurrent deliveries of one MessageSid once", async () => {
    h = await startHarness({}, { redis: true });
    const fields = buildInboundSms({ Body: "Jeg kan ikke trække vejret" });
    const replies = await Promise.all(Array.from({ length: 20 }, () => h.post(fields)));
    expect(replies.filter((r) => r.messages.length > 0)).toHaveLength(1);
    expect(replies.every((r) => r.status === 200)).toBe(true);
    await settled(() => h.sms.filter((s) => s.to === DOCTOR).length, 1);
  });

  it("handles 50 concurrent messages from one sender one at a time, in arrival order, none lost", async () => {
    h = await startHarness({}, { redis: true });
    const from = buildInboundSms().From!;
    await h.post(buildInboundSms({ From: from, Body: "Mit øjenlåg hænger" }));
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => h.post(buildInboundSms({ From: from, Body: `besked ${i}` }))));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    const inbound = (await h.stores.conversations.transcript(from)).filter((e) => e.dir === "in");
    expect(inbound).toHaveLength(51);
    expect(new Set(inbound.map((e) => e.text)).size).toBe(51);
    const seqs = inbound.map((e) => e.seq!);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const conv = await h.stores.conversations.get(from);
    // One write per message, none lost to a concurrent one.
    expect(conv?.rev).toBe(1 + 50);
  });

  it("keeps that order with two app instances on one Redis", async () => {
    h = await startHarness({ RATE_LIMIT_PER_MINUTE: "100" }, { redis: true });
    const other = await h.secondInstance();
    const from = buildInboundSms().From!;
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? other.post : h.post)(buildInboundSms({ From: from, Body: `Spørgsmål ${i}: hvornår virker det?` }))));
    expect(replies.every((r) => r.status === 200 && r.messages.length === 1)).toBe(true);
    const inbound = (await h.stores.conversations.transcript(from)).filter((e) => e.dir === "in");
    expect(inbound).toHaveLength(50);
    const seqs = inbound.map((e) => e.seq!);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect((await h.stores.conversations.get(from))?.rev).toBe(50);
    await other.close();
  });

  it("numbers cases in order on one instance, reserving ten numbers per round trip", async () => {
    h = await startHarness({}, { redis: true });
    const numbers = [];
    for (let i = 0; i < 12; i++) numbers.push(await h.stores.cases.nextNumber());
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const redis = new Redis(inject("redisUrl"));
    expect(await redis.get(`${h.config.redis!.prefix}:{cases}:seq`)).toBe("20");
    await redis.quit();
  });

  it("opens one case per emergency, with references unique across instances", async () => {
    h = await startHarness({}, { redis: true });
    const other = await h.secondInstance();
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? other.post : h.post)(buildInboundSms({ Body: "Jeg kan ikke synke" }))));
    const refs = (await h.stores.cases.open()).map((c) => c.ref).sort();
    expect(new Set(refs).size).toBe(10);
    await other.close();
  });

  it("fires a pending re-page once, from whichever instance ticks", async () => {
    h = await startHarness({}, { redis: true });
    const other = await h.secondInstance();
    await h.send({ Body: "Jeg kan ikke synke" });
    h.clock.advance(5 * 60_000);
    await Promise.all([h.bot.tick(), other.bot.tick(), h.bot.tick(), other.bot.tick()]);
    await settled(() => h.sms.filter((s) => s.to === DOCTOR && s.body.startsWith("PÅMINDELSE")).length, 1);
    await other.close();
  });
});
