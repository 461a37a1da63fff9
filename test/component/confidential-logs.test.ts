import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildInboundSms, DOCTOR, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(async () => { await h.close(); });

describe.each([["memory", false], ["Redis", true]])("logs at info level, %s store", (_name, redis) => {
  beforeEach(async () => { h = await startHarness({}, { redis }); });

  it("hold no phone number and no message text through a whole conversation", async () => {
    const from = buildInboundSms().From!;
    const texts = ["Mit øjenlåg hænger", "3", "Nu kan jeg ikke synke", "STOP"];
    for (const Body of texts) await h.post(buildInboundSms({ From: from, Body }));
    await h.post(buildInboundSms({ From: DOCTOR, Body: "K1 Jeg ringer til dig nu" }));
    await h.post(buildInboundSms({ From: DOCTOR, Body: "OK K1" }));
    h.clock.advance(60 * 60 * 1000);
    await h.bot.tick();
    const logs = h.logs.join("\n");
    expect(logs).toMatch(/K1/);
    expect(logs).toMatch(/"path":"\/sms"/);
    expect(h.logs.filter((l) => l.includes('"path":"/sms"')).length).toBeGreaterThanOrEqual(6);
    for (const secret of [from, from.slice(1), from.slice(3), DOCTOR.slice(3), "øjenlåg", "synke", "ringer til dig"]) {
      expect(logs).not.toContain(secret);
    }
  });
});

describe("the request log", () => {
  beforeEach(async () => { h = await startHarness({}); });

  const lines = (path: string) => h.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => (l.req as { path?: string } | undefined)?.path === path);

  it("writes one line per webhook request, with the triage level and the case it opened", async () => {
    await h.post(buildInboundSms({ Body: "Hvor længe går der før virkningen kommer?" }));
    await h.post(buildInboundSms({ Body: "Mit øjenlåg hænger efter behandlingen" }));
    const [question, ptosis, ...more] = lines("/sms");
    expect(more).toEqual([]);
    expect(question).toMatchObject({ outcome: "patient", triage: "info", caseRef: null, res: { status: 200 } });
    expect(ptosis).toMatchObject({ outcome: "patient", triage: "review", caseRef: "K1" });
    expect(h.logs.join("\n")).not.toMatch(/patient message handled/);
  });

  it("writes a refused request at warn, with its status, method, a path without its query and a time", async () => {
    const refused = await h.post(buildInboundSms({ Body: "Hej" }), { signature: "forged", path: "/sms?token=secret-in-query" });
    expect(refused.status).toBe(403);
    const [line, ...more] = lines("/sms");
    expect(more).toEqual([]);
    expect(line).toMatchObject({ level: 40, msg: "request completed", req: { method: "POST", path: "/sms" }, res: { status: 403 } });
    expect((line!.req as { id: string }).id).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof line!.responseTime).toBe("number");
    expect(h.logs.join("\n")).not.toContain("secret-in-query");
  });

  it("names the doctor's command and a duplicate delivery on their request lines", async () => {
    await h.post(buildInboundSms({ Body: "Jeg kan ikke synke" }));
    const ack = buildInboundSms({ From: DOCTOR, Body: "OK K1" });
    await h.post(ack);
    await h.post(ack);
    const [, doctor, duplicate] = lines("/sms");
    expect(doctor).toMatchObject({ outcome: "doctor", command: "ack", caseRef: "K1" });
    expect(duplicate).toMatchObject({ outcome: "duplicate" });
  });
});
