import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import type { ConversationRecord } from "../../src/flows/records.js";
import { connectRedis, redisStores } from "../../src/store/redis-store.js";
import { StaleWriteError, type Stores } from "../../src/store/store.js";

const SENDER = "+4520000001";
const turnOptions = (messageSid?: string) => ({ claimTtlMs: 60_000, rateWindowMs: 60_000, ...(messageSid ? { messageSid } : {}) });
const record = (rev: number | undefined, note: string): ConversationRecord =>
  ({ version: 1, ...(rev === undefined ? {} : { rev }), snapshot: { value: "idle", context: { note } } }) as unknown as ConversationRecord;

let redis: Redis;
let stores: Stores;
let sent: string[];

beforeEach(async () => {
  redis = connectRedis(inject("redisUrl"), pino({ level: "silent" }));
  stores = redisStores(redis, { prefix: `turns-${randomUUID().slice(0, 8)}`, ttlMs: 60_000 });
  await stores.connect();
  sent = [];
  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = ((command: { name: string }) => {
    sent.push(command.name);
    return send(command as never);
  }) as typeof redis.sendCommand;
});
afterEach(async () => { await stores.close(); });

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

  it("gives a MessageSid one turn only", async () => {
    const turn = await stores.conversations.begin(SENDER, turnOptions("SM0003"));
    await turn!.end();
    expect(await stores.conversations.begin(SENDER, turnOptions("SM0003"))).toBeNull();
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
