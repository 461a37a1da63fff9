import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildInboundSms, DOCTOR, startHarness, type Harness } from "../support/harness.js";
import { buildTreatment, patientOf, postTreatment, TREATMENTS_TOKEN } from "../support/treatments.js";

// The clock stands on Thursday 26 November 2026, 21:00 in Copenhagen.
let h: Harness;
beforeEach(async () => { h = await startHarness({ TREATMENTS_API_TOKEN: TREATMENTS_TOKEN, DATA_TTL_DAYS: "365" }); });
afterEach(async () => { await h.close(); });

const ASKS = /Hvor mange dage|Hvor blev du behandlet/;
const doctorSms = () => h.sms.filter((s) => s.to === DOCTOR).map((s) => s.body);
async function treated(overrides: Record<string, unknown>) {
  const body = buildTreatment(overrides);
  expect((await postTreatment(h, body)).status).toBe(201);
  return patientOf(h, body.phone as string);
}

describe("a message from a patient the clinic has treated", () => {
  it("is read with the record: the days and the area are no longer asked, and the case has them", async () => {
    const p = await treated({ treatedAt: "2026-11-23T10:00:00+01:00", areas: ["frown-lines"] });
    const reply = await p.say("Mit øjenlåg hænger");
    expect(reply.messages.join(" ")).not.toMatch(ASKS);
    expect(reply.messages.join(" ")).toMatch(/Et hængende øjenlåg nogle dage efter behandling mellem brynene er en kendt, sjælden bivirkning\./);
    const c = (await h.stores.cases.get("K1"))!.snapshot.context;
    expect(c.days).toBe(3);
    expect(c.treatment).toMatchObject({ areas: ["frown-lines"], product: "Azzalure", units: 30 });
  });

  it("without a record, asks for the days as before", async () => {
    const reply = await h.send({ Body: "Mit øjenlåg hænger" });
    expect(reply.messages.join(" ")).toMatch(/Hvor mange dage/);
  });

  it("keeps swallowing trouble after the jaw an emergency, and the page names the treated area first", async () => {
    const p = await treated({ treatedAt: "2026-11-23T10:00:00+01:00", areas: ["masseter"], product: "Vistabel", units: { masseter: 50 } });
    const reply = await p.say("Jeg har svært ved at synke");
    expect(reply.messages[0]).toMatch(/^Ring 112 nu/);
    const page = doctorSms()[0]!;
    expect(page).toMatch(/^K1 AKUT\. Behandlet 23\/11 kl\. 10\.00 \(3 dage siden\): kæbe \(masseter\), Vistabel \(kæbe \(masseter\) 50 E\), læge MKR\. Patient \+45/);
  });

  it("shows the treatment on the page of any other case, after the patient's number", async () => {
    const p = await treated({ treatedAt: "2026-11-25T10:00:00+01:00", areas: ["forehead"] });
    await p.say("Der kommer pus ud af et stiksted");
    expect(doctorSms()[0]).toMatch(/^K1 HASTER\. Patient \+45\d+\. Behandlet 25\/11 kl\. 10\.00 \(1 dag siden\): pande, Azzalure 30 E, læge MKR\./);
  });

  it("calls no effect on day 5 expected, and offers the control visit", async () => {
    const p = await treated({ treatedAt: "2026-11-21T10:00:00+01:00" });
    const reply = (await p.say("Jeg kan ikke mærke nogen effekt")).messages.join(" ");
    expect(reply).toMatch(/fulde effekt kommer først 14 dage efter/);
    expect(reply).toMatch(/Du kan komme til kontrol 14 dage efter behandlingen/);
    expect(await h.stores.cases.open()).toEqual([]);
  });

  it("makes no effect on day 20 a question for the clinic", async () => {
    const p = await treated({ treatedAt: "2026-11-06T10:00:00+01:00" });
    const reply = (await p.say("Jeg kan ikke mærke nogen effekt")).messages.join(" ");
    expect(reply).toMatch(/klinikken vil gerne se på det/);
    expect((await h.stores.cases.get("K1"))!.snapshot.context.level).toBe("review");
  });

  it("still triages a complaint months after, without putting it down to the treatment", async () => {
    const p = await treated({ treatedAt: "2026-08-20T10:00:00+02:00" });
    const reply = (await p.say("Mit øjenlåg hænger")).messages.join(" ");
    expect(reply).not.toMatch(/bivirkning|botox/i);
    expect((await h.stores.cases.get("K1"))!.snapshot.context.level).toBe("review");
  });

  it("takes the patient's own days and area over the record's, and the page notes where they differ", async () => {
    const p = await treated({ treatedAt: "2026-11-23T10:00:00+01:00", areas: ["forehead"] });
    await p.say("Jeg har feber, jeg blev behandlet i kæben for 10 dage siden");
    const c = (await h.stores.cases.get("K1"))!.snapshot.context;
    expect(c.days).toBe(10);
    expect(doctorSms()[0]).toContain("Afviger fra journalen: patienten skriver 10 dage siden, patienten nævner kæbe.");
  });

  it("finds the record for a patient writing on WhatsApp", async () => {
    const phone = buildInboundSms().From!;
    await postTreatment(h, buildTreatment({ phone, treatedAt: "2026-11-23T10:00:00+01:00", areas: ["frown-lines"] }));
    const reply = await h.post(buildInboundSms({ From: `whatsapp:${phone}`, Body: "Mit øjenlåg hænger" }));
    expect(reply.messages.join(" ")).not.toMatch(ASKS);
  });
});
