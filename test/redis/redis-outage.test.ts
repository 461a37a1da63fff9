import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildInboundSms, DOCTOR, eventually, startHarness, type Harness } from "../support/harness.js";
import { startRedisServer, type RedisProcess } from "../support/redis-server.js";

let redis: RedisProcess;
let h: Harness;
beforeAll(async () => { redis = await startRedisServer({ persistent: true }); });
afterAll(async () => { await redis.stop(); });
afterEach(async () => { await h?.close(); });

describe("Redis stopped in the middle of a conversation", () => {
  it("still answers red flags with 112 and pages; once Redis is back the messages are replayed and the conversation goes on", async () => {
    h = await startHarness({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: "outage" });
    const from = buildInboundSms().From!;
    const first = await h.post(buildInboundSms({ From: from, Body: "Mit øjenlåg hænger" }));
    expect(first.messages[0]).toMatch(/3-4 måneder/);

    await redis.stop();
    const red = await h.post(buildInboundSms({ From: from, Body: "Nu kan jeg heller ikke synke" }));
    expect(red.status).toBe(200);
    expect(red.messages[0]).toMatch(/^Ring 112 nu/);
    // A case of its own, numbered without Redis, that the doctor can acknowledge.
    expect(h.sms.filter((s) => s.to === DOCTOR).map((s) => s.body)).toEqual([expect.stringMatching(/^K2 AKUT.*Svar OK K2/)]);
    const question = await h.post(buildInboundSms({ From: from, Body: "Hvornår virker det?" }));
    expect(question.status).toBe(200);
    expect(question.messages[0]).toMatch(/2-3 dage/);
    expect((await fetch(`${h.baseUrl}/readyz`)).status).toBe(503);

    await redis.start();
    await waitFor(async () => (await fetch(`${h.baseUrl}/readyz`)).status === 200);
    await h.bot.tick();
    expect((await h.stores.cases.get("K2"))?.snapshot).toMatchObject({ value: "paged", context: { level: "emergency" } });
    const record = await h.stores.cases.get("K1");
    expect(record?.snapshot.context.level).toBe("emergency");
    expect(record?.snapshot.value).toBe("paged");
    const transcript = (await h.stores.conversations.transcript(from)).filter((e) => e.dir === "in").map((e) => e.text);
    expect(transcript).toEqual(["Mit øjenlåg hænger", "Nu kan jeg heller ikke synke", "Hvornår virker det?"]);
    await eventually(() => expect(h.sms.filter((s) => s.to === DOCTOR && /^K1 AKUT/.test(s.body))).toHaveLength(1));

    const next = await h.post(buildInboundSms({ From: from, Body: "Hvornår ringer lægen?" }));
    expect(next.messages[0]).toMatch(/sendt til lægen|noteret til lægen/);
  }, 60_000);
});

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  // Generous: the suite runs the benchmark smoke test beside this one on two cores.
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}
