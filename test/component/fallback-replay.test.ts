import { afterEach, describe, expect, it } from "vitest";
import type { CaseRecord } from "../../src/flows/records.js";
import { memoryStores } from "../../src/store/memory-store.js";
import { faultyStores } from "../support/faulty-stores.js";
import { buildInboundSms, DOCTOR, startHarness, THURSDAY_EVENING, type Harness } from "../support/harness.js";

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

async function harnessWithFaultyStore() {
  const faulty = faultyStores(memoryStores(() => h?.clock.now ?? THURSDAY_EVENING));
  h = await startHarness({ BACKUP_PHONE: "" }, { stores: faulty.stores });
  return { h, faulty };
}

const reminders = (h: Harness, ref: string) => h.sms.filter((s) => s.to === DOCTOR && s.body.startsWith(`PÅMINDELSE, ikke kvitteret. ${ref} `));
const inbound = async (h: Harness, from: string) => (await h.stores.conversations.transcript(from)).filter((e) => e.dir === "in").map((e) => e.text);

describe("messages the fail-safe answered, replayed once the store is back", () => {
  it("stay in the fallback log until their replay has committed", async () => {
    const { h, faulty } = await harnessWithFaultyStore();
    const stuck = buildInboundSms({ Body: "Hvornår virker det?" });
    faulty.breakFor((sender) => sender === stuck.From);
    expect((await h.post(stuck)).messages[0]).toMatch(/2-3 dage/);

    await h.bot.tick();
    await h.bot.tick();
    faulty.heal();
    await h.bot.tick();
    expect(await inbound(h, stuck.From!)).toEqual(["Hvornår virker det?"]);
    await h.bot.tick();
    expect(await inbound(h, stuck.From!)).toEqual(["Hvornår virker det?"]);
  });

  it("do not hold back other cases' deadlines while one of them cannot be replayed", async () => {
    const { h, faulty } = await harnessWithFaultyStore();
    await h.send({ Body: "Jeg kan ikke synke" });
    const stuck = buildInboundSms({ Body: "Hvornår virker det?" });
    faulty.breakFor((sender) => sender === stuck.From);
    await h.post(stuck);

    h.clock.advance(5 * 60_000);
    await h.bot.tick();
    expect(reminders(h, "K1")).toHaveLength(1);
  });
});

describe("the sweep", () => {
  it("moves the other cases on when one case cannot be moved on", async () => {
    const { h } = await harnessWithFaultyStore();
    const unreadable = { ref: "K99", version: 1, snapshot: { value: "no-such-state", context: { ref: "K99", deadlineAt: THURSDAY_EVENING, digestAt: null } } } as unknown as CaseRecord;
    await h.stores.cases.put(unreadable);
    await h.send({ Body: "Jeg kan ikke synke" });

    h.clock.advance(5 * 60_000);
    await h.bot.tick();
    expect(reminders(h, "K1")).toHaveLength(1);
  });
});
