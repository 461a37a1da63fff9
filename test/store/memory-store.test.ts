import { describe, expect, it } from "vitest";
import type { CaseRecord, ConversationRecord } from "../../src/flows/records.js";
import { memoryStores } from "../../src/store/memory-store.js";
import { memoryTreatments } from "../../src/store/memory-treatments.js";
import type { TreatmentRecord } from "../../src/store/treatment-store.js";
import { buildInboundSms, startHarness } from "../support/harness.js";

const DAY = 24 * 60 * 60 * 1000;
const TTL = 30 * DAY;
const turn = { claimTtlMs: 48 * 60 * 60 * 1000, rateWindowMs: 60_000 };

const conversation = (level: string, rev?: number): ConversationRecord =>
  ({ version: 1, ...(rev === undefined ? {} : { rev }), snapshot: { value: "idle", context: { level } } }) as unknown as ConversationRecord;
const caseRecord = (ref: string, value: string, rev?: number): CaseRecord =>
  ({ ref, version: 1, ...(rev === undefined ? {} : { rev }), snapshot: { value, context: { ref, deadlineAt: 0, digestAt: null } } }) as unknown as CaseRecord;

function storesAt(options?: Parameters<typeof memoryStores>[1]) {
  const clock = { now: 0 };
  return { clock, stores: memoryStores(() => clock.now, options) };
}

async function write(stores: ReturnType<typeof memoryStores>, sender: string, text: string) {
  const t = (await stores.conversations.begin(sender, turn))!;
  await t.commit(conversation("info", t.record?.rev ?? 0), [{ at: 0, dir: "in", text }]);
}

