import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BACKUP, buildInboundSms, DOCTOR, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeEach(async () => { h = await startHarness(); });
afterEach(async () => { await h.close(); });

const doctor = (Body: string, From = DOCTOR) => h.post(buildInboundSms({ From, Body }));

async function openUrgentCase(): Promise<string> {
  const from = buildInboundSms().From!;
  await h.post(buildInboundSms({ From: from, Body: "Der kommer materie ud af et stiksted" }));
  return from;
}

describe("doctor commands", () => {
  it("acknowledges a case with OK K1, so no re-page follows", async () => {
    await openUrgentCase();
    const res = await doctor("ok k1");
    expect(res.messages).toEqual(["K1 er kvitteret."]);
    h.clock.advance(60 * 60 * 1000);
    await h.bot.tick();
    expect(h.sms.filter((s) => s.to === DOCTOR)).toHaveLength(1);
    expect(h.calls).toEqual([]);
  });

  it("says so when a case was acknowledged already, by whom it does not matter", async () => {
    await openUrgentCase();
    expect((await doctor("OK K1")).messages).toEqual(["K1 er kvitteret."]);
    h.clock.advance(3 * 60_000);
    expect((await doctor("OK K1")).messages).toEqual(["K1 er allerede kvitteret kl. 21.00."]);
    expect((await doctor("ok k1", BACKUP)).messages).toEqual(["K1 er allerede kvitteret kl. 21.00."]);
    await doctor("LUK K1");
    expect((await doctor("OK K1")).messages).toEqual(["K1 er allerede lukket."]);
  });

  it("relays K1 <text> to the patient as coming from the clinic", async () => {
    const patient = await openUrgentCase();
    const res = await doctor("K1 Tag et billede og send det til os");
    expect(res.messages).toEqual(["Sendt til patienten i K1."]);
    expect(h.sms.find((s) => s.to === patient)?.body).toBe("Fra klinikken: Tag et billede og send det til os");
    expect((await h.stores.cases.get("K1"))?.snapshot.value).toBe("acknowledged");
  });

  it("closes a case with LUK K1 (and CLOSE), after which the bot answers the patient again", async () => {
    const patient = await openUrgentCase();
    const before = await h.post(buildInboundSms({ From: patient, Body: "Hvornår virker det?" }));
    expect(before.messages[0]).toMatch(/(sendt|noteret) til lægen/);
    expect(before.messages[0]).not.toMatch(/2-3 dage/);
    expect((await doctor("LUK K1")).messages).toEqual(["K1 er lukket. Botten svarer patienten igen."]);
    const after = await h.post(buildInboundSms({ From: patient, Body: "Hvornår virker det?" }));
    expect(after.messages[0]).toMatch(/2-3 dage/);
    await openUrgentCase();
    expect((await doctor("close k2")).messages[0]).toMatch(/K2 er lukket/);
  });

  it("lists the open cases with LISTE and LIST", async () => {
    await openUrgentCase();
    await h.send({ Body: "Mit øjenlåg hænger" });
    await doctor("OK K1");
    const list = (await doctor("LISTE")).messages[0]!;
    expect(list).toMatch(/K1 HASTER \(kvitteret\)/);
    expect(list).toMatch(/K2 GENNEMGANG \(venter på gennemgang\)/);
    expect((await doctor("list")).messages[0]).toBe(list);
  });

  it("answers HJÆLP, HELP and an unknown command with the command list", async () => {
    for (const body of ["HJÆLP", "help", "hvad kan du?"]) {
      expect((await doctor(body)).messages[0]).toMatch(/OK K7 = kvitter/);
    }
  });

  it("says so when a case does not exist", async () => {
    expect((await doctor("OK K99")).messages[0]).toMatch(/Kender ikke sagen K99/);
  });

  it("takes commands from the backup phone too, and any other number is a patient", async () => {
    await openUrgentCase();
    expect((await doctor("OK K1", BACKUP)).messages).toEqual(["K1 er kvitteret."]);
    const stranger = await h.send({ Body: "OK K1" });
    expect(stranger.messages[0]).not.toMatch(/kvitteret/);
  });

  it("knows the doctor and the backup on WhatsApp as on SMS, and never opens a patient conversation for them", async () => {
    await openUrgentCase();
    expect((await doctor("OK K1", `whatsapp:${DOCTOR}`)).messages).toEqual(["K1 er kvitteret."]);
    await openUrgentCase();
    expect((await doctor("OK K2", `whatsapp:${BACKUP}`)).messages).toEqual(["K2 er kvitteret."]);
    expect((await h.stores.cases.get("K2"))?.snapshot.value).toBe("acknowledged");
    expect(await h.stores.conversations.get(`whatsapp:${DOCTOR}`)).toBeNull();
    expect(await h.stores.conversations.get(`whatsapp:${BACKUP}`)).toBeNull();
  });
});
