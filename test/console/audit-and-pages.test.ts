import { afterEach, describe, expect, it } from "vitest";
import { consoleClient, enrolledStaff, logIn } from "../support/console-client.js";
import { buildInboundSms, DOCTOR, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(async () => { await h?.close(); });

describe("the audit log", () => {
  it("records logins, failed logins, case views, acts, exports and rota changes, with who, when and the address", async () => {
    h = await startHarness();
    const { member } = await enrolledStaff(h, "admin", "Admin Anne");
    const doctor = (await enrolledStaff(h, "doctor", "Dr. Hansen")).member;
    const admin = consoleClient(h);
    await admin.get("/console/login");
    await admin.post("/console/login", { phone: member.phone, password: "forkert-forkert", code: "123456" });
    await logIn(h, admin, member);
    await h.post(buildInboundSms({ Body: "Jeg kan ikke synke" }));
    await admin.get("/console/cases/K1");
    await admin.post("/console/cases/K1/ack");
    await admin.post("/console/cases/K1/reply", { text: "Ring 112 nu." });
    await admin.post("/console/cases/K1/level", { level: "urgent", reason: "Talt med patienten" });
    await admin.post("/console/cases/K1/note.txt", { note: "notat" });
    await admin.post("/console/cases/K1/close");
    await admin.get("/console/rota");
    await admin.post("/console/rota/slot", { day: "3", from: "16:00", to: "08:00", primary: doctor.id, backup: "" });
    const entries = await h.stores.audit.list({});
    const actions = entries.map((e) => e.action).reverse();
    expect(actions).toEqual(["login-failed", "login", "case-viewed", "ack", "reply", "level", "export", "close", "rota"]);
    const level = entries.find((e) => e.action === "level")!;
    expect(level).toMatchObject({ who: "Admin Anne", staffId: member.id, caseRef: "K1", detail: "emergency -> urgent", ip: expect.stringMatching(/127\.0\.0\.1/) });
    // Nothing of the patient in the log: no number, no words, no reason.
    const all = JSON.stringify(entries);
    expect(all).not.toMatch(/\+4531|synke|Ring 112|Talt med/);
  });

  it("is shown to admins only, filtered by person, case or date, and exported as CSV", async () => {
    h = await startHarness();
    const admin = (await enrolledStaff(h, "admin", "Admin Anne")).member;
    const nurse = (await enrolledStaff(h, "nurse", "Sygeplejerske Sofie")).member;
    await h.post(buildInboundSms({ Body: "Jeg kan ikke synke" }));
    await h.post(buildInboundSms({ Body: "Jeg kan ikke trække vejret" }));
    const sofie = consoleClient(h);
    await logIn(h, sofie, nurse);
    await sofie.get("/console/cases/K1");
    await sofie.get("/console/cases/K2");
    expect((await sofie.get("/console/audit")).status).toBe(403);
    expect((await sofie.get("/console/audit.csv")).status).toBe(403);
    const anne = consoleClient(h);
    await logIn(h, anne, admin);
    const byCase = await anne.get("/console/audit?case=K2");
    expect(byCase.text).toContain("case-viewed");
    expect(byCase.text).not.toMatch(/<td>K1<\/td>/);
    const byPerson = await anne.get(`/console/audit?person=${admin.id}`);
    expect(byPerson.text).not.toContain("Sygeplejerske Sofie</td>");
    expect((await anne.get("/console/audit?from=2026-11-27")).text).not.toContain("case-viewed");
    const csv = await anne.get("/console/audit.csv?case=K1");
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.text.split("\r\n")[0]).toBe('"tidspunkt","hvem","handling","detaljer","sag","ip"');
    expect(csv.text).toContain('"Sygeplejerske Sofie","case-viewed","","K1"');
  });

  it("has no way to change or remove an entry, and keeps each for AUDIT_TTL_DAYS", async () => {
    h = await startHarness({ AUDIT_TTL_DAYS: "1" });
    expect(Object.keys(h.stores.audit).sort()).toEqual(["append", "list"]);
    await h.stores.audit.append({ at: h.clock.now, staffId: null, who: "x", action: "login-failed", ip: "127.0.0.1" });
    h.clock.advance(23 * 60 * 60_000);
    expect(await h.stores.audit.list({})).toHaveLength(1);
    h.clock.advance(2 * 60 * 60_000);
    expect(await h.stores.audit.list({})).toHaveLength(0);
  });
});

describe("the doctor's page", () => {
  it("carries the short link to the case, /k/K1, which asks for a login", async () => {
    h = await startHarness();
    await h.post(buildInboundSms({ Body: "Jeg kan ikke synke" }));
    expect(h.sms.find((s) => s.to === DOCTOR)!.body).toContain("Se sagen: https://akutlinje.test/k/K1 Svar OK K1");
  });

  it("holds only the reference, the level and the link with PAGE_DETAIL=minimal: no number, no words, no photo link", async () => {
    h = await startHarness({ PAGE_DETAIL: "minimal" });
    const patient = buildInboundSms().From!;
    await h.post(buildInboundSms({ From: patient, Body: "Jeg kan ikke synke", NumMedia: "1", MediaUrl0: "https://api.twilio.com/x.jpg", MediaContentType0: "image/jpeg" }));
    await h.post(buildInboundSms({ Body: "Mit øjenlåg hænger lidt" }));
    h.clock.advance(5 * 60_000 + 1);
    await h.bot.tick();
    await h.post(buildInboundSms({ From: patient, Body: "Det bliver værre" }));
    h.clock.now = Date.parse("2026-11-27T07:00:01Z");
    await h.bot.tick();
    const toDoctor = h.sms.filter((s) => s.to === DOCTOR).map((s) => s.body);
    expect(toDoctor).toEqual([
      "K1 AKUT. Se sagen: https://akutlinje.test/k/K1 Svar OK K1 for at kvittere.",
      "PÅMINDELSE, ikke kvitteret. K1 AKUT. Se sagen: https://akutlinje.test/k/K1 Svar OK K1 for at kvittere.",
      "K1 har en ny besked fra patienten. Se sagen: https://akutlinje.test/k/K1",
      "Gennemgang (1 sag):\nK2 GENNEMGANG: https://akutlinje.test/k/K2",
    ]);
  });

  it("asks the doctor to call the patient through the console link, not the number, when a reply cannot be sent with PAGE_DETAIL=minimal", async () => {
    h = await startHarness({ PAGE_DETAIL: "minimal", OUTBOUND_RETRY_MS: "1", OUTBOUND_ATTEMPTS: "1" });
    const patient = buildInboundSms().From!;
    await h.post(buildInboundSms({ From: patient, Body: "Der kommer materie ud af et stiksted" }));
    h.twilioRejects((form) => form.get("To") === patient, { status: 400, code: 21610 });
    await h.post(buildInboundSms({ From: DOCTOR, Body: "K1 Ring til os i morgen" }));
    const told = h.sms.filter((s) => s.to === DOCTOR).at(-1)!.body;
    expect(told).toBe("K1: Dit svar kunne ikke sendes til patienten. Ring til patienten; nummeret står i sagen: https://akutlinje.test/k/K1");
    expect(told).not.toContain(patient);
  });
});
