import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { consoleClient, enrolledStaff, logIn, type ConsoleClient } from "../support/console-client.js";
import { ACCOUNT_SID, buildInboundSms, DOCTOR, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
let doctor: ConsoleClient;
beforeEach(async () => {
  h = await startHarness();
  const { member } = await enrolledStaff(h, "doctor", "Dr. Hansen");
  doctor = consoleClient(h);
  await logIn(h, doctor, member);
});
afterEach(async () => { await h.close(); });

const PHOTO = `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/MM${"1".repeat(32)}/Media/ME${"2".repeat(32)}`;
const noteOf = (html: string) => /<textarea name="note"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!.replace(/&#34;/g, '"').replace(/&lt;/g, "<").replace(/&amp;/g, "&");

describe("the journal note", () => {
  it("holds the reason and the patient's own words, findings and level, advice from bot and staff, photos, who acted when, and the follow-up to fill in", async () => {
    const patient = buildInboundSms().From!;
    await h.post(buildInboundSms({ From: patient, Body: "Der kommer materie ud af et stiksted i panden", NumMedia: "1", MediaUrl0: PHOTO, MediaContentType0: "image/jpeg" }));
    h.clock.advance(2 * 60_000);
    await h.post(buildInboundSms({ From: patient, Body: "Nu er det også varmt" }));
    await h.post(buildInboundSms({ From: DOCTOR, Body: "OK K1" }));
    h.clock.advance(3 * 60_000);
    await doctor.get("/console/cases/K1");
    await doctor.post("/console/cases/K1/reply", { text: "Kom forbi klinikken i morgen kl. 9." });
    await doctor.post("/console/cases/K1/level", { level: "emergency", reason: "Feber og spredning" });
    const note = noteOf((await doctor.get("/console/cases/K1")).text);
    expect(note).toMatch(/^Journalnotat: henvendelse til klinikkens akutlinje \(SMS\), sag K1\n/);
    expect(note).toContain(`Patientens nummer: ${patient}`);
    expect(note).toContain('- 26.11.2026 21.00: "Der kommer materie ud af et stiksted i panden"');
    expect(note).toContain('- 26.11.2026 21.02: "Nu er det også varmt"');
    expect(note).toMatch(/Fund og triage:\n- Tegn på infektion[^\n]*\(haster\): "[^"]*materie/i);
    expect(note).toContain("- Niveau ændret fra haster til akut af Dr. Hansen 26.11.2026 21.05. Grund: Feber og spredning");
    expect(note).toContain("Triageniveau: Akut.");
    expect(note).toMatch(/Råd givet:\n- 26.11.2026 21.00 Akutlinjens automatiske svar: "/);
    expect(note).toContain('- 26.11.2026 21.05 Dr. Hansen: "Kom forbi klinikken i morgen kl. 9."');
    expect(note).toContain("Billeder modtaget: 1 (set i akutlinjens konsol");
    expect(note).toMatch(/Hvem handlede hvornår:\n- 26.11.2026 21.00 Lægen sidet \(1. gang\)\n- 26.11.2026 21.02 Kvitteret af Lægen \(SMS\)\n- 26.11.2026 21.05 Svar fra Dr. Hansen \(konsol\)\n- 26.11.2026 21.05 Niveau haster → akut af Dr. Hansen \(konsol\)/);
    expect(note).toMatch(/Aftalt opfølgning: $/);
    expect((await doctor.get("/console/cases/K1")).text).toContain("Akutlinjen gemmer kun sagen i 30 dage og er ikke en journal");
  });

  it("exports the note as the doctor edited it, as a .txt download, recorded on the case and in the audit log", async () => {
    await h.post(buildInboundSms({ Body: "Der kommer materie ud af et stiksted" }));
    await doctor.get("/console/cases/K1");
    const edited = "Journalnotat K1\n<b>Aftalt opfølgning:</b> kontrol i morgen kl. 9.";
    const res = await doctor.post("/console/cases/K1/note.txt", { note: edited });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="K1-journalnotat.txt"');
    expect(res.text).toBe(edited);
    const c = (await h.stores.cases.get("K1"))!.snapshot.context;
    expect(c.exports).toEqual([expect.objectContaining({ by: expect.objectContaining({ name: "Dr. Hansen" }) })]);
    expect((await h.stores.audit.list({ caseRef: "K1" })).map((e) => [e.action, e.detail])).toContainEqual(["export", "hentet som .txt"]);
    const page = await doctor.get("/console/cases/K1");
    expect(page.text).toContain("Eksporteret 26.11.2026 21.00 (Dr. Hansen)");
    expect(page.text).toContain("Journalnotatet er eksporteret.");
    // The copy button records its export the same way.
    expect((await doctor.post("/console/cases/K1/export", { how: "copy" })).status).toBe(204);
    expect((await h.stores.cases.get("K1"))!.snapshot.context.exports).toHaveLength(2);
  });
});
