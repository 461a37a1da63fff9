import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildInboundSms, DOCTOR, eventually, startHarness, type Harness } from "../support/harness.js";
import { startRedisServer, type RedisProcess } from "../support/redis-server.js";

// A redis-server of this test's own: pausing the shared one would stall every other suite.
let redis: RedisProcess;
let h: Harness | undefined;
beforeAll(async () => { redis = await startRedisServer(); });
afterAll(async () => { await redis.stop(); });
afterEach(async () => {
  redis.signal("SIGCONT");
  await h?.close();
  h = undefined;
});

const completion = (content: string) => ({ id: "c", object: "chat.completion", created: 1, model: "m", choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content, refusal: null } }] });

describe("Redis paused (SIGSTOP) while a patient's message is in its turn", () => {
  it("lets the same patient's emergency through after SIGCONT: the 112 reply and a paged case within 10 s", async () => {
    h = await startHarness({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: "pause", OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: "https://llm.test/v1", ASSIST_TIMEOUT_MS: "3000" });
    // The assist is asked between a turn's start and its write: a slow answer keeps the turn in hand.
    const model = nock("https://llm.test").persist().post("/v1/chat/completions").delay(1_500).reply(200, completion(JSON.stringify({ level: "info", reason: "test" })));
    const inTurn = new Promise<void>((resolve) => model.once("request", () => resolve()));
    const from = buildInboundSms().From!;

    const cut = h.post(buildInboundSms({ From: from, Body: "Mit øjenlåg hænger" }));
    await inTurn;
    redis.signal("SIGSTOP");
    // A message that begins its turn while Redis is paused: Redis runs it only after SIGCONT, when no one waits for it.
    const stalled = await h.post(buildInboundSms({ From: from, Body: "Er det normalt?" }));
    expect(stalled.status).toBe(200);
    expect((await cut).status).toBe(200);
    // Both were answered by the fail-safe, which waits on nothing the pause holds (not by the budget's timer).
    expect(h.logs.filter((l) => l.includes('"outcome":"fail-safe"'))).toHaveLength(2);
    redis.signal("SIGCONT");

    const resumed = Date.now();
    const red = await h.post(buildInboundSms({ From: from, Body: "Nu kan jeg ikke synke" }));
    expect(red.status).toBe(200);
    expect(red.messages[0]).toMatch(/^Ring 112 nu/);
    await eventually(async () => {
      const ref = (await h!.stores.conversations.get(from))?.snapshot.context.caseRef;
      expect(ref).toMatch(/^K\d+$/);
      expect((await h!.stores.cases.get(ref!))?.snapshot).toMatchObject({ value: "paged", context: { level: "emergency", patient: from } });
      expect(h!.sms.filter((s) => s.to === DOCTOR).map((s) => s.body)).toContainEqual(expect.stringMatching(new RegExp(`^${ref} AKUT`)));
    }, 10_000 - (Date.now() - resumed));
  }, 40_000);
});
