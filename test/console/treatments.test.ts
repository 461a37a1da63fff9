import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StaffMember } from "../../src/store/console-store.js";
import { consoleClient, enrolledStaff, logIn, type ConsoleClient, type Form } from "../support/console-client.js";
import { startHarness, type Harness } from "../support/harness.js";
import { buildTreatmentForm, openTreatmentForm, patientOf, phoneOf } from "../support/treatments.js";

// The clock stands on Thursday 26 November 2026, 21:00 in Copenhagen. A treatment that day at
// 14:30 has its day-1 check-in on Friday at 14:30 (13:30 UTC).
const DAY_1 = Date.parse("2026-11-27T13:30:00Z");
const ASKS = /Hvor mange dage|Hvor blev du behandlet/;

let h: Harness;
let doctor: StaffMember;
let client: ConsoleClient;
beforeEach(async () => {
  h = await startHarness();
  doctor = (await enrolledStaff(h, "doctor", "Dr. Hansen")).member;
  client = consoleClient(h);
  await logIn(h, client, doctor);
});
afterEach(async () => { await h.close(); });

const smsTo = (phone: string) => h.sms.filter((s) => s.to === phone).map((s) => s.body);
async function at(time: number): Promise<void> {
  h.clock.now = time;
  await h.bot.tick();
}
/** Fills in a blank form and sends it: the page's answer and the form sent. */
async function register(overrides: Form = {}, by: ConsoleClient = client) {
  const form = buildTreatmentForm(await openTreatmentForm(by), overrides);
  return { res: await by.post("/console/treatments", form), form };
}
const idIn = (location: string | null) => /[?&]t=([0-9a-f]{24})/.exec(location ?? "")?.[1] ?? "";

