import { afterEach, describe, expect, it } from "vitest";
import { memoryStores } from "../../src/store/memory-store.js";
import { faultyStores } from "../support/faulty-stores.js";
import { BACKUP, buildInboundSms, DOCTOR, startHarness, THURSDAY_EVENING, type Harness } from "../support/harness.js";

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

async function harnessWithFaultyStore(env: Record<string, string> = {}) {
  const faulty = faultyStores(memoryStores(() => h?.clock.now ?? THURSDAY_EVENING));
  h = await startHarness(env, { stores: faulty.stores });
  return { h, faulty };
}

const toDoctor = (h: Harness) => h.sms.filter((s) => s.to === DOCTOR).map((s) => s.body);
const fromDoctor = (h: Harness, body: string) => h.post(buildInboundSms({ From: DOCTOR, Body: body }));

describe("when something fails while handling a message", () => {
  it("opens a case for a red flag while the conversations cannot be reached: the page names it and OK acknowledges it", async () => {
    const { h, faulty } = await harnessWithFaultyStore();
    faulty.breakFor();
    const res = await h.send({ Body: "Jeg kan ikke trække vejret" });
    expect(res.status).toBe(200);
    expect(res.messages[0]).toMatch(/^Ring 112 nu/);
    expect(toDoctor(h)).toEqual([expect.stringMatching(/^K1 AKUT.*Svar OK K1 for at kvittere\.$/)]);

    expect((await fromDoctor(h, "OK K1")).messages).toEqual(["K1 er kvitteret."]);
    h.clock.advance(10 * 60_000);
    await h.bot.tick();
    expect(toDoctor(h)).toHaveLength(1);
  });

  it("gives a red flag a case that escalates with the whole store down: paged at once, re-paged and called once the store is back", async () => {
    const { h, faulty } = await harnessWithFaultyStore({ BACKUP_PHONE: "" });
    faulty.breakAll();
    const fields = buildInboundSms({ Body: "Jeg kan ikke synke" });
    const res = await h.post(fields);
    expect(res.messages[0]).toMatch(/^Ring 112 nu/);
    expect(toDoctor(h)).toEqual([expect.stringMatching(/^K1 AKUT.*Svar OK K1/)]);

    faulty.heal();
    await h.bot.tick();
    expect((await h.stores.cases.get("K1"))?.snapshot).toMatchObject({ value: "paged", context: { level: "emergency", patient: fields.From } });
    expect((await h.stores.conversations.get(fields.From!))?.snapshot.context.caseRef).toBe("K1");
    expect((await h.stores.cases.open()).map((c) => c.ref)).toEqual(["K1"]);

    h.clock.advance(5 * 60_000);
    await h.bot.tick();
    expect(toDoctor(h)[1]).toMatch(/^PÅMINDELSE, ikke kvitteret\. K1 AKUT/);
    h.clock.advance(5 * 60_000);
    await h.bot.tick();
    expect(h.calls.map((c) => c.to)).toEqual([DOCTOR]);
  });

  it("takes the doctor's OK while the store is down, and applies it once the store is back", async () => {
    const { h, faulty } = await harnessWithFaultyStore();
    faulty.breakAll();
    await h.send({ Body: "Jeg kan ikke synke" });
    const ack = await fromDoctor(h, "OK K1");
    expect(ack.status).toBe(200);
    expect(ack.messages[0]).toMatch(/K1/);

    faulty.heal();
    h.clock.advance(10 * 60_000);
    await h.bot.tick();
    expect((await h.stores.cases.get("K1"))?.snapshot.value).toBe("acknowledged");
    expect(toDoctor(h)).toHaveLength(1);
    expect(h.sms.filter((s) => s.to === BACKUP)).toEqual([]);
  });

  it("pages the case a failed turn had opened, once, and the replay carries on in that case", async () => {
    const { h, faulty } = await harnessWithFaultyStore();
    const fields = buildInboundSms({ Body: "Jeg kan ikke synke" });
    faulty.failCommitsFor((sender) => sender === fields.From);
    const res = await h.post(fields);
    expect(res.messages[0]).toMatch(/^Ring 112 nu/);
    expect(toDoctor(h)).toEqual([expect.stringMatching(/^K1 AKUT/)]);

    faulty.heal();
    await h.bot.tick();
    expect((await h.stores.conversations.get(fields.From!))?.snapshot.context.caseRef).toBe("K1");
    expect((await h.stores.cases.open()).map((c) => c.ref)).toEqual(["K1"]);
    expect(toDoctor(h)).toHaveLength(1);
  });

  it("answers a question safely, with 200, and wakes no one", async () => {
    const { h, faulty } = await harnessWithFaultyStore();
    faulty.breakAll();
    const res = await h.send({ Body: "Hvornår virker det?" });
    expect(res.status).toBe(200);
    expect(res.messages[0]).toMatch(/2-3 dage/);
    expect(h.sms).toEqual([]);
  });

  it("keeps the case and re-pages at the deadline when the first page fails", async () => {
    h = await startHarness({ OUTBOUND_ATTEMPTS: "1", BACKUP_PHONE: "" });
    h.twilioFailsNext(1, 500);
    const res = await h.send({ Body: "Jeg kan ikke synke" });
    expect(res.status).toBe(200);
    expect(res.messages[0]).toMatch(/^Ring 112 nu/);
    expect((await h.stores.cases.get("K1"))?.snapshot.value).toBe("paged");
    h.clock.advance(5 * 60_000);
    await h.bot.tick();
    expect(h.sms.some((s) => /^PÅMINDELSE, ikke kvitteret\. K1 AKUT/.test(s.body))).toBe(true);
  });
});
