import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import type { ConversationRecord } from "../../src/flows/records.js";
import { connectRedis, redisStores, type RedisStoreOptions } from "../../src/store/redis-store.js";
import { redisTreatments } from "../../src/store/redis-treatments.js";
import { StaleWriteError, type Stores } from "../../src/store/store.js";
import type { TreatmentRecord } from "../../src/store/treatment-store.js";
import { startTcpProxy } from "../support/tcp-proxy.js";

const SENDER = "+4520000001";
const turnOptions = (messageSid?: string) => ({ claimTtlMs: 60_000, rateWindowMs: 60_000, ...(messageSid ? { messageSid } : {}) });
const record = (rev: number | undefined, note: string): ConversationRecord =>
  ({ version: 1, ...(rev === undefined ? {} : { rev }), snapshot: { value: "idle", context: { note } } }) as unknown as ConversationRecord;

let redis: Redis;
let stores: Stores;
let sent: string[];
let prefix: string;
const others: Array<{ close(): Promise<void> }> = [];

beforeEach(async () => {
  redis = connectRedis(inject("redisUrl"), pino({ level: "silent" }));
  prefix = `turns-${randomUUID().slice(0, 8)}`;
  stores = redisStores(redis, { prefix, ttlMs: 60_000 });
  await stores.connect();
  sent = [];
  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = ((command: { name: string }) => {
    sent.push(command.name);
    return send(command as never);
  }) as typeof redis.sendCommand;
});
afterEach(async () => {
  for (const other of others.splice(0)) await other.close();
  await stores.close();
});

/** Another app instance on the same Redis, through a link the test can hang or cut. */
async function otherInstance(options: Partial<RedisStoreOptions> = {}) {
  const target = new URL(inject("redisUrl"));
  const link = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
  const other = redisStores(connectRedis(link.url, pino({ level: "silent" })), { prefix, ttlMs: 60_000, ...options });
  await other.connect();
  const instance = { stores: other, link, close: async () => { await link.close(); await other.close(); } };
  others.push(instance);
  return instance;
}

describe("a sender's turns on Redis", () => {
  it("takes one round trip to begin and one to commit when nobody is ahead", async () => {
    // Redis learns the scripts on their first use (EVALSHA, then EVAL); count from the second.
    const warm = (await stores.conversations.begin("+4520000009", turnOptions("SM0000")))!;
    await warm.commit(record(0, "warm"), []);
    sent.length = 0;
    const first = (await stores.conversations.begin(SENDER, turnOptions("SM0001")))!;
    expect(first.record).toBeNull();
    await first.commit(record(0, "one"), [{ at: 1, dir: "in", text: "hej", seq: first.ticket }]);
    const second = (await stores.conversations.begin(SENDER, turnOptions("SM0002")))!;
    expect(second.record).toMatchObject({ rev: 1, snapshot: { context: { note: "one" } } });
    await second.commit(record(1, "two"), []);
    expect(sent).toEqual(["evalsha", "evalsha", "evalsha", "evalsha"]);
  });

  it("brings the sender's treatments on record with the turn, by SMS and WhatsApp alike, in the same round trip", async () => {
    const treatments = redisTreatments(redis, { prefix, ttlMs: 60_000 });
    const at = Date.now();
    const record = (externalId: string, treatedAt: number, phone = SENDER): TreatmentRecord =>
      ({ externalId, id: externalId, phone, treatedAt, areas: ["masseter"], product: "Vistabel", units: 50, doctor: "MKR", checkinConsent: false, createdAt: at, closedAt: null, checkin: null });
    await treatments.add(record("t-old", at - 3_000));
    await treatments.add(record("t-new", at - 1_000));
    await treatments.add(record("t-other", at - 1_000, "+4520000002"));
    const warm = (await stores.conversations.begin("+4520000009", turnOptions("SM0100")))!;
    await warm.end();
    sent.length = 0;

    const bySms = (await stores.conversations.begin(SENDER, turnOptions("SM0101")))!;
    await bySms.end();
    const byWhatsApp = (await stores.conversations.begin(`whatsapp:${SENDER}`, turnOptions("SM0102")))!;
    await byWhatsApp.end();
    // Each turn: BEGIN, and END, as it writes nothing.
    expect(sent).toEqual(["evalsha", "evalsha", "evalsha", "evalsha"]);
    for (const turn of [bySms, byWhatsApp]) {
      expect(turn.treatments!.map((t) => t.id).sort()).toEqual(["t-new", "t-old"]);
      expect(turn.treatments!.find((t) => t.id === "t-new")).toEqual({ id: "t-new", treatedAt: at - 1_000, areas: ["masseter"], product: "Vistabel", units: 50, doctor: "MKR", expiresAt: at - 1_000 + 60_000 });
    }

    await treatments.remove("t-new");
    const after = (await stores.conversations.begin(SENDER, turnOptions("SM0103")))!;
    await after.end();
    expect(after.treatments!.map((t) => t.id)).toEqual(["t-old"]);
    const stranger = (await stores.conversations.begin("+4520000003", turnOptions("SM0104")))!;
    await stranger.end();
    expect(stranger.treatments).toEqual([]);
  });

  it("makes a later turn wait for the open one and read what it wrote", async () => {
    const first = (await stores.conversations.begin(SENDER, turnOptions("SM0004")))!;
    let secondStarted = false;
    const second = stores.conversations.begin(SENDER, turnOptions("SM0005")).then((t) => ((secondStarted = true), t!));
    await new Promise((r) => setTimeout(r, 100));
    expect(secondStarted).toBe(false);
    await first.commit(record(0, "first"), []);
    const next = await second;
    expect(next.ticket).toBeGreaterThan(first.ticket);
    expect(next.record).toMatchObject({ snapshot: { context: { note: "first" } } });
    await next.end();
  });

  it("refuses a write over a revision that moved on, and still ends the turn", async () => {
    const first = (await stores.conversations.begin(SENDER, turnOptions()))!;
    await first.commit(record(0, "first"), []);
    const stale = (await stores.conversations.begin(SENDER, turnOptions()))!;
    await expect(stale.commit(record(0, "stale"), [{ at: 2, dir: "in", text: "tabt", seq: stale.ticket }])).rejects.toBeInstanceOf(StaleWriteError);
    const after = (await stores.conversations.begin(SENDER, turnOptions()))!;
    expect(after.record).toMatchObject({ rev: 1, snapshot: { context: { note: "first" } } });
    await after.end();
    expect(await stores.conversations.transcript(SENDER)).toEqual([]);
  });

  it("counts the sender's turns in the rate window", async () => {
    const counts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const turn = (await stores.conversations.begin(SENDER, turnOptions(`SM01${i}`)))!;
      counts.push(turn.recent);
      await turn.end();
    }
    expect(counts).toEqual([1, 2, 3]);
  });
});

