import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACCOUNT_SID, buildInboundSms, CLINIC_NUMBER, DOCTOR, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeEach(async () => { h = await startHarness(); });
afterEach(async () => { await h.close(); });

const pages = () => h.sms.filter((s) => s.to === DOCTOR);
const photo = (n: number) => `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/MM${"1".repeat(32)}/Media/ME${String(n).repeat(32)}`;

describe("patient conversation", () => {
  it("answers an emergency with 'Ring 112 nu' first and pages the doctor at once", async () => {
    const fields = buildInboundSms({ Body: "Jeg har svært ved at synke efter botox i går" });
    const res = await h.post(fields);
    expect(res.messages).toEqual([expect.stringMatching(/^Ring 112 nu\./), "Du skriver til klinikkens automatiske akutlinje."]);
    expect(pages()).toHaveLength(1);
    const page = pages()[0]!;
    expect(page.from).toBe(CLINIC_NUMBER);
    expect(page.body).toMatch(/^K1 AKUT\. Patient /);
    expect(page.body).not.toMatch(/emergency/);
    expect(page.body).toContain(fields.From!);
    expect(page.body).toContain("1 dag siden behandling");
    expect(page.body).toContain("svært ved at synke");
    const conv = await h.stores.conversations.get(fields.From!);
    expect(conv?.snapshot).toMatchObject({ value: "handedOver", context: { caseRef: "K1", level: "emergency" } });
  });

  it("answers a question from the leaflet without waking anyone", async () => {
    const res = await h.send({ Body: "Hvornår ser jeg den fulde effekt?" });
    expect(res.messages[0]).toMatch(/14 dage/);
    expect(h.sms).toEqual([]);
  });

  it("passes a question the leaflet does not answer to the clinic", async () => {
    const fields = buildInboundSms({ Body: "Må jeg træne efter behandlingen?" });
    const res = await h.post(fields);
    expect(res.messages[0]).toMatch(/videre til klinikken/);
    expect(h.sms).toEqual([]);
    const [question] = await h.stores.cases.open();
    expect(question?.snapshot.context).toMatchObject({ level: "info", patient: fields.From, summary: "Spørgsmål: Må jeg træne efter behandlingen?" });
    // The conversation stays with the bot: the leaflet still answers the next question.
    const next = await h.post(buildInboundSms({ From: fields.From, Body: "Hvornår ser jeg den fulde effekt?" }));
    expect(next.messages[0]).toMatch(/14 dage/);
    expect((await h.stores.conversations.get(fields.From!))?.snapshot).toMatchObject({ value: "idle" });
  });

  it("passes nothing on for a bare 'ok' or a lone question mark", async () => {
    await h.send({ Body: "ok" });
    await h.send({ Body: "?" });
    expect(await h.stores.cases.open()).toEqual([]);
  });

  it("reassures an expected effect in the leaflet's words, with a safety net", async () => {
    const res = await h.send({ Body: "Jeg har et lille blåt mærke" });
    expect(res.messages[0]).toMatch(/en uges tid/);
    expect(res.messages[0]).toMatch(/ring 112\.$/);
    expect(await h.stores.cases.open()).toEqual([]);
  });

  it("asks a follow-up question for a review symptom and keeps the answer in the case", async () => {
    const fields = buildInboundSms({ Body: "Mit øjenlåg hænger" });
    const first = await h.post(fields);
    expect(first.messages[0]).toMatch(/3-4 måneder/);
    expect(first.messages[0]).toMatch(/Hvor mange dage er det siden/);
    expect(first.messages[0]).toMatch(/klinikken kontakter dig i morgen/);
    const second = await h.post(buildInboundSms({ From: fields.From, Body: "3" }));
    expect(second.messages[0]).toMatch(/^Tak, det er noteret til lægen\./);
    const record = await h.stores.cases.get("K1");
    expect(record?.snapshot.context).toMatchObject({ level: "review", answers: { daysSinceTreatment: "3" } });
    expect(pages()).toEqual([]);
  });

  it("raises the case when a follow-up answer reveals a worse sign", async () => {
    const from = buildInboundSms().From!;
    await h.post(buildInboundSms({ From: from, Body: "Mine øjne er meget tørre" }));
    await h.post(buildInboundSms({ From: from, Body: "2 dage" }));
    const res = await h.post(buildInboundSms({ From: from, Body: "ja" }));
    expect(res.messages[0]).toMatch(/^Tak for beskeden\. Sløret syn .*Lægen får besked nu og kontakter dig i aften\./);
    expect((await h.stores.cases.get("K1"))?.snapshot.context.level).toBe("urgent");
    expect(pages()).toHaveLength(1);
  });

  it("thanks for a photo without text, asks for a description, and never reads the photo", async () => {
    const fields = buildInboundSms({ Body: "", NumMedia: "1", MediaUrl0: photo(1), MediaContentType0: "image/jpeg" });
    const res = await h.post(fields);
    expect(res.messages[0]).toMatch(/^Hej\. Du skriver til klinikkens automatiske akutlinje\. Tak for billedet/);
    expect(res.messages[0]).toMatch(/hvad du mærker/);
    expect(res.messages[0]).not.toMatch(/forventet|normalt/);
    const record = await h.stores.cases.get("K1");
    expect(record?.snapshot.context.media).toEqual([{ url: photo(1), contentType: "image/jpeg" }]);
  });

  it("attaches every photo of a message to the case, and the doctor's links are signed, not Twilio's", async () => {
    const fields = buildInboundSms({ Body: "Det er rødt, varmt og hævet", NumMedia: "2", MediaUrl0: photo(1), MediaContentType0: "image/jpeg", MediaUrl1: photo(2), MediaContentType1: "image/png" });
    await h.post(fields);
    const page = pages()[0]!;
    expect((await h.stores.cases.get("K1"))?.snapshot.context.media).toHaveLength(2);
    expect(page.body).not.toContain("api.twilio.com");
    const links = page.body.match(/https:\/\/akutlinje\.test\/media\/K1\/\d\?exp=\d+&sig=[\w-]+/g);
    expect(links).toHaveLength(2);
  });

  it("serves a photo link by fetching it from Twilio with the account credentials", async () => {
    await h.post(buildInboundSms({ Body: "Der kommer pus ud", NumMedia: "1", MediaUrl0: photo(3), MediaContentType0: "image/jpeg" }));
    const link = pages()[0]!.body.match(/https:\/\/akutlinje\.test(\/media\/K1\/0\?\S+)/)![1]!;
    const media = nock("https://api.twilio.com")
      .get(new URL(photo(3)).pathname)
      .basicAuth({ user: ACCOUNT_SID, pass: "test-auth-token-0123456789" })
      .reply(200, Buffer.from("jpegbytes"), { "content-type": "image/jpeg" });
    const res = await fetch(`${h.baseUrl}${link}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(await res.text()).toBe("jpegbytes");
    expect(media.isDone()).toBe(true);

    expect((await fetch(`${h.baseUrl}${link.replace(/sig=[\w-]+/, "sig=forged")}`)).status).toBe(403);
    h.clock.advance(25 * 60 * 60 * 1000);
    expect((await fetch(`${h.baseUrl}${link}`)).status).toBe(410);
  });

  it("keeps a handed-over conversation with the doctor, but still answers a new red flag", async () => {
    const from = buildInboundSms().From!;
    await h.post(buildInboundSms({ From: from, Body: "Panden føles tung" }));
    const note = await h.post(buildInboundSms({ From: from, Body: "Hvornår virker det?" }));
    expect(note.messages[0]).toMatch(/^(Din besked er sendt til lægen|Tak, det er noteret til lægen)/);
    expect(note.messages[0]).not.toMatch(/14 dage/);
    const red = await h.post(buildInboundSms({ From: from, Body: "Nu kan jeg ikke synke" }));
    expect(red.messages[0]).toMatch(/^Ring 112 nu/);
    expect(pages()).toHaveLength(1);
    expect(pages()[0]!.body).toMatch(/K1 AKUT\. .*Nu kan jeg ikke synke/);
    expect((await h.stores.cases.get("K1"))?.snapshot.context.level).toBe("emergency");
  });

  it("quotes the patient's words in the order they were written when a later message raises the case", async () => {
    const from = buildInboundSms().From!;
    for (const body of ["Panden føles tung", "Hvornår virker det?", "Nu kan jeg ikke synke"]) await h.post(buildInboundSms({ From: from, Body: body }));
    expect(pages()).toHaveLength(1);
    expect(pages()[0]!.body).toContain('Patienten skriver: "Panden føles tung | Hvornår virker det? | Nu kan jeg ikke synke"');
  });

  it("answers a WhatsApp sender on WhatsApp, and relays the doctor's reply there", async () => {
    const from = "whatsapp:+4540000001";
    const res = await h.post(buildInboundSms({ From: from, Body: "Der kommer materie ud af et stiksted" }));
    expect(res.messages[0]).toMatch(/lægen/i);
    expect(pages()[0]!.body).toContain(from);
    await h.post(buildInboundSms({ From: DOCTOR, Body: "K1 Jeg ringer dig op om 5 minutter" }));
    const relayed = h.sms.find((s) => s.to === from)!;
    expect(relayed.from).toBe(`whatsapp:${CLINIC_NUMBER}`);
    expect(relayed.body).toBe("Fra klinikken: Jeg ringer dig op om 5 minutter");
  });

  it("starts an idle conversation afresh after the configured inactivity", async () => {
    const from = buildInboundSms().From!;
    await h.post(buildInboundSms({ From: from, Body: "Jeg har lidt hovedpine" }));
    expect((await h.stores.conversations.get(from))?.snapshot.context.pending).toBe("daysSinceTreatment");
    h.clock.advance(25 * 60 * 60 * 1000);
    const res = await h.post(buildInboundSms({ From: from, Body: "Hvad koster det?" }));
    expect(res.messages[0]).toMatch(/videre til klinikken/);
    expect((await h.stores.conversations.get(from))?.snapshot.context.pending).toBeNull();
  });
});
