import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { consoleClient, enrolledStaff, logIn, type ConsoleClient } from "../support/console-client.js";
import { ACCOUNT_SID, buildInboundSms, DOCTOR, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
let doctor: ConsoleClient;
let doctorName: string;
beforeEach(async () => {
  h = await startHarness();
  const { member } = await enrolledStaff(h, "doctor", "Dr. Hansen");
  doctorName = member.name;
  doctor = consoleClient(h);
  await logIn(h, doctor, member);
});
afterEach(async () => { await h.close(); });

const PHOTO = `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/MM${"1".repeat(32)}/Media/ME${"2".repeat(32)}`;

async function emergency(extra: Record<string, string> = {}): Promise<string> {
  const from = buildInboundSms().From!;
  await h.post(buildInboundSms({ From: from, Body: "Jeg kan ikke synke og min stemme er væk", ...extra }));
  return from;
}
const pagesToDoctor = () => h.sms.filter((s) => s.to === DOCTOR);
const caseOf = async (ref: string) => (await h.stores.cases.get(ref))!.snapshot;

describe("the inbox", () => {
  it("lists open cases most urgent first with level, sign, number, age and escalation, and counts the unacknowledged in the title", async () => {
    const review = buildInboundSms().From!;
    await h.post(buildInboundSms({ From: review, Body: "Mit øjenlåg hænger lidt" }));
    h.clock.advance(60_000);
    const patient = await emergency();
    h.clock.advance(4 * 60_000);
    const page = await doctor.get("/console");
    expect(page.status).toBe(200);
    const k2 = page.text.indexOf("/console/cases/K2");
    const k1 = page.text.indexOf("/console/cases/K1");
    expect(k2).toBeGreaterThan(0);
    expect(k2).toBeLessThan(k1);
    expect(page.text).toContain("Akut");
    expect(page.text).toContain("Svært ved at synke");
    expect(page.text).toContain(patient);
    expect(page.text).toContain("4 min.");
    expect(page.text).toContain("Lægen er sidet");
    expect(page.text).toContain("Venter på gennemgangen");
    expect(page.text).toMatch(/data-count="2"/);
    const list = await doctor.get("/console/inbox/list?f=unacked", { "x-poll": "1" });
    expect(list.headers.get("x-count")).toBe("2");
  });

  it("filters: not acknowledged, mine, review today, closed in 30 days; and finds by reference or number", async () => {
    const patient = await emergency();
    await h.post(buildInboundSms({ Body: "Mit øjenlåg hænger lidt" }));
    await doctor.post("/console/cases/K1/ack");
    const refs = async (path: string) => [...(await doctor.get(path)).text.matchAll(/href="\/console\/cases\/(K\d+)"/g)].map((m) => m[1]);
    expect(await refs("/console?f=unacked")).toEqual(["K2"]);
    expect(await refs("/console?f=mine")).toEqual(["K1"]);
    expect(await refs("/console?f=review")).toEqual(["K2"]);
    expect(await refs(`/console?q=${encodeURIComponent(patient.slice(-6))}`)).toEqual(["K1"]);
    expect(await refs("/console?q=k2")).toEqual(["K2"]);
    await doctor.post("/console/cases/K1/close", { confirm: "1" });
    expect(await refs("/console?f=closed")).toEqual(["K1"]);
    expect(await refs("/console")).toEqual(["K2"]);
  });
});

describe("the whole case", () => {
  it("shows every message, the bot's replies, pages, delivery status, photos inline and the words that matched", async () => {
    nock("https://api.twilio.com").get(/\/Media\//).reply(200, "jpegbytes", { "content-type": "image/jpeg" });
    const patient = await emergency({ NumMedia: "1", MediaUrl0: PHOTO, MediaContentType0: "image/jpeg" });
    const page = pagesToDoctor()[0]!;
    await h.post({ MessageSid: page.sid, MessageStatus: "delivered" }, { path: "/twilio/status" });
    const res = await doctor.get("/console/cases/K1");
    expect(res.status).toBe(200);
    expect(res.text).toContain("Jeg kan ikke synke og min stemme er væk");
    expect(res.text).toContain("Ring 112");
    expect(res.text).toContain("Lægen sidet (1. gang)");
    expect(res.text).toContain("Levering af siden til lægen: leveret");
    expect(res.text).toContain("Svært ved at synke</strong>");
    expect(res.text).toContain("ord: «kan ikke synke»");
    expect(res.text).toContain('<img src="/console/cases/K1/photos/0"');
    expect(res.text).toContain(patient);
    const photo = await doctor.get("/console/cases/K1/photos/0");
    expect(photo.status).toBe(200);
    expect(photo.text).toBe("jpegbytes");
    expect(photo.headers.get("content-security-policy")).toContain("sandbox");
    // No session, no photo.
    expect((await fetch(`${h.baseUrl}/console/cases/K1/photos/0`, { redirect: "manual" })).status).toBe(303);
  });

  it("answers 404 for an unknown case and for another clinic's key prefix", async () => {
    await emergency();
    expect((await doctor.get("/console/cases/K99")).status).toBe(404);
    expect((await doctor.get("/console/cases/other:K1")).status).toBe(404);
    expect((await doctor.get("/console/cases/akut%3A%7Bcases%7D%3Acase%3AK1")).status).toBe(404);
    expect((await doctor.post("/console/cases/K99/ack")).status).toBe(404);
  });
});

describe("actions on a case, through the same machine as the SMS commands", () => {
  it("acknowledges: the escalation stops, the doctor's SMS OK then hears it was acknowledged already", async () => {
    await emergency();
    const res = await doctor.post("/console/cases/K1/ack");
    expect(res.location).toBe("/console/cases/K1?n=ack");
    expect((await caseOf("K1")).value).toBe("acknowledged");
    expect((await caseOf("K1")).context.ackedBy).toMatchObject({ name: doctorName, via: "console" });
    h.clock.advance(60 * 60_000);
    await h.bot.tick();
    expect(pagesToDoctor()).toHaveLength(1);
    expect(h.calls).toEqual([]);
    expect((await h.post(buildInboundSms({ From: DOCTOR, Body: "OK K1" }))).messages).toEqual(["K1 er allerede kvitteret kl. 21.00."]);
  });

  it("an SMS OK first: the console's acknowledge says who had it already", async () => {
    await emergency();
    await h.post(buildInboundSms({ From: DOCTOR, Body: "OK K1" }));
    const res = await doctor.post("/console/cases/K1/ack");
    expect(res.location).toBe("/console/cases/K1?n=already-acked");
    expect((await doctor.get(res.location!)).text).toContain("K1 er allerede kvitteret af Lægen 26.11.2026 21.00.");
  });

  it("two staff acknowledging at once: one acknowledgement, and a clear message to the second", async () => {
    await emergency();
    const { member } = await enrolledStaff(h, "nurse", "Sygeplejerske Sofie");
    const nurse = consoleClient(h);
    await logIn(h, nurse, member);
    await nurse.get("/console/cases/K1");
    await doctor.get("/console/cases/K1");
    const [a, b] = await Promise.all([doctor.post("/console/cases/K1/ack"), nurse.post("/console/cases/K1/ack")]);
    expect([a.location, b.location].sort()).toEqual(["/console/cases/K1?n=ack", "/console/cases/K1?n=already-acked"]);
    const history = (await h.stores.history.list("K1")).filter((e) => e.kind === "ack");
    expect(history).toHaveLength(1);
    const second = a.location!.endsWith("already-acked") ? doctor : nurse;
    const winner = history[0]!.kind === "ack" ? history[0]!.by.name : "";
    expect((await second.get("/console/cases/K1?n=already-acked")).text).toContain(`K1 er allerede kvitteret af ${winner}`);
    expect((await h.stores.audit.list({ caseRef: "K1" })).filter((e) => e.action === "ack")).toHaveLength(1);
  });

  it("replies: the patient gets the SMS from the clinic, the case is acknowledged, and the timeline says who wrote", async () => {
    const patient = await emergency();
    const res = await doctor.post("/console/cases/K1/reply", { text: "Ring 112 nu. Vi ringer til dig bagefter.", canned: "" });
    expect(res.location).toBe("/console/cases/K1?n=reply");
    expect(h.sms.filter((s) => s.to === patient).map((s) => s.body)).toEqual(["Fra klinikken: Ring 112 nu. Vi ringer til dig bagefter."]);
    expect((await caseOf("K1")).value).toBe("acknowledged");
    const page = await doctor.get("/console/cases/K1");
    expect(page.text).toContain(`Svar fra ${doctorName} (konsol)`);
    expect(page.text).toContain("Levering af svaret til patienten: sendt");
    // A canned reply goes as chosen when nothing is written.
    await doctor.post("/console/cases/K1/reply", { text: "", canned: "Vil du tage et billede af området i godt lys og sende det her? Så ser lægen på det." });
    expect(h.sms.filter((s) => s.to === patient).at(-1)!.body).toMatch(/^Fra klinikken: Vil du tage et billede/);
    expect((await doctor.post("/console/cases/K1/reply", { text: " ", canned: "" })).location).toBe("/console/cases/K1?n=reply-empty");
  });

  it("raises with a reason: an unacknowledged review case pages the doctor at once, as the SMS command does", async () => {
    await h.post(buildInboundSms({ Body: "Mit øjenlåg hænger lidt" }));
    expect(pagesToDoctor()).toHaveLength(0);
    expect((await doctor.post("/console/cases/K1/level", { level: "urgent", reason: "" })).location).toBe("/console/cases/K1?n=level-reason");
    expect((await caseOf("K1")).context.level).toBe("review");
    await doctor.post("/console/cases/K1/level", { level: "urgent", reason: "Hængende øjenlåg dækker pupillen" });
    const snap = await caseOf("K1");
    expect(snap.context.level).toBe("urgent");
    expect(snap.value).toBe("paged");
    expect(pagesToDoctor()).toHaveLength(1);
    expect(pagesToDoctor()[0]!.body).toMatch(/^K1 HASTER\./);
    expect(snap.context.levelChanges).toEqual([expect.objectContaining({ from: "review", to: "urgent", reason: "Hængende øjenlåg dækker pupillen", by: expect.objectContaining({ name: doctorName, via: "console" }) })]);
    // The same by SMS, on another case.
    await h.post(buildInboundSms({ Body: "Mit øjenlåg hænger lidt" }));
    expect((await h.post(buildInboundSms({ From: DOCTOR, Body: "NIVEAU K2 HASTER øjenlåget dækker pupillen" }))).messages).toEqual(["K2 har nu niveau HASTER. Den vagthavende læge får en side nu."]);
    expect((await caseOf("K2")).value).toBe("paged");
  });

  it("lowers with a reason: the escalation stops and the one who lowered has the case", async () => {
    await emergency();
    await doctor.post("/console/cases/K1/level", { level: "review", reason: "Talt med patienten: synker fint, det var ondt i halsen" });
    const snap = await caseOf("K1");
    expect(snap.context.level).toBe("review");
    expect(snap.value).toBe("acknowledged");
    expect(snap.context.ackedBy?.name).toBe(doctorName);
    const page = await doctor.get("/console/cases/K1");
    expect(page.text).toContain(`Niveau akut → gennemgang af ${doctorName} (konsol)`);
    expect(page.text).toContain("Grund: Talt med patienten");
    h.clock.advance(60 * 60_000);
    await h.bot.tick();
    expect(pagesToDoctor()).toHaveLength(1);
  });

  it("closes only once the note is exported or the close is confirmed; the bot then answers the patient again, and LUK K1 hears it is closed", async () => {
    const patient = await emergency();
    expect((await doctor.post("/console/cases/K1/close")).location).toBe("/console/cases/K1?n=close-ask");
    expect((await caseOf("K1")).value).not.toBe("closed");
    await doctor.post("/console/cases/K1/export", { how: "copy" });
    expect((await doctor.post("/console/cases/K1/close")).location).toBe("/console/cases/K1?n=closed");
    const snap = await caseOf("K1");
    expect(snap.value).toBe("closed");
    expect(snap.context.closedBy?.name).toBe(doctorName);
    const after = await h.post(buildInboundSms({ From: patient, Body: "Hvornår virker det?" }));
    expect(after.messages[0]).toMatch(/2-3 dage/);
    expect((await h.post(buildInboundSms({ From: DOCTOR, Body: "LUK K1" }))).messages).toEqual(["K1 er allerede lukket."]);
    expect((await doctor.post("/console/cases/K1/ack")).location).toBe("/console/cases/K1?n=already-closed");
  });

  it("shows an SMS command in the console as the same act, by the doctor's name when the number is a staff member's", async () => {
    const { member } = await enrolledStaff(h, "doctor", "Dr. Berg", "+4561000001");
    await emergency();
    expect((await h.post(buildInboundSms({ From: member.phone, Body: "K1 Vi ringer om 5 minutter" }))).messages).toEqual(["Sendt til patienten i K1."]);
    const page = await doctor.get("/console/cases/K1");
    expect(page.text).toContain("Svar fra Dr. Berg (SMS)");
    expect(page.text).toContain("Vi ringer om 5 minutter");
    expect(page.text).toContain("Kvitteret af Dr. Berg");
  });
});

describe("a hostile patient message", () => {
  it("is shown as text, never as markup", async () => {
    const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)> "quoted" ${"x".repeat(5000)}`;
    await h.post(buildInboundSms({ Body: `Jeg kan ikke synke ${hostile}` }));
    const page = await doctor.get("/console/cases/K1");
    expect(page.text).not.toContain("<script>alert(1)</script>");
    expect(page.text).not.toContain("<img src=x");
    expect(page.text).toContain("&lt;script>alert(1)&lt;/script>");
    const inbox = await doctor.get("/console");
    expect(inbox.text).not.toContain("<script>alert");
  });
});
