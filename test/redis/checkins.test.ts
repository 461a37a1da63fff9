import { randomUUID } from "node:crypto";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterEach, describe, expect, inject, it } from "vitest";
import { treatmentId } from "../../src/treatments/treatment.js";
import { eventually, startHarness, type Harness } from "../support/harness.js";
import { buildTreatment, changeTreatment, patientOf, postTreatment, TREATMENTS_TOKEN } from "../support/treatments.js";

// Treatments given Thursday 26/11 at 14:30 in Copenhagen have their day-1 check-in on Friday at 13:30 UTC.
const DAY_1 = Date.parse("2026-11-27T13:30:00Z");
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const h of open.splice(0).reverse()) await h.close();
});

async function harness(prefix: string): Promise<Harness> {
  const h = await startHarness({ TREATMENTS_API_TOKEN: TREATMENTS_TOKEN, REDIS_KEY_PREFIX: prefix }, { redis: true });
  open.push(h);
  return h;
}

describe("check-ins on Redis", () => {
  it("survive a restart: the delayed job is still there, and the next instance sends the check-in from it", async () => {
    const prefix = `ci-${randomUUID().slice(0, 8)}`;
    const first = await harness(prefix);
    first.clock.now = DAY_1 - 1_000;
    const body = buildTreatment();
    expect((await postTreatment(first, body)).status).toBe(201);
    await first.close();
    open.splice(open.indexOf(first), 1);

    const queue = new Queue("timers", { connection: { url: inject("redisUrl") }, prefix: `{${prefix}-bull}` });
    const job = await queue.getJob(`checkin-${treatmentId(body.externalId as string)}-${DAY_1}`);
    expect(job?.data).toEqual({ kind: "checkin", treatment: treatmentId(body.externalId as string) });
    await queue.close();

    const second = await harness(prefix);
    second.clock.now = DAY_1;
    // No tick: the delayed job itself fires on the new instance's worker.
    await eventually(() => expect(second.sms.filter((s) => s.to === body.phone).map((s) => s.body)).toEqual([expect.stringMatching(/^Klinikken her\. Hvordan går det\?/)]));

    const redis = new Redis(inject("redisUrl"));
    try {
      const keys = [...(await redis.keys(`${prefix}:{treatments}:*`)), ...(await redis.keys(`${prefix}:treated:*`)), ...(await redis.keys(`{${prefix}-bull}:timers:checkin-*`))];
      expect(keys.filter((k) => k.includes(":treated:{"))).toEqual(expect.arrayContaining([`${prefix}:treated:{${body.phone}}`, `${prefix}:treated:{whatsapp:${body.phone}}`]));
      for (const key of keys) expect(await redis.pttl(key), key).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });

  it("are sent once by two instances that both find them due", async () => {
    const h = await harness(`ci-${randomUUID().slice(0, 8)}`);
    const other = await h.secondInstance();
    open.push(other);
    const body = buildTreatment();
    await postTreatment(h, body);
    const toPatient = () => h.sms.filter((s) => s.to === body.phone);

    h.clock.now = DAY_1;
    await Promise.all([h.bot.tick(), other.bot.tick(), h.bot.tick(), other.bot.tick()]);
    await eventually(() => expect(toPatient()).toHaveLength(1));
    h.clock.now = DAY_1 + 24 * 3_600_000;
    await Promise.all([h.bot.tick(), other.bot.tick()]);
    await eventually(() => expect(toPatient()).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 500));
    expect(toPatient().map((s) => s.body)).toEqual([expect.stringMatching(/^Klinikken her/), expect.stringMatching(/^Vi har ikke hørt fra dig/)]);
  });
});

describe("a treated patient's message on Redis", () => {
  it("is read with the record, which comes with the turn", async () => {
    const h = await harness(`ci-${randomUUID().slice(0, 8)}`);
    const body = buildTreatment({ treatedAt: "2026-11-23T10:00:00+01:00", areas: ["frown-lines"] });
    expect((await postTreatment(h, body)).status).toBe(201);
    const reply = await patientOf(h, body.phone as string).say("Mit øjenlåg hænger");
    expect(reply.messages.join(" ")).toMatch(/Et hængende øjenlåg nogle dage efter behandling mellem brynene er en kendt, sjælden bivirkning\./);
    expect((await h.stores.cases.get("K1"))!.snapshot.context.treatment).toMatchObject({ areas: ["frown-lines"], product: "Azzalure" });

    // Deleted by the clinic: the patient's message is read without it.
    const deleted = buildTreatment({ treatedAt: "2026-11-23T10:00:00+01:00", areas: ["frown-lines"] });
    expect((await postTreatment(h, deleted)).status).toBe(201);
    expect(await changeTreatment(h, deleted.externalId as string, "DELETE")).toBe(204);
    const after = await patientOf(h, deleted.phone as string).say("Mit øjenlåg hænger");
    expect(after.messages.join(" ")).toMatch(/Hvor mange dage/);
  });
});

describe("the console's list of treatments on Redis", () => {
  it("is newest first, drops a deleted or expired treatment, and its index expires with the newest treatment", async () => {
    const prefix = `ci-${randomUUID().slice(0, 8)}`;
    const h = await harness(prefix);
    const newer = buildTreatment({ treatedAt: "2026-11-26T14:30:00+01:00" });
    const older = buildTreatment({ treatedAt: "2026-11-20T10:00:00+01:00" });
    const deleted = buildTreatment({ treatedAt: "2026-11-25T09:00:00+01:00" });
    const expired = buildTreatment({ treatedAt: "2026-11-24T09:00:00+01:00" });
    for (const body of [older, newer, deleted, expired]) expect((await postTreatment(h, body)).status).toBe(201);
    expect((await h.treatments.recent(10)).map((r) => r.externalId)).toEqual([newer, deleted, expired, older].map((b) => b.externalId));
    expect((await h.treatments.recent(1)).map((r) => r.externalId)).toEqual([newer.externalId]);

    expect(await changeTreatment(h, deleted.externalId as string, "DELETE")).toBe(204);
    const redis = new Redis(inject("redisUrl"));
    try {
      const index = `${prefix}:{treatments}:recent`;
      // As if Redis had expired the record: the list no longer holds it, nor does the index.
      await redis.del(`${prefix}:{treatments}:t:${treatmentId(expired.externalId as string)}`);
      expect((await h.treatments.recent(10)).map((r) => r.externalId)).toEqual([newer.externalId, older.externalId]);
      expect(await redis.zcard(index)).toBe(2);
      expect(await redis.call("PEXPIRETIME", index)).toBe(Date.parse(newer.treatedAt as string) + h.config.dataTtlMs);
    } finally {
      redis.disconnect();
    }
  });
});
