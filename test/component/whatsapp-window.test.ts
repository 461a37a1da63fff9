import { afterEach, describe, expect, it } from "vitest";
import { ACCOUNT_SID, buildInboundSms, CLINIC_NUMBER, DOCTOR, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(async () => { await h.close(); });

const HOUR = 60 * 60 * 1000;
const TEMPLATE_SID = "HX" + "0123456789abcdef".repeat(2);
const FAST = { OUTBOUND_RETRY_MS: "1", OUTBOUND_ATTEMPTS: "2" };
const OUTSIDE_WINDOW = { status: 400, code: 63016 };
const freeformWhatsApp = (form: URLSearchParams) => form.get("To")!.startsWith("whatsapp:") && !form.get("ContentSid");

const doctor = (Body: string) => h.post(buildInboundSms({ From: DOCTOR, Body }));
const sentTo = (to: string) => h.sms.filter((s) => s.to === to);
const doctorTexts = () => sentTo(DOCTOR).map((s) => s.body);

/** A patient on WhatsApp with an urgent case (K1), paged to the doctor; returns the patient's bare number. */
async function whatsAppPatient(): Promise<{ whatsapp: string; phone: string }> {
  const phone = buildInboundSms().From!;
  const whatsapp = `whatsapp:${phone}`;
  await h.post(buildInboundSms({ From: whatsapp, To: `whatsapp:${CLINIC_NUMBER}`, Body: "Der kommer materie ud af et stiksted" }));
  expect(doctorTexts()).toHaveLength(1);
  return { whatsapp, phone };
}

function statusCallback(sid: string, status: string, errorCode: string) {
  return h.post({ MessageSid: sid, MessageStatus: status, ErrorCode: errorCode, AccountSid: ACCOUNT_SID }, { path: "/twilio/status" });
}

describe("the doctor's reply to a patient on WhatsApp", () => {
  it("goes by WhatsApp while the patient's last message is less than 24 hours old", async () => {
    h = await startHarness();
    const patient = await whatsAppPatient();
    h.clock.advance(20 * HOUR);
    // The window runs from the patient's last message, not the first.
    await h.post(buildInboundSms({ From: patient.whatsapp, Body: "Det er stadig rødt" }));
    h.clock.advance(23 * HOUR);
    const res = await doctor("K1 Tag et billede og send det til os");
    expect(res.messages).toEqual(["Sendt til patienten i K1."]);
    expect(sentTo(patient.whatsapp)).toEqual([expect.objectContaining({ from: `whatsapp:${CLINIC_NUMBER}`, body: "Fra klinikken: Tag et billede og send det til os", contentSid: null })]);
    expect(sentTo(patient.phone)).toEqual([]);
  });

  it("goes as a plain SMS from the clinic's number after 24 hours without a patient message, and the doctor is told", async () => {
    h = await startHarness();
    const patient = await whatsAppPatient();
    h.clock.advance(24 * HOUR + 60_000);
    const res = await doctor("K1 Ring til klinikken i morgen kl. 9");
    expect(res.messages).toEqual(["Sendt til patienten i K1 som almindelig SMS, da patienten ikke har skrevet på WhatsApp i over 24 timer."]);
    expect(sentTo(patient.whatsapp)).toEqual([]);
    expect(sentTo(patient.phone)).toEqual([expect.objectContaining({ from: CLINIC_NUMBER, body: "Fra klinikken: Ring til klinikken i morgen kl. 9" })]);
  });

  it("goes as the approved WhatsApp template after 24 hours when WHATSAPP_TEMPLATE_SID is set", async () => {
    h = await startHarness({ WHATSAPP_TEMPLATE_SID: TEMPLATE_SID });
    const patient = await whatsAppPatient();
    h.clock.advance(30 * HOUR);
    const res = await doctor("K1 Ring til klinikken i morgen kl. 9");
    expect(res.messages).toEqual(["Sendt til patienten i K1 på WhatsApp med klinikkens godkendte skabelon, da patienten ikke har skrevet i over 24 timer."]);
    expect(sentTo(patient.whatsapp)).toEqual([expect.objectContaining({ from: `whatsapp:${CLINIC_NUMBER}`, body: "", contentSid: TEMPLATE_SID })]);
    expect(JSON.parse(sentTo(patient.whatsapp)[0]!.contentVariables!)).toEqual({ 1: "Ring til klinikken i morgen kl. 9" });
    expect(sentTo(patient.phone)).toEqual([]);
  });

  it("falls back to SMS when Twilio answers the WhatsApp send with 63016, and the doctor is told by SMS", async () => {
    h = await startHarness(FAST);
    const patient = await whatsAppPatient();
    const rejected = h.twilioRejects(freeformWhatsApp, OUTSIDE_WINDOW);
    await doctor("K1 Tag et billede og send det til os");
    expect(rejected.isDone()).toBe(true);
    expect(sentTo(patient.whatsapp)).toEqual([]);
    expect(sentTo(patient.phone)).toEqual([expect.objectContaining({ from: CLINIC_NUMBER, body: "Fra klinikken: Tag et billede og send det til os" })]);
    expect(doctorTexts().at(-1)).toBe("K1: Dit svar kom ikke frem på WhatsApp, så patienten har fået det som almindelig SMS i stedet.");
  });

  it("falls back to the template when Twilio answers with 63016 and WHATSAPP_TEMPLATE_SID is set", async () => {
    h = await startHarness({ ...FAST, WHATSAPP_TEMPLATE_SID: TEMPLATE_SID });
    const patient = await whatsAppPatient();
    h.twilioRejects(freeformWhatsApp, OUTSIDE_WINDOW);
    await doctor("K1 Tag et billede og send det til os");
    expect(sentTo(patient.whatsapp)).toEqual([expect.objectContaining({ contentSid: TEMPLATE_SID })]);
    expect(sentTo(patient.phone)).toEqual([]);
    expect(doctorTexts()).toHaveLength(1);
  });

  it("falls back to SMS when the template is refused too", async () => {
    h = await startHarness({ ...FAST, WHATSAPP_TEMPLATE_SID: TEMPLATE_SID });
    const patient = await whatsAppPatient();
    h.clock.advance(30 * HOUR);
    h.twilioRejects((form) => form.get("To")!.startsWith("whatsapp:"), OUTSIDE_WINDOW);
    await doctor("K1 Tag et billede og send det til os");
    expect(sentTo(patient.phone)).toEqual([expect.objectContaining({ body: "Fra klinikken: Tag et billede og send det til os" })]);
    expect(doctorTexts().at(-1)).toMatch(/^K1: Dit svar kom ikke frem på WhatsApp/);
  });

  it("falls back to SMS when Twilio reports 63016 later, in the status callback", async () => {
    h = await startHarness();
    const patient = await whatsAppPatient();
    await doctor("K1 Tag et billede og send det til os");
    const [sent] = sentTo(patient.whatsapp);
    expect((await statusCallback(sent!.sid, "failed", "63016")).status).toBe(204);
    expect((await statusCallback(sent!.sid, "failed", "63016")).status).toBe(204);
    expect(sentTo(patient.phone)).toEqual([expect.objectContaining({ from: CLINIC_NUMBER, body: "Fra klinikken: Tag et billede og send det til os" })]);
    expect(doctorTexts().at(-1)).toMatch(/^K1: Dit svar kom ikke frem på WhatsApp/);
  });

  it("goes by the template when Twilio reports 63016 later and WHATSAPP_TEMPLATE_SID is set", async () => {
    h = await startHarness({ WHATSAPP_TEMPLATE_SID: TEMPLATE_SID });
    const patient = await whatsAppPatient();
    await doctor("K1 Tag et billede og send det til os");
    await statusCallback(sentTo(patient.whatsapp)[0]!.sid, "undelivered", "63016");
    expect(sentTo(patient.whatsapp).map((s) => s.contentSid)).toEqual([null, TEMPLATE_SID]);
    expect(sentTo(patient.phone)).toEqual([]);
  });

  it("is never dropped silently: when neither WhatsApp nor SMS takes it, the doctor is told to call", async () => {
    h = await startHarness(FAST);
    const patient = await whatsAppPatient();
    h.twilioRejects((form) => form.get("To")!.endsWith(patient.phone), { status: 400, code: 21610 });
    await doctor("K1 Tag et billede og send det til os");
    expect(doctorTexts().at(-1)).toBe(`K1: Dit svar kunne ikke sendes til patienten. Ring til patienten på ${patient.phone}.`);
  });
});

describe("the doctor's reply to a patient on SMS", () => {
  it("tells the doctor when Twilio reports it undelivered", async () => {
    h = await startHarness();
    const patient = buildInboundSms().From!;
    await h.post(buildInboundSms({ From: patient, Body: "Der kommer materie ud af et stiksted" }));
    h.clock.advance(48 * HOUR);
    expect((await doctor("K1 Vi ringer i morgen")).messages).toEqual(["Sendt til patienten i K1."]);
    await statusCallback(sentTo(patient)[0]!.sid, "undelivered", "30003");
    expect(doctorTexts().at(-1)).toBe(`K1: Dit svar kunne ikke sendes til patienten. Ring til patienten på ${patient}.`);
  });
});
