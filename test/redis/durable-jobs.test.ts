import { Queue } from "bullmq";
import { afterEach, describe, expect, inject, it } from "vitest";
import { BACKUP, DOCTOR, eventually, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(async () => { await h?.close(); });

describe("durable jobs on BullMQ", () => {
  it("schedules each deadline as a delayed job whose id carries the case and its epoch", async () => {
    h = await startHarness({}, { redis: true });
    await h.send({ Body: "Jeg kan ikke synke" });
    const deadline = (await h.stores.cases.get("K1"))!.snapshot.context.deadlineAt!;
    const queue = new Queue("timers", { connection: { url: inject("redisUrl") }, prefix: `{${h.config.redis!.prefix}-bull}` });
    const job = await queue.getJob(`case-K1-${deadline}`);
    expect(job?.data).toEqual({ kind: "deadline", ref: "K1" });
    expect(await job?.getState()).toBe("delayed");
    await queue.close();
  });

  it("re-pages from the delayed job itself, without waiting for the sweep", async () => {
    h = await startHarness({ ACK_MINUTES_EMERGENCY: "0.01" }, { redis: true });
    await h.send({ Body: "Jeg får ikke luft" });
    h.clock.advance(1_000);
    await eventually(() => expect(h.sms.filter((s) => s.to === DOCTOR && s.body.startsWith("PÅMINDELSE"))).toHaveLength(1));
  });

  it("retries a queued page with backoff until Twilio takes it", async () => {
    h = await startHarness({ OUTBOUND_RETRY_MS: "10" }, { redis: true });
    const failing = h.twilioFailsNext(2, 500);
    await h.send({ Body: "Jeg kan ikke synke" });
    await eventually(() => expect(h.sms.filter((s) => s.to === DOCTOR)).toHaveLength(1));
    expect(failing.isDone()).toBe(true);
    expect(h.calls).toEqual([]);
  });

  it("falls back to a call and the backup when a queued page fails for good", async () => {
    h = await startHarness({ OUTBOUND_RETRY_MS: "5", OUTBOUND_ATTEMPTS: "2" }, { redis: true });
    h.twilioFailsNext(2, 503);
    await h.send({ Body: "Jeg kan ikke synke" });
    await eventually(() => {
      expect(h.calls.map((c) => c.to)).toEqual([DOCTOR]);
      expect(h.sms.filter((s) => s.to === BACKUP)).toHaveLength(1);
    });
  });
});