describe("a turn whose holder dies or stalls", () => {
  it("lets the next turn go ahead once the dead holder's lease runs out, well before the waiter gives up", async () => {
    const dead = await otherInstance();
    expect(await dead.stores.conversations.begin(SENDER, turnOptions("SM0100"))).not.toBeNull();
    await dead.link.close();
    const next = await stores.conversations.begin(SENDER, turnOptions("SM0101"));
    expect(next).not.toBeNull();
    await next!.commit(record(0, "after the dead one"), []);
    expect(await stores.conversations.get(SENDER)).toMatchObject({ snapshot: { context: { note: "after the dead one" } } });
  });

  it("hands a MessageSid whose turn died to the next delivery of it, and never one whose turn committed", async () => {
    const dead = await otherInstance({ leaseMs: 500 });
    expect(await dead.stores.conversations.begin(SENDER, turnOptions("SM0200"))).not.toBeNull();
    await dead.link.close();
    const retry = await stores.conversations.begin(SENDER, turnOptions("SM0200"));
    expect(retry).not.toBeNull();
    await retry!.commit(record(0, "retried"), [{ at: 1, dir: "in", text: "hjælp", seq: retry!.ticket }]);
    expect(await stores.conversations.begin(SENDER, turnOptions("SM0200"))).toBeNull();
    expect((await stores.conversations.transcript(SENDER)).map((e) => e.text)).toEqual(["hjælp"]);
  });

  it("refuses the write of a holder whose lease ran out while its link hung, and lets its MessageSid be handled again", async () => {
    const slow = await otherInstance({ leaseMs: 500 });
    const stale = (await slow.stores.conversations.begin(SENDER, turnOptions("SM0300")))!;
    slow.link.stall();
    // The next turn skips the silent holder and ends without writing, so only the lease can refuse the late write.
    const next = (await stores.conversations.begin(SENDER, turnOptions("SM0301")))!;
    await next.end();
    slow.link.resume();
    await expect(stale.commit(record(0, "late"), [{ at: 1, dir: "in", text: "sent", seq: stale.ticket }])).rejects.toBeInstanceOf(StaleWriteError);
    expect(await stores.conversations.get(SENDER)).toBeNull();
    expect(await stores.conversations.transcript(SENDER)).toEqual([]);
    const again = await stores.conversations.begin(SENDER, turnOptions("SM0300"));
    expect(again).not.toBeNull();
    await again!.end();
  });

  it("does not hold up the turns behind a waiter that gave up", async () => {
    const impatient = await otherInstance({ lockWaitMs: 300 });
    const first = (await stores.conversations.begin(SENDER, turnOptions("SM0400")))!;
    await expect(impatient.stores.conversations.begin(SENDER, turnOptions("SM0401"))).rejects.toThrow(/not acquired in time/);
    await first.end();
    const third = await stores.conversations.begin(SENDER, turnOptions("SM0402"));
    expect(third).not.toBeNull();
    await third!.end();
  });

  it("frees a case's lock when its holder dies in the middle of an update", async () => {
    const dead = await otherInstance({ leaseMs: 500 });
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    void dead.stores.lock.run("case:K9", () => (held(), new Promise(() => undefined))).catch(() => undefined);
    await holding;
    await dead.link.close();
    await expect(stores.lock.run("case:K9", async () => "updated")).resolves.toBe("updated");
  });
});
