import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { segments } from "../../src/text/gsm.js";
import { treatmentId } from "../../src/treatments/treatment.js";
import { DOCTOR, startHarness, type Harness } from "../support/harness.js";
import { buildTreatment, changeTreatment, patientOf, postTreatment, TREATMENTS_TOKEN } from "../support/treatments.js";

// The harness's clock starts on Thursday 26 November 2026, 21:00 in Copenhagen. The treatments
// below were given that day at 14:30, so their check-ins fall on Friday 27/11, Tuesday 1/12 and
// Thursday 10/12 at 14:30 (13:30 UTC).
const DAY_1 = Date.parse("2026-11-27T13:30:00Z");
const DAY_5 = Date.parse("2026-12-01T13:30:00Z");
const DAY_14 = Date.parse("2026-12-10T13:30:00Z");
const HOUR = 3_600_000;
const ANSWER_LINE = "Svar 1 hvis alt er fint, 2 hvis noget bekymrer dig, eller skriv hvad du mærker.";

let h: Harness;
beforeEach(async () => { h = await startHarness({ TREATMENTS_API_TOKEN: TREATMENTS_TOKEN }); });
afterEach(async () => { await h.close(); });

const smsTo = (phone: string) => h.sms.filter((s) => s.to === phone).map((s) => s.body);
const doctorSms = () => smsTo(DOCTOR);
async function at(time: number): Promise<void> {
  h.clock.now = time;
  await h.bot.tick();
}
async function treated(overrides: Record<string, unknown> = {}) {
  const body = buildTreatment(overrides);
  expect((await postTreatment(h, body)).status).toBe(201);
  return { ...patientOf(h, body.phone as string), externalId: body.externalId as string };
}

describe("check-ins after a treatment", () => {
  it("go out at the treatment's time of day, moved into the clinic's window, never at night", async () => {
    h.clock.now = Date.parse("2026-11-26T06:00:00Z"); // Thursday 07:00
    const early = await postTreatment(h, buildTreatment({ treatedAt: "2026-11-26T06:30:00+01:00" }));
    const late = await postTreatment(h, buildTreatment({ treatedAt: "2026-11-25T22:15:00+01:00" }));
    expect(early.json.checkins.map((c: { at: string }) => c.at)).toEqual(["2026-11-27T08:00:00.000Z", "2026-12-01T08:00:00.000Z", "2026-12-10T08:00:00.000Z"]);
    expect(late.json.checkins[0]).toEqual({ day: 1, at: "2026-11-26T18:00:00.000Z" }); // 19:00, an hour before the window closes
    h.clock.now = Date.parse("2026-11-26T20:00:00Z");
    const phone = buildTreatment().phone as string;
    expect((await postTreatment(h, buildTreatment({ phone, treatedAt: "2026-11-26T14:30:00+01:00" }))).status).toBe(201);

    await at(DAY_1 - 60_000);
    expect(smsTo(phone)).toEqual([]);
    // The bot was down all day: at 22:00 the check-in waits for the morning.
    await at(Date.parse("2026-11-27T21:00:00Z"));
    expect(smsTo(phone)).toEqual([]);
    await at(Date.parse("2026-11-28T07:59:00Z"));
    expect(smsTo(phone)).toEqual([]);
    await at(Date.parse("2026-11-28T08:00:00Z"));
    expect(smsTo(phone)).toHaveLength(1);
  });

  it("ask on day 1, 5 and 14 in one GSM-7 SMS each, remind once the next day, and note no answer for the digest", async () => {
    const p = await treated();
    await at(DAY_1);
    const [day1] = smsTo(p.from);
    expect(day1).toContain(ANSWER_LINE);
    expect(day1).toMatch(/ring 112/);
    await at(DAY_1 + 24 * HOUR - 60_000);
    expect(smsTo(p.from)).toHaveLength(1);
    await at(DAY_1 + 24 * HOUR);
    expect(smsTo(p.from)[1]).toMatch(/^Vi har ikke hørt fra dig/);
    await at(DAY_1 + 48 * HOUR);
    expect(smsTo(p.from)).toHaveLength(2);
    await at(Date.parse("2026-11-30T07:00:00Z")); // Monday 08:00: the digest
    expect(doctorSms().join("\n")).toContain(`${p.from} dag 1: intet svar efter påmindelse.`);

    await at(DAY_5);
    expect(smsTo(p.from)[2]).toMatch(/Hænger et øjenlåg eller bryn\?/);
    expect((await p.say("1")).messages.join(" ")).toMatch(/godt at høre/);
    await at(DAY_14);
    expect(smsTo(p.from)[3]).toMatch(/Ser begge sider ens ud\? Du er velkommen til kontrol\./);
    await p.say("1");
    await at(DAY_14 + 3 * 24 * HOUR);
    const sent = smsTo(p.from);
    expect(sent).toHaveLength(4);
    for (const text of sent) expect(segments(text)).toEqual({ gsm: true, count: 1 });
  });

  it("go in English to a patient who writes in English", async () => {
    const p = await treated();
    await p.say("Hello, when will I see the effect?");
    await at(DAY_1);
    expect(smsTo(p.from)[0]).toMatch(/^The clinic here\. How are you\? Reply 1 if all is well, 2 if something worries you/);
  });
});

