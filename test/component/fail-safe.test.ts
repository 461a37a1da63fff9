import { afterEach, describe, expect, it } from "vitest";
import { memoryStores } from "../../src/store/memory-store.js";
import type { Stores } from "../../src/store/store.js";
import { DOCTOR, startHarness, THURSDAY_EVENING, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(async () => { await h.close(); });

/** A store whose conversations are out of reach, as when the database is down. */
function brokenConversations(): Stores {
  const stores = memoryStores(() => THURSDAY_EVENING);
  const down = async () => { throw new Error("store unavailable"); };
  return { ...stores, conversations: { begin: down, get: down, transcript: down } };
}

describe("when something fails while handling a message", () => {
  it("still answers a red flag with 112 and pages the doctor directly if the store is down", async () => {
    h = await startHarness({}, { stores: brokenConversations() });
    const res = await h.send({ Body: "Jeg kan ikke trække vejret" });
    expect(res.status).toBe(200);
    expect(res.messages[0]).toMatch(/^Ring 112 nu/);
    const page = h.sms.find((s) => s.to === DOCTOR)!;
    expect(page.body).toMatch(/^FEJLSIKRING/);
    expect(page.body).toMatch(/emergency/);
  });

  it("answers a question safely, with 200, and wakes no one", async () => {
    h = await startHarness({}, { stores: brokenConversations() });
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
