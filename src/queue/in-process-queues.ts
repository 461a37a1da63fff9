import type { Logger } from "pino";
import { isRetryable } from "../transport/reliable-outbound.js";
import type { JobHandlers, JobQueues, SendJob, TimerJob } from "./job-queues.js";

// Local mode's stand-in for BullMQ, behind the same interface: timers wait in memory until
// runDue() (called by the bot's tick) finds them due; sends go out at once, retried with
// backoff, and a send that never gets out goes to sendGaveUp. Nothing survives a restart,
// which is what local mode promises.
export function inProcessQueues(options: { attempts: number; backoffMs: number; log: Logger; sleep?: (ms: number) => Promise<void> }): JobQueues {
  const timers = new Map<string, { at: number; job: TimerJob }>();
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  let handlers: JobHandlers | null = null;

  async function send(job: SendJob): Promise<void> {
    if (!handlers) throw new Error("queue not started");
    for (let attempt = 1; ; attempt++) {
      try {
        return await handlers.send(job);
      } catch (err) {
        const final = attempt >= options.attempts || !isRetryable(err);
        options.log.warn({ kind: job.kind, attempt, final, err: (err as Error).message }, "send failed");
        if (final) return handlers.sendGaveUp(job);
        await sleep(options.backoffMs * 2 ** (attempt - 1));
      }
    }
  }

  return {
    async scheduleDeadline(ref, at) {
      timers.set(`case-${ref}-${at}`, { at, job: { kind: "deadline", ref } });
    },
    async scheduleDigest(at) {
      timers.set(`digest-${at}`, { at, job: { kind: "digest" } });
    },
    async scheduleCheckin(treatment, at) {
      timers.set(`checkin-${treatment}-${at}`, { at, job: { kind: "checkin", treatment } });
    },
    enqueueSend: send,
    start(h) {
      handlers = h;
    },
    async runDue(now) {
      for (const [id, { at, job }] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (at > now || !handlers) continue;
        timers.delete(id);
        await handlers.timer(job);
      }
    },
    ping: async () => true,
    close: async () => void timers.clear(),
  };
}