describe("registering a treatment in the console", () => {
  it("is read with the patient's next message: the days and the area are no longer asked", async () => {
    const { res, form } = await register({ date: "2026-11-23", time: "10:00", areas: ["frown-lines"], units: "", "units_frown-lines": "20" });
    expect(res.status).toBe(303);
    expect(res.location).toMatch(/^\/console\/treatments\?n=added&t=[0-9a-f]{24}$/);
    const reply = await patientOf(h, phoneOf(form)).say("Mit øjenlåg hænger");
    expect(reply.messages.join(" ")).not.toMatch(ASKS);
    expect(reply.messages.join(" ")).toMatch(/Et hængende øjenlåg nogle dage efter behandling mellem brynene er en kendt, sjælden bivirkning\./);
    const c = (await h.stores.cases.get("K1"))!.snapshot.context;
    expect(c.days).toBe(3);
    expect(c.treatment).toMatchObject({ areas: ["frown-lines"], product: "Azzalure", units: { "frown-lines": 20 }, doctor: "MKR" });
  });

  it("puts the patient's name on record beside the number in the inbox and on the case", async () => {
    const { form } = await register({ name: "Birthe <b>Kjærgaard</b>" });
    await patientOf(h, phoneOf(form)).say("Jeg kan ikke synke");
    const inbox = await client.get("/console");
    expect(inbox.text).toContain(`Birthe &lt;b>Kjærgaard&lt;/b>, ${phoneOf(form)}`);
    const page = await client.get("/console/cases/K1");
    expect(page.text).toContain(`<dd>Birthe &lt;b>Kjærgaard&lt;/b>, ${phoneOf(form)}</dd>`);
    // A patient with no treatment on record shows the number alone.
    await patientOf(h, "+4531999999").say("Jeg kan ikke synke");
    expect((await client.get("/console/cases/K2")).text).toContain("<dd>+4531999999</dd>");
  });

  it("shows the treatment on record on the case and in the journal note, even when the page put it first", async () => {
    const { form } = await register({ date: "2026-11-23", time: "10:00", areas: ["masseter"], units: "50", product: "Vistabel" });
    await patientOf(h, phoneOf(form)).say("Jeg kan ikke synke ordentligt");
    const page = (await client.get("/console/cases/K1")).text;
    const facts = "Behandlet 23/11 kl. 10.00 (3 dage siden): kæbe (masseter), Vistabel 50 E, læge MKR.";
    expect(page).toContain(`<dd class="treatment">${facts}</dd>`);
    expect(page).toMatch(new RegExp(`Kontaktårsag[\\s\\S]*${facts.replace(/[.()]/g, "\\$&")}[\\s\\S]*Fund og triage`));
  });

  it("plans the check-ins, lists them with their times, sends them, and shows each answer", async () => {
    const { res, form } = await register({ name: "Birthe Kjærgaard" });
    const page = await client.get(res.location!);
    expect(page.text).toContain("Behandlingen er registreret.");
    const item = page.text.slice(page.text.indexOf(`id="t-${idIn(res.location)}"`));
    expect(item).toMatch(/<h3><span>26\.11\.2026 14\.30<\/span> · <span class="phone">\+4531\d{6}<\/span> · <span class="name">Birthe Kjærgaard<\/span>/);
    expect(item).toContain("<dd>pande, mellem brynene</dd>");
    expect(item).toContain("<dd>Azzalure 30 E</dd>");
    expect(item).toContain('<dd class="consent">Ja</dd>');
    expect(item).toContain("Dag 1 · 27.11.2026 14.30: </span><strong>planlagt</strong>");
    expect(item).toContain("Dag 5 · 1.12.2026 14.30: </span><strong>planlagt</strong>");
    expect(item).toContain("Dag 14 · 10.12.2026 14.30: </span><strong>planlagt</strong>");

    await at(DAY_1);
    expect(smsTo(phoneOf(form))).toEqual([expect.stringMatching(/^Klinikken her\. Hvordan går det\?/)]);
    await logIn(h, client, doctor); // the next day: a new session
    expect((await client.get("/console/treatments")).text).toContain("Dag 1 · 27.11.2026 14.30: </span><strong>sendt, venter på svar</strong>");
    await patientOf(h, phoneOf(form)).say("1");
    expect((await client.get("/console/treatments")).text).toMatch(/Dag 1 · 27\.11\.2026 14\.30: <\/span><strong>fint<\/strong><span class="muted"> 27\.11\.2026 14\.30<\/span>/);
  });

  it("refuses bad input with every reason beside the form, in Danish, keeps what was typed, and stores nothing", async () => {
    const externalId = await openTreatmentForm(client);
    const bad = buildTreatmentForm(externalId, { phone: "123", date: "2026-12-24", areas: [], units: "tyve", consent: "" });
    const res = await client.post("/console/treatments", bad);
    expect(res.status).toBe(400);
    const reasons = [...res.text.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);
    expect(reasons).toEqual([
      "Enheder skal være et tal over 0 og højst 1000, fx 20 eller 12,5.",
      "Mobilnummeret kan ikke læses. Skriv fx 20 12 34 56 eller +4520123456.",
      "Dato og klokkeslæt ligger i fremtiden.",
      "Vælg mindst ét område.",
      "Vælg, om patienten har sagt ja eller nej til opfølgende beskeder.",
    ]);
    expect(res.text).toContain("Behandlingen er ikke gemt.");
    expect(res.text).toMatch(/<input name="phone" [^>]*value="123" aria-invalid="true"\/>/);
    expect(res.text).toContain(`name="externalId" value="${externalId}"`);
    expect(await h.treatments.recent(10)).toEqual([]);
    expect((await h.stores.audit.list({})).map((e) => e.action)).not.toContain("treatment-added");

    // The same form, put right, goes in.
    const fixed = await client.post("/console/treatments", buildTreatmentForm(externalId));
    expect(fixed.location).toMatch(/n=added/);
    expect(await h.treatments.recent(10)).toHaveLength(1);
  });

  it("refuses what the API refuses: a treatment older than DATA_TTL_DAYS, units for an area not chosen or given twice, a name too long", async () => {
    const old = await register({ date: "2026-10-01" });
    expect(old.res.text).toContain("Behandlingen er ældre end de 30 dage, akutlinjen gemmer oplysninger, så den ville ikke blive gemt.");
    const stray = await register({ areas: ["forehead"], units: "", "units_neck": "10" });
    expect(stray.res.text).toContain("Der står enheder ved et område, der ikke er valgt.");
    const twice = await register({ units: "30", "units_forehead": "10" });
    expect(twice.res.text).toContain("Skriv enten enheder i alt eller pr. område, ikke begge dele.");
    const long = await register({ name: "B".repeat(101) });
    expect(long.res.text).toContain("Navnet er for langt (højst 100 tegn).");
    expect([old, stray, twice, long].map((r) => r.res.status)).toEqual([400, 400, 400, 400]);
    expect(await h.treatments.recent(10)).toEqual([]);
  });

  it("tells English staff the reasons in English", async () => {
    await h.stores.staff.put({ ...doctor, language: "en" });
    const { res } = await register({ phone: "+45 123", areas: ["nose"] });
    expect(res.status).toBe(400);
    expect(res.text).toContain("<li>The mobile number cannot be read. Write e.g. 20 12 34 56 or +4520123456.</li>");
    expect(res.text).toContain("<li>An area is unknown. Choose from the list.</li>");
    expect(res.text).toContain("The treatment was not saved.");
  });

  it("stores a form sent twice once, says so, and sends its check-ins once", async () => {
    const form = buildTreatmentForm(await openTreatmentForm(client));
    const both = await Promise.all([client.post("/console/treatments", form), client.post("/console/treatments", form)]);
    expect(both.map((r) => /n=(\w+)/.exec(r.location ?? "")?.[1]).sort()).toEqual(["added", "already"]);
    // Back in the browser, changed and sent again: still the first, and the page says nothing new was saved.
    const again = await client.post("/console/treatments", { ...form, areas: ["neck"] });
    expect((await client.get(again.location!)).text).toContain("Formularen var allerede sendt, og behandlingen er registreret. Der er ikke gemt noget nyt.");
    const stored = await h.treatments.forPatient(phoneOf(form));
    expect(stored.map((t) => t.areas)).toEqual([["forehead", "frown-lines"]]);
    expect((await h.stores.audit.list({})).filter((e) => e.action === "treatment-added")).toHaveLength(1);
    await at(DAY_1);
    expect(smsTo(phoneOf(form))).toHaveLength(1);
  });
});

