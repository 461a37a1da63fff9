import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { consoleClient, enrolledStaff, logIn, type ConsoleClient } from "../support/console-client.js";
import { BACKUP, buildInboundSms, DOCTOR, startHarness, type Harness } from "../support/harness.js";
import type { StaffMember } from "../../src/store/console-store.js";

let h: Harness;
let admin: ConsoleClient;
let hansen: StaffMember;
let berg: StaffMember;
beforeEach(async () => {
  h = await startHarness();
  hansen = (await enrolledStaff(h, "doctor", "Dr. Hansen", "+4561000001")).member;
  berg = (await enrolledStaff(h, "doctor", "Dr. Berg", "+4561000002")).member;
  const { member } = await enrolledStaff(h, "admin", "Admin Anne");
  admin = consoleClient(h);
  await logIn(h, admin, member);
  await admin.get("/console/rota");
});
afterEach(async () => { await h.close(); });

const emergency = () => h.post(buildInboundSms({ Body: "Jeg kan ikke synke" }));
const sentTo = (phone: string) => h.sms.filter((s) => s.to === phone);

describe("the on-call rota", () => {
  it("pages DOCTOR_PHONE and BACKUP_PHONE while no rota is set", async () => {
    expect((await admin.get("/console/rota")).text).toContain("Ingen vagtplan for dette tidspunkt");
    await emergency();
    expect(sentTo(DOCTOR)).toHaveLength(1);
  });

  it("pages whoever the weekly rota has on call, then calls them, then pages their backup", async () => {
    // Thursday (day 3) from 16:00 to 08:00 the next morning: Hansen, with Berg as backup.
    expect((await admin.post("/console/rota/slot", { day: "3", from: "16:00", to: "08:00", primary: hansen.id, backup: berg.id })).location).toBe("/console/rota?n=saved");
    expect((await admin.get("/console/rota")).text).toMatch(/id="on-call-now">Dr\. Hansen \(Backup: Dr\. Berg\)/);
    await emergency();
    expect(sentTo(hansen.phone).map((s) => s.body)).toEqual([expect.stringMatching(/^K1 AKUT\./)]);
    expect(sentTo(DOCTOR)).toEqual([]);
    for (let i = 0; i < 3; i++) {
      h.clock.advance(5 * 60_000 + 1);
      await h.bot.tick();
    }
    expect(h.calls.map((c) => c.to)).toContain(hansen.phone);
    expect(sentTo(berg.phone).map((s) => s.body)).toEqual([expect.stringMatching(/^BACKUP, lægen har ikke kvitteret\. K1 AKUT/)]);
    expect(sentTo(BACKUP)).toEqual([]);
  });

  it("lets a dated override win over the week, and runs past midnight into the next day", async () => {
    await admin.post("/console/rota/slot", { day: "3", from: "16:00", to: "08:00", primary: hansen.id, backup: "" });
    await admin.post("/console/rota/override", { from: "2026-11-26T20:00", to: "2026-11-26T23:00", primary: berg.id, backup: "" });
    await emergency();
    expect(sentTo(berg.phone)).toHaveLength(1);
    h.clock.advance(5 * 60 * 60_000); // Friday 02:00: the Thursday slot, past midnight
    await h.post(buildInboundSms({ Body: "Jeg kan ikke trække vejret" }));
    expect(sentTo(hansen.phone).map((s) => s.body)).toEqual([expect.stringMatching(/^K2 AKUT/)]);
  });

  it("takes SMS commands from every staff doctor's number, and none from a nurse's", async () => {
    const nurse = (await enrolledStaff(h, "nurse", "Sygeplejerske Sofie", "+4561000009")).member;
    await emergency();
    expect((await h.post(buildInboundSms({ From: berg.phone, Body: "OK K1" }))).messages).toEqual(["K1 er kvitteret."]);
    expect((await h.stores.cases.get("K1"))!.snapshot.context.ackedBy).toMatchObject({ name: "Dr. Berg", via: "sms", id: berg.id });
    const fromNurse = await h.post(buildInboundSms({ From: nurse.phone, Body: "LUK K1" }));
    expect(fromNurse.messages.join(" ")).not.toMatch(/lukket/);
    expect((await h.stores.cases.get("K1"))!.snapshot.value).toBe("acknowledged");
  });

  it("is changed only by doctors and admins; a nurse sees it", async () => {
    const nurseMember = (await enrolledStaff(h, "nurse", "Sygeplejerske Sofie")).member;
    const nurse = consoleClient(h);
    await logIn(h, nurse, nurseMember);
    const page = await nurse.get("/console/rota");
    expect(page.status).toBe(200);
    expect(page.text).toContain("Kun læger og administratorer kan ændre vagtplanen");
    expect((await nurse.post("/console/rota/slot", { day: "3", from: "16:00", to: "08:00", primary: hansen.id, backup: "" })).status).toBe(403);
    expect((await h.stores.rota.get()).slots).toEqual([]);
    // Only a doctor can be on call.
    expect((await admin.post("/console/rota/slot", { day: "3", from: "16:00", to: "08:00", primary: nurseMember.id, backup: "" })).status).toBe(400);
  });

  it("sends the digest at the next real opening, past the closed days", async () => {
    // Friday 27 November is a closed day: Thursday evening's review case waits for Monday 08:00.
    expect((await admin.post("/console/rota/hours", { hours: "mon-fri 08:00-16:00", closed: "2026-11-27" })).location).toBe("/console/rota?n=saved");
    expect((await admin.post("/console/rota/hours", { hours: "not hours", closed: "" })).status).toBe(400);
    await h.post(buildInboundSms({ Body: "Mit øjenlåg hænger lidt" }));
    const c = (await h.stores.cases.get("K1"))!.snapshot.context;
    expect(new Date(c.digestAt!).toISOString()).toBe("2026-11-30T07:00:00.000Z");
    h.clock.advance(12 * 60 * 60_000); // Friday 09:00
    await h.bot.tick();
    expect(sentTo(DOCTOR)).toEqual([]);
    h.clock.now = Date.parse("2026-11-30T07:00:01Z");
    await h.bot.tick();
    expect(sentTo(DOCTOR).map((s) => s.body)).toEqual([expect.stringMatching(/^Gennemgang \(1 sag\):/)]);
  });
});