describe("memory store (local mode) keeps what Redis mode keeps, for as long", () => {
  it("forgets a conversation and its transcript the data TTL after its last change", async () => {
    const { clock, stores } = storesAt({ ttlMs: TTL });
    await write(stores, "+4531000001", "Jeg kan ikke synke");
    clock.now += TTL - 1;
    await write(stores, "+4531000001", "Det er værre nu");
    clock.now += TTL - 1;
    expect(await stores.conversations.get("+4531000001")).not.toBeNull();
    expect(await stores.conversations.transcript("+4531000001")).toHaveLength(2);
    clock.now += 1;
    expect(await stores.conversations.get("+4531000001")).toBeNull();
    expect(await stores.conversations.transcript("+4531000001")).toEqual([]);
    // A new conversation starts from nothing, as it would on Redis.
    const fresh = (await stores.conversations.begin("+4531000001", turn))!;
    expect(fresh.record).toBeNull();
    await fresh.end();
  });

  it("forgets a case the data TTL after its last change, and the sweep stops finding it", async () => {
    const { clock, stores } = storesAt({ ttlMs: TTL });
    await stores.cases.put(caseRecord("K1", "paged"));
    clock.now += TTL / 2;
    await stores.cases.put(caseRecord("K2", "paged"));
    clock.now += TTL / 2;
    expect(await stores.cases.get("K1")).toBeNull();
    expect((await stores.cases.open()).map((c) => c.ref)).toEqual(["K2"]);
    expect((await stores.cases.due(clock.now)).map((c) => c.ref)).toEqual(["K2"]);
    // An expired case can be written afresh, as on Redis, instead of failing as stale.
    await stores.cases.put(caseRecord("K1", "paged"));
    expect((await stores.cases.get("K1"))?.rev).toBe(1);
  });

  it("lets a MessageSid be claimed again once its claim has expired", async () => {
    const { clock, stores } = storesAt({ ttlMs: TTL });
    expect(await stores.claims.claim("SM1", 1_000)).toBe(true);
    clock.now += 999;
    expect(await stores.claims.claim("SM1", 1_000)).toBe(false);
    clock.now += 1;
    expect(await stores.claims.claim("SM1", 1_000)).toBe(true);
  });

  it("holds at most its cap of conversations under a flood of senders, dropping the longest untouched", async () => {
    const { stores } = storesAt({ ttlMs: TTL, maxEntries: 3 });
    for (const n of [1, 2, 3]) await write(stores, `+45310000${n}0`, "Hej");
    await write(stores, "+4531000010", "Hej igen");
    for (const n of [4, 5]) await write(stores, `+45310000${n}0`, "Hej");
    const kept = [];
    for (const n of [1, 2, 3, 4, 5]) if (await stores.conversations.get(`+45310000${n}0`)) kept.push(n);
    expect(kept).toEqual([1, 4, 5]);
    expect(await stores.conversations.transcript("+4531000020")).toEqual([]);
  });

  it("holds at most its cap of cases, dropping closed cases before open ones", async () => {
    const { stores } = storesAt({ ttlMs: TTL, maxEntries: 3 });
    await stores.cases.put(caseRecord("K1", "paged"));
    await stores.cases.put(caseRecord("K2", "closed"));
    await stores.cases.put(caseRecord("K3", "queued"));
    await stores.cases.put(caseRecord("K4", "paged"));
    expect(await stores.cases.get("K2")).toBeNull();
    await stores.cases.put(caseRecord("K5", "paged"));
    expect((await stores.cases.open()).map((c) => c.ref)).toEqual(["K3", "K4", "K5"]);
  });

  it("over its cap of cases, drops a case closed since before any open one, however recently it closed", async () => {
    const { stores } = storesAt({ ttlMs: TTL, maxEntries: 3 });
    await stores.cases.put(caseRecord("K1", "paged"));
    await stores.cases.put(caseRecord("K2", "paged"));
    await stores.cases.put(caseRecord("K3", "paged"));
    await stores.cases.put(caseRecord("K1", "closed", 1));
    await stores.cases.put(caseRecord("K4", "paged"));
    expect(await stores.cases.get("K1")).toBeNull();
    // All open: the one written longest ago goes.
    await stores.cases.put(caseRecord("K5", "paged"));
    expect((await stores.cases.open()).map((c) => c.ref)).toEqual(["K3", "K4", "K5"]);
  });

  it("holds at most its cap of MessageSid claims and delivery records", async () => {
    const { stores } = storesAt({ ttlMs: TTL, maxEntries: 3 });
    for (const n of [1, 2, 3, 4]) {
      expect(await stores.claims.claim(`SM${n}`, DAY)).toBe(true);
      await stores.deliveries.remember(`SM${n}`, { ref: `K${n}`, purpose: "page" }, DAY);
    }
    expect(await stores.claims.claim("SM1", DAY)).toBe(true);
    expect(await stores.claims.claim("SM4", DAY)).toBe(false);
    expect(await stores.deliveries.lookup("SM1")).toBeNull();
    expect(await stores.deliveries.lookup("SM4")).toEqual({ ref: "K4", purpose: "page" });
  });

  it("lists the newest treatments first, each until the data TTL after it was given", async () => {
    const clock = { now: 10 * DAY };
    const treatments = memoryTreatments(() => clock.now, { ttlMs: TTL });
    const treatment = (externalId: string, treatedAt: number): TreatmentRecord =>
      ({ externalId, id: externalId, phone: "+4531000001", treatedAt, areas: ["forehead"], checkinConsent: false, createdAt: clock.now, closedAt: null, checkin: null });
    for (const [id, at] of [["older", 2 * DAY], ["newest", 9 * DAY], ["middle", 5 * DAY]] as const) await treatments.add(treatment(id, at));
    expect((await treatments.recent(10)).map((r) => r.id)).toEqual(["newest", "middle", "older"]);
    expect((await treatments.recent(2)).map((r) => r.id)).toEqual(["newest", "middle"]);
    clock.now = 2 * DAY + TTL;
    expect((await treatments.recent(10)).map((r) => r.id)).toEqual(["newest", "middle"]);
  });
});

describe("the bot without Redis", () => {
  it("forgets a patient's conversation and case after DATA_TTL_DAYS", async () => {
    const h = await startHarness({ DATA_TTL_DAYS: "2" });
    try {
      const fields = buildInboundSms({ Body: "Der kommer materie ud af et stiksted" });
      await h.post(fields);
      expect(await h.stores.cases.get("K1")).not.toBeNull();
      h.clock.advance(2 * DAY);
      expect(await h.stores.conversations.get(fields.From!)).toBeNull();
      expect(await h.stores.conversations.transcript(fields.From!)).toEqual([]);
      expect(await h.stores.cases.get("K1")).toBeNull();
    } finally {
      await h.close();
    }
  });
});
