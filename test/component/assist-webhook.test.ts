import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { DOCTOR, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(async () => { await h.close(); });

const ASSIST = { OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: "https://llm.test/v1", ASSIST_TIMEOUT_MS: "500" };
const completion = (content: string) => ({ id: "c", object: "chat.completion", created: 1, model: "m", choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content, refusal: null } }] });

describe("the webhook with the assist on", () => {
  it("raises a level on the model's word and tells the doctor why", async () => {
    h = await startHarness(ASSIST);
    nock("https://llm.test").post("/v1/chat/completions").reply(200, completion(JSON.stringify({ level: "urgent", reason: "throat pain after neck injections" })));
    const res = await h.send({ Body: "Jeg har ondt i halsen" });
    expect(res.messages[0]).toMatch(/skal lægen vurdere i dag/);
    const page = h.sms.find((s) => s.to === DOCTOR)!;
    expect(page.body).toMatch(/K1 HASTER/);
    expect(page.body).toMatch(/Niveau hævet af AI-assistent: throat pain after neck injections/);
  });

  it("answers well inside Twilio's 15 s when the model hangs, from the rules", async () => {
    h = await startHarness(ASSIST);
    nock("https://llm.test").post("/v1/chat/completions").delay(5_000).reply(200, completion("{}"));
    const started = Date.now();
    const res = await h.send({ Body: "Jeg kan ikke synke" });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(res.messages[0]).toMatch(/^Ring 112 nu/);
  });

  it("is off without OPENAI_API_KEY: nothing is sent anywhere", async () => {
    h = await startHarness();
    const scope = nock("https://llm.test").post("/v1/chat/completions").reply(200, completion("{}"));
    await h.send({ Body: "Jeg har ondt i halsen" });
    expect(scope.isDone()).toBe(false);
  });
});
