import { afterEach, describe, expect, it } from "vitest";
import { buildInboundSms, CLINIC_NUMBER, DOCTOR, eventually, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(async () => { await h?.close(); });

const HOUR = 60 * 60 * 1000;

async function whatsAppPatient() {
  const phone = buildInboundSms().From!;
  const whatsapp = `whatsapp:${phone}`;
  await h.post(buildInboundSms({ From: whatsapp, To: `whatsapp:${CLINIC_NUMBER}`, Body: "Der kommer materie ud af et stiksted" }));
  await eventually(() => expect(h.sms.filter((s) => s.to === DOCTOR)).toHaveLength(1));
  return { whatsapp, phone };
}

describe("the doctor's reply to a WhatsApp patient, on Redis and BullMQ", () => {
  it("reads the window from the transcript in Redis: after 24 hours the queued reply goes by SMS", async () => {
    h = await startHarness({}, { redis: true });
    const patient = await whatsAppPatient();
    h.clock.advance(25 * HOUR);
    const res = await h.post(buildInboundSms({ From: DOCTOR, Body: "K1 Ring til os i morgen" }));
    expect(res.messages[0]).toMatch(/^Sendt til patienten i K1 som almindelig SMS/);
    await eventually(() => expect(h.sms.filter((s) => s.to === patient.phone)).toEqual([expect.objectContaining({ from: CLINIC_NUMBER, body: "Fra klinikken: Ring til os i morgen" })]));
    expect(h.sms.filter((s) => s.to === patient.whatsapp)).toEqual([]);
  });

  it("moves a queued reply that Twilio refuses with 63016 to SMS, once, and tells the doctor", async () => {
    h = await startHarness({ OUTBOUND_RETRY_MS: "5" }, { redis: true });
    const patient = await whatsAppPatient();
    const rejected = h.twilioRejects((form) => form.get("To") === patient.whatsapp, { status: 400, code: 63016 });
    expect((await h.post(buildInboundSms({ From: DOCTOR, Body: "K1 Ring til os i morgen" }))).messages).toEqual(["Sendt til patienten i K1."]);
    await eventually(() => expect(h.sms.filter((s) => s.to === DOCTOR).map((s) => s.body)).toContain("K1: Dit svar kom ikke frem på WhatsApp, så patienten har fået det som almindelig SMS i stedet."));
    expect(rejected.isDone()).toBe(true);
    expect(h.sms.filter((s) => s.to === patient.phone)).toHaveLength(1);
  });
});