describe("answers to a check-in", () => {
  it("records a 1 as fine, with no case, and the digest lists it", async () => {
    const p = await treated();
    await at(DAY_1);
    const reply = await p.say("1");
    expect(reply.messages.join(" ")).toMatch(/Tak, godt at høre\..*ring 112\./);
    expect(await h.stores.cases.open()).toEqual([]);
    await at(DAY_1 + 24 * HOUR);
    expect(smsTo(p.from)).toHaveLength(1); // no reminder after an answer
    await at(Date.parse("2026-11-30T07:00:00Z"));
    expect(doctorSms().join("\n")).toMatch(new RegExp(`^Opfølgning efter behandling \\(1 patient\\):\\n\\${p.from} dag 1: fint \\(svarede 1\\)\\.`));
  });

  it("answers a 2 with the red-flag screen and opens a review case, which a NEJ leaves for the digest", async () => {
    const p = await treated();
    await at(DAY_1);
    const reply = await p.say("2");
    expect(reply.messages[0]).toMatch(/^Svar JA eller NEJ: Har du/);
    const c = (await h.stores.cases.get("K1"))!;
    expect(c.snapshot.value).toBe("screening");
    expect(c.snapshot.context).toMatchObject({ level: "review", screen: true, patient: p.from });
    expect((await p.say("nej")).messages[0]).toMatch(/Tak for svaret/);
    expect((await h.stores.cases.get("K1"))!.snapshot.value).toBe("queued");
    await at(Date.parse("2026-11-30T07:00:00Z"));
    const digest = doctorSms().join("\n");
    expect(digest).toMatch(/K1 GENNEMGANG/);
    expect(digest).toContain(`${p.from} dag 1: noget bekymrer (svarede 2), K1.`);
  });

  it("pages the doctor when a 2 is followed by JA", async () => {
    const p = await treated();
    await at(DAY_1);
    await p.say("2");
    expect((await p.say("ja")).messages[0]).toMatch(/^Ring 112 nu/);
    expect(doctorSms()[0]).toMatch(/^K1 AKUT/);
  });

  it("reads words as any message: they are triaged, and answer the check-in", async () => {
    const p = await treated();
    await at(DAY_5);
    const reply = await p.say("Mit ene øjenlåg hænger lidt");
    expect(reply.messages[0]).toMatch(/hængende øjenlåg nogle dage efter behandling i panden og mellem brynene/i);
    expect((await h.stores.cases.get("K1"))!.snapshot.context.level).toBe("review");
    await at(DAY_5 + 24 * HOUR);
    expect(smsTo(p.from)).toHaveLength(1);
    await at(Date.parse("2026-12-02T07:00:00Z"));
    expect(doctorSms().join("\n")).toContain(`${p.from} dag 5: skrev, gennemgang, K1.`);
  });

  it("lets an answer in words escalate like any message", async () => {
    const p = await treated();
    await at(DAY_1);
    expect((await p.say("Jeg kan ikke synke ordentligt")).messages[0]).toMatch(/^Ring 112 nu/);
    expect(doctorSms()[0]).toMatch(/^K1 AKUT/);
  });

  it("reads a 1 or a 2 with no check-in open as an ordinary message", async () => {
    const p = await treated();
    const one = await p.say("1");
    expect(one.messages.join(" ")).not.toMatch(/godt at høre/);
    const two = await p.say("2");
    expect(two.messages.join(" ")).not.toMatch(/Svar JA eller NEJ/);
    expect(await h.stores.cases.open()).toHaveLength(0);
  });
});

describe("check-ins that stop", () => {
  it("stop at once on STOP", async () => {
    const p = await treated();
    await p.say("STOP");
    expect((await h.treatments.get(treatmentId(p.externalId)))!.checkin!.snapshot.value).toBe("cancelled");
    await at(DAY_14 + HOUR);
    expect(smsTo(p.from)).toEqual([]);
    const record = (await h.stores.conversations.get(p.from))!;
    expect(record.snapshot.context.stopped).toBe(true);
  });

  it("stop when the patient withdraws consent, and an open check-in no longer takes a 1", async () => {
    const p = await treated();
    await at(DAY_1);
    expect(await changeTreatment(h, p.externalId, "PATCH", { checkinConsent: false })).toBe(200);
    expect((await h.treatments.get(treatmentId(p.externalId)))!.checkin!.snapshot.value).toBe("cancelled");
    expect((await p.say("1")).messages.join(" ")).not.toMatch(/godt at høre/);
    await at(DAY_14 + HOUR);
    expect(smsTo(p.from)).toHaveLength(1);
  });

  it("stop when the clinic closes or deletes the treatment", async () => {
    const closed = await treated();
    const deleted = await treated();
    expect(await changeTreatment(h, closed.externalId, "PATCH", { closed: true })).toBe(200);
    expect(await changeTreatment(h, deleted.externalId, "DELETE")).toBe(204);
    expect(await changeTreatment(h, deleted.externalId, "DELETE")).toBe(404);
    await at(DAY_14 + HOUR);
    expect([...smsTo(closed.from), ...smsTo(deleted.from)]).toEqual([]);
  });

  it("skip a patient whose case is open", async () => {
    const p = await treated();
    await p.say("Jeg har feber og pus fra et stiksted");
    await at(DAY_1);
    expect(smsTo(p.from)).toEqual([]);
    await h.post({ ...{ From: DOCTOR, Body: "LUK K1" }, To: "+4593909978", MessageSid: `SM${"c".repeat(32)}`, NumMedia: "0", AccountSid: h.config.twilio!.accountSid });
    await at(DAY_5);
    expect(smsTo(p.from)).toHaveLength(1);
  });

  it("never start without the patient's consent", async () => {
    const p = await treated({ checkinConsent: false });
    await at(DAY_14 + HOUR);
    expect(smsTo(p.from)).toEqual([]);
  });
});
