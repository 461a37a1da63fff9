import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { gsmUnits } from "../../src/text/gsm.js";
import { buildInboundSms, DOCTOR, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(async () => { await h.close(); });
beforeEach(async () => { h = await startHarness(); });

const MINUTE = 60_000;
const pages = () => h.sms.filter((s) => s.to === DOCTOR);
async function at(minutes: number) {
  h.clock.advance(minutes * MINUTE);
  await h.bot.tick();
}
const caseState = async (ref: string) => (await h.stores.cases.get(ref))?.snapshot;

/** A patient of their own, who writes `first` and then whatever the test sends next. */
function patient() {
  const from = buildInboundSms().From!;
  return { from, say: (body: string) => h.send({ From: from, Body: body }) };
}

// A message the rules cannot place, told by what happens: a vital function and a comparison.
const UNPLACED = "min kone fik botox i går, og nu bliver hun ved med at tabe gaflen";

describe("the red-flag screen in a conversation", () => {
  it("answers a message it cannot place with the screening question in one SMS and opens a case, without paging yet", async () => {
    const reply = await patient().say(UNPLACED);
    // The screen is one SMS of its own; the first reply of a conversation adds who is writing.
    expect(reply.messages).toEqual([expect.stringMatching(/^Svar JA eller NEJ/), "Du skriver til klinikkens automatiske akutlinje."]);
    expect(reply.messages[0]).toMatch(/^Svar JA eller NEJ: Har du \(eller den, det gælder\) svært ved at synke, tale eller trække vejret/);
    expect(reply.messages[0]).toMatch(/ring 112 nu\.$/);
    expect(gsmUnits(reply.messages[0]!)).toBeLessThanOrEqual(160);
    const opened = await caseState("K1");
    expect(opened?.value).toBe("screening");
    expect(opened?.context.summary).toContain("tabe gaflen");
    expect(pages()).toEqual([]);
  });

  it("shows the doctor's list a screened case as waiting for the patient's answer", async () => {
    await patient().say(UNPLACED);
    const list = await h.post(buildInboundSms({ From: DOCTOR, Body: "LISTE" }));
    expect(list.messages[0]).toMatch(/K1 \S+ \(venter på patientens JA\/NEJ\)/);
  });

  it("asks an English writer in English", async () => {
    const reply = await patient().say("my husband says I sound drunk tonight and words feel thick in my mouth");
    expect(reply.messages[0]).toMatch(/^(Answer YES or NO|Ring 112)/);
    const other = await patient().say("tonight my arms feel like they are made of lead");
    expect(other.messages[0]).toMatch(/^Answer YES or NO: Do you \(or the person this is about\) have trouble swallowing/);
  });

  it("goes straight to the 112 reply and an emergency page on a yes, in any of its forms", async () => {
    for (const yes of ["ja", "Jo", "j", "yes", "1", "ja det har jeg", "Ja, hun kan næsten ikke løfte koppen"]) {
      h.sms.length = 0;
      const p = patient();
      await p.say(UNPLACED);
      const reply = await p.say(yes);
      expect(reply.messages[0], yes).toMatch(/^Ring 112 nu\./);
      expect(reply.messages[0]).toMatch(/at den, det gælder, er behandlet med botox/);
      expect(pages(), yes).toHaveLength(1);
      expect(pages()[0]!.body).toMatch(/^K\d+ AKUT/);
      expect(pages()[0]!.body).toMatch(/Svarede JA til screeningen/);
      expect(pages()[0]!.body).toContain("tabe gaflen");
    }
  });

  it("leaves the message at its own level on a no: a review case for the next day, no page tonight", async () => {
    const p = patient();
    await p.say(UNPLACED);
    const reply = await p.say("nej");
    expect(reply.messages[0]).toMatch(/^Tak for svaret\. Lægen ser på det, og klinikken kontakter dig/);
    expect(reply.messages[0]).toMatch(/så ring 112\.$/);
    const c = await caseState("K1");
    expect(c?.value).toBe("queued");
    expect(c?.context.level).toBe("review");
    expect(c?.context.screenAnswer).toBe("no");
    await at(60);
    expect(pages()).toEqual([]);
  });

  it("still hears a red flag after the no: 'nej, men ...' is read too", async () => {
    const p = patient();
    await p.say(UNPLACED);
    const reply = await p.say("nej, men nu kan hun ikke synke");
    expect(reply.messages[0]).toMatch(/^Ring 112 nu/);
    expect(pages()[0]!.body).toMatch(/^K1 AKUT/);
  });

  it("pages the doctor as urgent, with the patient's words, when no answer comes within SCREEN_MINUTES", async () => {
    await patient().say(UNPLACED);
    await at(9);
    expect(pages()).toEqual([]);
    await at(1);
    expect(pages()).toHaveLength(1);
    expect(pages()[0]!.body).toMatch(/^K1 HASTER/);
    expect(pages()[0]!.body).toContain("tabe gaflen");
    expect(pages()[0]!.body).toMatch(/Har ikke svaret på screeningen/);
    expect((await caseState("K1"))?.value).toBe("paged");
  });

  it("raises the paged case to an emergency when the yes comes after the timer", async () => {
    const p = patient();
    await p.say(UNPLACED);
    await at(10);
    expect(pages()[0]!.body).toMatch(/^K1 HASTER/);
    const reply = await p.say("ja");
    expect(reply.messages[0]).toMatch(/^Ring 112 nu/);
    expect(pages()).toHaveLength(2);
    expect(pages()[1]!.body).toMatch(/^K1 AKUT/);
    expect((await caseState("K1"))?.context.level).toBe("emergency");
  });

  it("reads anything else as a message of its own and pages tonight: the higher level stands", async () => {
    const p = patient();
    await p.say(UNPLACED);
    const reply = await p.say("det ved jeg ikke, hun sidder bare i sofaen");
    expect(reply.messages[0]).toMatch(/^Tak for beskeden\. Lægen får besked nu/);
    expect(pages()).toHaveLength(1);
    expect(pages()[0]!.body).toMatch(/^K1 HASTER/);
    expect(pages()[0]!.body).toMatch(/Svarede ikke JA eller NEJ/);
  });

  it("reads a yes or a no with no screen open as a normal message", async () => {
    const reply = await patient().say("ja");
    expect(reply.messages[0]).not.toMatch(/Ring 112 nu/);
    expect(pages()).toEqual([]);
    const no = await patient().say("nej");
    expect(no.messages[0]).not.toMatch(/^Tak for svaret/);
  });

  it("does not screen an empty message, emoji only or a photo without text", async () => {
    for (const body of ["", "🙂🙂", "👍"]) {
      const reply = await patient().say(body);
      expect(reply.messages.join(" "), body).not.toMatch(/Svar JA eller NEJ/);
    }
    const photo = await h.send({ Body: "", NumMedia: "1", MediaUrl0: "https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM1/Media/ME1", MediaContentType0: "image/jpeg" });
    expect(photo.messages[0]).toMatch(/^Hej\. Du skriver til klinikkens automatiske akutlinje\. Tak for billedet/);
  });
});
