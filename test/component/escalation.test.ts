import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BACKUP, buildInboundSms, DOCTOR, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(async () => { await h.close(); });

const MINUTE = 60_000;
const pagesTo = (to: string) => h.sms.filter((s) => s.to === to);
async function at(minutes: number) {
  h.clock.advance(minutes * MINUTE);
  await h.bot.tick();
}

describe("escalation when the doctor does not acknowledge", () => {
  beforeEach(async () => { h = await startHarness(); });

  it("pages the doctor again when an emergency is not acknowledged in 5 minutes, then calls, then pages the backup", async () => {
    await h.send({ Body: "Jeg får ikke luft" });
    expect(pagesTo(DOCTOR)).toHaveLength(1);
    await at(4);
    expect(pagesTo(DOCTOR)).toHaveLength(1);
    await at(1);
    expect(pagesTo(DOCTOR)).toHaveLength(2);
    expect(pagesTo(DOCTOR)[1]!.body).toMatch(/^PÅMINDELSE, ikke kvitteret\. K1 AKUT/);
    expect(h.calls).toHaveLength(0);
    await at(5);
    expect(h.calls).toHaveLength(1);
    expect(h.calls[0]!.to).toBe(DOCTOR);
    expect(h.calls[0]!.twiml).toMatch(/<Say language="da-DK">Akutlinjen\. Sag K 1 er akut og er ikke kvitteret\. /);
    await at(5);
    expect(pagesTo(BACKUP)).toHaveLength(1);
    expect(pagesTo(BACKUP)[0]!.body).toMatch(/^BACKUP, lægen har ikke kvitteret\. K1/);
  });

  it("gives an urgent case 15 minutes before the re-page", async () => {
    await h.send({ Body: "Jeg har 39 i feber efter behandlingen" });
    expect(pagesTo(DOCTOR)[0]!.body).toMatch(/^K1 HASTER\. Patient /);
    expect(pagesTo(DOCTOR)[0]!.body).not.toMatch(/urgent/);
    await at(14);
    expect(pagesTo(DOCTOR)).toHaveLength(1);
    await at(1);
    expect(pagesTo(DOCTOR)).toHaveLength(2);
  });

  it("names an urgent case as urgent when it calls, not as an emergency", async () => {
    await h.send({ Body: "Jeg har 39 i feber efter behandlingen" });
    await at(15);
    await at(15);
    expect(h.calls).toHaveLength(1);
    expect(h.calls[0]!.twiml).toMatch(/Akutlinjen\. Sag K 1 haster og er ikke kvitteret\. /);
    expect(h.calls[0]!.twiml).not.toMatch(/akut sag|er akut/);
  });

  it("does not fire a step twice for one deadline", async () => {
    await h.send({ Body: "Jeg kan ikke synke" });
    await at(6);
    await h.bot.tick();
    await h.bot.tick();
    expect(pagesTo(DOCTOR)).toHaveLength(2);
  });

  it("stops escalating once the doctor acknowledges", async () => {
    await h.send({ Body: "Jeg kan ikke synke" });
    await at(6);
    await h.post(buildInboundSms({ From: DOCTOR, Body: "OK K1" }));
    await at(60);
    expect(pagesTo(DOCTOR)).toHaveLength(2);
    expect(h.calls).toHaveLength(0);
    expect(pagesTo(BACKUP)).toHaveLength(0);
  });
});

describe("configurable deadlines", () => {
  it("uses ACK_MINUTES_EMERGENCY", async () => {
    h = await startHarness({ ACK_MINUTES_EMERGENCY: "2" });
    await h.send({ Body: "Jeg kan ikke synke" });
    await at(2);
    expect(pagesTo(DOCTOR)).toHaveLength(2);
  });

  it("pages the doctor again in place of a backup that is not configured", async () => {
    h = await startHarness({ BACKUP_PHONE: "" });
    await h.send({ Body: "Jeg kan ikke synke" });
    await at(5);
    await at(5);
    await at(5);
    expect(pagesTo(DOCTOR)).toHaveLength(3);
    expect(h.calls.length).toBeGreaterThanOrEqual(2);
  });
});