describe("a treatment in the console's list", () => {
  it("has its pending check-ins cancelled at once when consent is withdrawn", async () => {
    const { res, form } = await register();
    const id = idIn(res.location);
    const withdrawn = await client.post(`/console/treatments/${id}/consent`);
    expect(withdrawn.location).toBe(`/console/treatments?n=consent&t=${id}`);
    const record = (await h.treatments.get(id))!;
    expect(record.checkinConsent).toBe(false);
    expect(record.checkin!.snapshot).toMatchObject({ value: "cancelled", context: { cancelled: { reason: "consent" } } });
    const page = (await client.get(withdrawn.location!)).text;
    expect(page).toContain("Samtykket er trukket tilbage, og de planlagte beskeder er aflyst.");
    expect(page).toContain('<dd class="consent">Nej (trukket tilbage)</dd>');
    expect(page).toContain("Dag 1 · 27.11.2026 14.30: </span><strong>aflyst</strong>");
    await at(DAY_1);
    await at(DAY_1 + 24 * 3_600_000);
    expect(smsTo(phoneOf(form))).toEqual([]);
  });

  it("is closed, or deleted once the box is ticked, and sends no more check-ins", async () => {
    const closing = await register();
    const closed = await client.post(`/console/treatments/${idIn(closing.res.location)}/close`);
    expect(closed.location).toMatch(/n=closed/);
    expect((await h.treatments.get(idIn(closing.res.location)))!.closedAt).toBe(h.clock.now);

    const deleting = await register();
    const id = idIn(deleting.res.location);
    expect((await client.post(`/console/treatments/${id}/delete`)).location).toBe(`/console/treatments?n=delete-ask&t=${id}`);
    expect(await h.treatments.get(id)).not.toBeNull();
    expect((await client.post(`/console/treatments/${id}/delete`, { confirm: "1" })).location).toBe("/console/treatments?n=deleted");
    expect(await h.treatments.get(id)).toBeNull();
    expect((await client.post(`/console/treatments/${id}/close`)).status).toBe(404);

    await at(DAY_1);
    expect([...smsTo(phoneOf(closing.form)), ...smsTo(phoneOf(deleting.form))]).toEqual([]);
  });

  it("shows a hostile name as text, in the list and in a refused form", async () => {
    const hostile = `<script>window.__x = 1</script><img src=x onerror="alert(1)">`;
    const { res } = await register({ name: hostile });
    const page = (await client.get(res.location!)).text;
    expect(page).toContain('<span class="name">&lt;script>window.__x = 1&lt;/script>&lt;img src=x onerror=&#34;alert(1)&#34;></span>');
    expect(page).not.toContain("<script>window.__x");
    expect(page).not.toContain("<img src=x");
    // Typed again into a refused form, it stays inside its value: the quote cannot end the attribute.
    const refused = await register({ name: `"><script>window.__x = 2</script>`, phone: "1" });
    expect(refused.res.status).toBe(400);
    expect(refused.res.text).not.toContain(`"><script>`);
  });
});

