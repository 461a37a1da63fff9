import { randomUUID } from "node:crypto";
import pino from "pino";
import { afterEach, describe, expect, inject, it } from "vitest";
import type { ConversationRecord } from "../../src/flows/records.js";
import { memoryStores } from "../../src/store/memory-store.js";
import { connectRedis, redisStores } from "../../src/store/redis-store.js";
import type { Stores } from "../../src/store/store.js";

const SENDER = "+4520000001";
const options = (messageSid: string) => ({ messageSid, claimTtlMs: 60_000, rateWindowMs: 60_000 });
const record = { version: 1, rev: 0, snapshot: { value: "idle", context: {} } } as unknown as ConversationRecord;

let stores: Stores;
afterEach(async () => { await stores.close(); });

// Twilio delivers a message again when it got no answer, after a crash say: the copy must be
// handled unless the first turn committed.
describe.each([
  ["memory", () => memoryStores(() => 0)],
  ["Redis", () => redisStores(connectRedis(inject("redisUrl"), pino({ level: "silent" })), { prefix: `claims-${randomUUID().slice(0, 8)}`, ttlMs: 60_000 })],
])("a MessageSid's claim, %s store", (_name, make) => {
  it("counts the message as handled only once its turn has committed", async () => {
    stores = make();
    await stores.connect();
    const first = (await stores.conversations.begin(SENDER, options("SM0001")))!;
    await first.end();
    const second = await stores.conversations.begin(SENDER, options("SM0001"));
    expect(second).not.toBeNull();
    await second!.commit(record, []);
    expect(await stores.conversations.begin(SENDER, options("SM0001"))).toBeNull();
  });

  it("makes a copy that comes while the turn is in hand wait for its outcome", async () => {
    stores = make();
    await stores.connect();
    const ended = (await stores.conversations.begin(SENDER, options("SM0002")))!;
    const retried = stores.conversations.begin(SENDER, options("SM0002"));
    await ended.end();
    const retry = (await retried)!;
    expect(retry).not.toBeNull();
    const copy = stores.conversations.begin(SENDER, options("SM0002"));
    await retry.commit(record, []);
    expect(await copy).toBeNull();
  });
});
