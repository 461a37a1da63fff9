import { createRequire } from "node:module";
import type { Job, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";

// Durable work on BullMQ, on the same Redis: escalation deadlines and review digests as
// delayed jobs, and outbound sends with retries and exponential backoff. Jobs survive a
// restart and run on whichever instance is up. Job ids carry the case and an epoch (the
// deadline itself), so adding the same timer twice is a no-op and a stale one fires into a
// state whose deadline has moved on, where the machine ignores it.
export type TimerJob = { kind: "deadline"; ref: string } | { kind: "digest" } | { kind: "checkin"; treatment: string };

export interface SendJob {
  kind: "sms" | "call";
  to: string;
  body: string;
  /** Set for a page, so that its final failure falls back to a call and the backup. */
  page?: { ref: string; recipient: "doctor" | "backup" };
  /**
   * Set for the doctor's reply to a patient (`to` is the patient's address as they wrote from):
   * the doctor's words, and the way it goes. A way Twilio refuses moves on to the next.
   */
  relay?: { ref: string; text: string; via: "whatsapp" | "template" | "sms" };
}

export interface JobHandlers {
  timer(job: TimerJob): Promise<void>;
  send(job: SendJob): Promise<void>;
  /** Called once a send has failed for the last time. */
  sendGaveUp(job: SendJob): Promise<void>;
}

export interface JobQueues {
  scheduleDeadline(ref: string, at: number, now: number): Promise<void>;
  scheduleDigest(at: number, now: number): Promise<void>;
  /** A treatment's next check-in timer; the id names the treatment (a hash, no health data) and the time. */
  scheduleCheckin(treatment: string, at: number, now: number): Promise<void>;
  enqueueSend(job: SendJob): Promise<void>;
  start(handlers: JobHandlers): void;
  /** Fires the timers that are due; only the in-process queues need the nudge. */
  runDue(now: number): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface BullOptions {
  url: string;
  prefix: string;
  attempts: number;
  backoffMs: number;
  /** How long health data may be kept: a send job that is never processed expires after it. */
  ttlMs: number;
  log: Logger;
}

// What a failed attempt throws is kept on the job and in the queue's event stream, which has
// no TTL, and is logged: keep Twilio's status and code, never its text, which can name the number.
function withoutText(err: unknown): Error {
  const { status, code } = err as { status?: unknown; code?: unknown };
  return new Error(`send failed${typeof status === "number" ? ` with status ${status}` : ""}${typeof code === "number" || typeof code === "string" ? ` (${code})` : ""}`);
}

export function bullQueues(options: BullOptions): JobQueues {
  // Loaded here, on Redis only: local mode never pays for BullMQ and ioredis at start-up.
  const load = createRequire(import.meta.url);
  const { Queue, Worker } = load("bullmq") as typeof import("bullmq");
  const { Redis } = load("ioredis") as typeof import("ioredis");
  // The hash tag keeps every key of these queues in one Redis Cluster slot.
  const prefix = `{${options.prefix}-bull}`;
  // Connection errors are reported once by the store's client; these stay quiet.
  const connections: Redis[] = [];
  // Named, so CLIENT LIST tells the queue's producer from its workers and from the store.
  const connection = (connectionName: string) => {
    const redis = new Redis(options.url, { protocol: 2, connectionName, maxRetriesPerRequest: null, enableOfflineQueue: true }).on("error", () => undefined);
    connections.push(redis);
    return redis;
  };
  const producer = connection("akutlinje-queue");
  const timers = new Queue<TimerJob>("timers", { connection: producer, prefix });
  const sends = new Queue<SendJob>("sends", { connection: producer, prefix });
  for (const q of [timers, sends]) q.on("error", () => undefined);
  const workers: Worker[] = [];
  const retry = { attempts: options.attempts, backoff: { type: "exponential" as const, delay: options.backoffMs } };
  // A finished job is removed at once: a send holds the patient's number and words, and
  // neither a finished send nor a finished timer is read again (the case holds the state, the
  // log the outcome). BullMQ's `age` would be no expiry: it clears old jobs only when a later
  // job finishes, so after a quiet night the last pages would stay without a TTL.
  const keep = { removeOnComplete: true, removeOnFail: true };
  // Adding must fail fast when Redis is down, so the caller can send directly instead.
  const bounded = <T>(p: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("queue unreachable")), 2_000)));
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
  };

  return {
    async scheduleDeadline(ref, at, now) {
      await bounded(timers.add("deadline", { kind: "deadline", ref }, { jobId: `case-${ref}-${at}`, delay: Math.max(0, at - now), ...retry, ...keep }));
    },
    async scheduleDigest(at, now) {
      await bounded(timers.add("digest", { kind: "digest" }, { jobId: `digest-${at}`, delay: Math.max(0, at - now), ...retry, ...keep }));
    },
    async scheduleCheckin(treatment, at, now) {
      const delay = Math.max(0, at - now);
      const added = await bounded(timers.add("checkin", { kind: "checkin", treatment }, { jobId: `checkin-${treatment}-${at}`, delay, ...retry, ...keep }));
      // A check-in may wait two weeks; should no worker ever take it, it goes with the data it is about.
      await bounded(producer.pexpire(timers.toKey(added.id!), delay + options.ttlMs)).catch(() => undefined);
    },
    async enqueueSend(job) {
      const added = await bounded(sends.add(job.kind, job, { ...retry, ...keep }));
      // Until it is sent the job holds health data too; should it never be processed (no
      // worker ever runs again), it expires with the rest. Its hash keeps this TTL through
      // retries. A failure here is left alone: the job is removed once it is sent anyway, and
      // throwing would send it a second time, directly.
      await bounded(producer.pexpire(sends.toKey(added.id!), options.ttlMs)).catch(() => undefined);
    },
    start(handlers) {
      const timerWorker = new Worker<TimerJob>("timers", (job) => handlers.timer(job.data), { connection: connection("akutlinje-worker"), prefix, concurrency: 5 });
      const sendWorker = new Worker<SendJob>("sends", (job) => handlers.send(job.data).catch((err: unknown) => Promise.reject(withoutText(err))), { connection: connection("akutlinje-worker"), prefix, concurrency: 5 });
      sendWorker.on("failed", (job: Job<SendJob> | undefined, err) => {
        if (!job) return;
        const final = job.attemptsMade >= (job.opts.attempts ?? 1);
        options.log.warn({ kind: job.data.kind, attempt: job.attemptsMade, final, err: err.message }, "queued send failed");
        if (final) void handlers.sendGaveUp(job.data).catch((e: Error) => options.log.error({ err: e.message }, "send fallback failed"));
      });
      for (const w of [timerWorker, sendWorker]) w.on("error", (err) => options.log.error({ err: err.message }, "queue worker error"));
      workers.push(timerWorker, sendWorker);
    },
    runDue: async () => undefined,
    ping: async () => (await bounded(producer.ping()).catch(() => null)) === "PONG",
    // Workers finish the job in hand, but shutdown never waits on a Redis that is not there.
    async close() {
      const graceful = Promise.all(workers.map((w) => w.close())).then(() => Promise.all([timers.close(), sends.close()]));
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([graceful.catch(() => undefined), new Promise((r) => (timer = setTimeout(r, 5_000)))]);
      clearTimeout(timer);
      for (const redis of connections) redis.disconnect();
    },
  };
}