describe("the treatments page's access", () => {
  it("lets a nurse register", async () => {
    const nurse = consoleClient(h);
    await logIn(h, nurse, (await enrolledStaff(h, "nurse", "Sygeplejerske Sofie")).member);
    const { res, form } = await register({}, nurse);
    expect(res.location).toMatch(/n=added/);
    expect(await h.treatments.forPatient(phoneOf(form))).toHaveLength(1);
  });

  it("sends whoever has no session to the login, and stores nothing for them", async () => {
    const stranger = consoleClient(h);
    const page = await stranger.get("/console/treatments");
    expect(page.status).toBe(303);
    expect(page.location).toBe("/console/login?next=%2Fconsole%2Ftreatments");
    // With the login page's own token the form passes the CSRF check, and still meets the login.
    await stranger.get("/console/login");
    const form = buildTreatmentForm("console-00000000-0000-4000-8000-000000000000");
    const posted = await stranger.post("/console/treatments", form);
    expect(posted.status).toBe(303);
    expect(posted.location).toMatch(/^\/console\/login\?next=/);
    expect(await h.treatments.recent(10)).toEqual([]);
  });

  it("refuses a form without the session's CSRF token", async () => {
    const externalId = await openTreatmentForm(client);
    client.csrf = "forged";
    const res = await client.post("/console/treatments", buildTreatmentForm(externalId));
    expect(res.status).toBe(403);
    expect(await h.treatments.recent(10)).toEqual([]);
  });

  it("audits every act with who, when and the treatment's id, never the patient's number or name", async () => {
    const { res, form } = await register({ name: "Birthe Kjærgaard" });
    const id = idIn(res.location);
    await client.post(`/console/treatments/${id}/consent`);
    await client.post(`/console/treatments/${id}/close`);
    await client.post(`/console/treatments/${id}/delete`, { confirm: "1" });
    const entries = (await h.stores.audit.list({})).reverse();
    expect(entries.map((e) => e.action)).toEqual(["login", "treatments-viewed", "treatment-added", "treatment-consent-withdrawn", "treatment-closed", "treatment-deleted"]);
    for (const e of entries.filter((e) => e.action.startsWith("treatment-"))) {
      expect(e).toMatchObject({ staffId: doctor.id, who: "Dr. Hansen", at: h.clock.now, detail: `behandling ${id}`, ip: expect.stringMatching(/127\.0\.0\.1/) });
    }
    const all = JSON.stringify(entries);
    const digits = phoneOf(form).slice(3);
    expect(all).not.toContain(digits);
    expect(all).not.toMatch(/Birthe|Kjærgaard/);
  });
});
