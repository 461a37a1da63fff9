import { afterEach, describe, expect, it } from "vitest";
import { buildInboundSms, startHarness, type Harness } from "../support/harness.js";
import { buildTreatment, postTreatment, TREATMENTS_TOKEN } from "../support/treatments.js";

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

describe("POST /api/treatments", () => {
  it("is off, with 404, without TREATMENTS_API_TOKEN", async () => {
    h = await startHarness();
    expect((await postTreatment(h, buildTreatment())).status).toBe(404);
  });

  it("refuses a missing or wrong bearer token with 401", async () => {
    h = await startHarness({ TREATMENTS_API_TOKEN: TREATMENTS_TOKEN });
    expect((await postTreatment(h, buildTreatment(), null)).status).toBe(401);
    expect((await postTreatment(h, buildTreatment(), `${TREATMENTS_TOKEN}x`)).status).toBe(401);
    expect((await postTreatment(h, buildTreatment(), "wrong-token-of-the-same-length-xx")).status).toBe(401);
  });

  it("stores a treatment with 201, normalising a Danish number, and plans its check-ins", async () => {
    h = await startHarness({ TREATMENTS_API_TOKEN: TREATMENTS_TOKEN });
    const body = buildTreatment({ phone: "20 12 34 56" });
    const res = await postTreatment(h, body);
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ externalId: body.externalId, areas: ["forehead", "frown-lines"], checkinConsent: true, checkinState: "waiting" });
    expect(res.json.checkins.map((c: { day: number }) => c.day)).toEqual([1, 5, 14]);
    // The record is found for the number as Twilio gives it: the patient is not asked for the days.
    const reply = await h.post(buildInboundSms({ From: "+4520123456", Body: "Mit øjenlåg hænger" }));
    expect(reply.messages.join(" ")).not.toMatch(/Hvor mange dage/);
  });

  it("answers a repeat of the same external id as the first time, and stores it once", async () => {
    h = await startHarness({ TREATMENTS_API_TOKEN: TREATMENTS_TOKEN });
    const body = buildTreatment();
    const first = await postTreatment(h, body);
    const again = await postTreatment(h, { ...body, areas: ["neck"] });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
  });

  it.each([
    ["a date in the future", { treatedAt: "2026-12-24T10:00:00+01:00" }, /treatedAt: is in the future/],
    ["a date more than a year back", { treatedAt: "2025-10-01T10:00:00+02:00" }, /treatedAt: is more than a year back/],
    ["an unknown area", { areas: ["forehead", "nose"] }, /areas: unknown area "nose"/],
    ["a number that is not E.164", { phone: "+45 123" }, /phone: "\+45 123" is not a phone number in E\.164/],
    ["consent that is not a yes or no", { checkinConsent: "ja" }, /checkinConsent/],
  ])("refuses %s with 400 and the reason", async (_what, change, reason) => {
    h = await startHarness({ TREATMENTS_API_TOKEN: TREATMENTS_TOKEN });
    const res = await postTreatment(h, buildTreatment(change));
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([expect.stringMatching(reason)]);
  });
});
