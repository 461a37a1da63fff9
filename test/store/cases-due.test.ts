import { randomUUID } from "node:crypto";
import pino from "pino";
import { afterEach, describe, expect, inject, it } from "vitest";
import type { CaseRecord } from "../../src/flows/records.js";
import { memoryStores } from "../../src/store/memory-store.js";
import { connectRedis, redisStores } from "../../src/store/redis-store.js";
import type { Stores } from "../../src/store/store.js";

const caseRecord = (ref: string, value: string, context: { deadlineAt: number | null; digestAt: number | null }, rev?: number): CaseRecord =>
  ({ ref, version: 1, ...(rev === undefined ? {} : { rev }), snapshot: { value, context: { ref, ...context } } }) as unknown as CaseRecord;

let stores: Stores;
afterEach(async () => { await stores.close(); });

describe.each([
  ["memory", () => memoryStores(() => 0)],
  ["Redis", () => redisStores(connectRedis(inject("redisUrl"), pino({ level: "silent" })), { prefix: `due-${randomUUID().slice(0, 8)}`, ttlMs: 60_000 })],
])("open cases due for the sweep, %s store", (_name, make) => {
  it("gives the sweep only the cases whose deadline or digest has come", async () => {
    stores = make();
    await stores.connect();
    await stores.cases.put(caseRecord("K1", "paged", { deadlineAt: 100, digestAt: null }));
    await stores.cases.put(caseRecord("K2", "paged", { deadlineAt: 500, digestAt: null }));
    await stores.cases.put(caseRecord("K3", "queued", { deadlineAt: null, digestAt: 200 }));
    await stores.cases.put(caseRecord("K4", "acknowledged", { deadlineAt: null, digestAt: null }));
    expect((await stores.cases.due(250)).map((r) => r.ref).sort()).toEqual(["K1", "K3"]);
    expect((await stores.cases.open()).map((r) => r.ref).sort()).toEqual(["K1", "K2", "K3", "K4"]);
  });

  it("drops a case from the sweep once it is acknowledged or closed", async () => {
    stores = make();
    await stores.connect();
    await stores.cases.put(caseRecord("K5", "paged", { deadlineAt: 100, digestAt: null }));
    await stores.cases.put(caseRecord("K5", "acknowledged", { deadlineAt: null, digestAt: null }, 1));
    await stores.cases.put(caseRecord("K6", "queued", { deadlineAt: null, digestAt: 100 }));
    await stores.cases.put(caseRecord("K6", "closed", { deadlineAt: null, digestAt: 100 }, 1));
    expect(await stores.cases.due(1_000)).toEqual([]);
    expect((await stores.cases.open()).map((r) => r.ref)).toEqual(["K5"]);
  });
});
