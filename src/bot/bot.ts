import type { TimerJob } from "../queue/job-queues.js";
import type { CaseEvent } from "../flows/escalation.machine.js";
import { caseRunner, type MovedCase } from "./cases.js";
import { checkinRunner, type CheckinRunner } from "./checkins.js";
import { conversationRecords } from "./conversations.js";
import { deliveries } from "./deliveries.js";
import { CLAIM_TTL_MS, type BotDeps, type Handled, type HandledFacts, type InboundMessage } from "./deps.js";
import { doctorHandler } from "./doctor-handler.js";
import { failSafe, withinBudget } from "./fail-safe.js";
import type { FallbackEntry } from "./fallback-log.js";
import type { OnCall } from "./on-call.js";
import { patientHandler, TurnFailed } from "./patient-handler.js";

export type { BotDeps, Handled, HandledFacts, InboundMessage } from "./deps.js";

export interface Bot {
  /** Handles one inbound message; returns the texts to answer with (TwiML) and what became of it. */
  handle(msg: InboundMessage): Promise<Handled>;
  /** Replays fallback messages, fires due timers and sweeps for passed deadlines and digests. */
  tick(): Promise<void>;
  /** A delivery status callback: failed and undelivered pages fall back, replies go another way. Deduplicated. */
  status(sid: string, status: string, errorCode?: string): Promise<void>;
}

/** Treatments and their check-ins: the API, the console and the chat add and cancel them here. */
export type TreatmentIntake = Pick<CheckinRunner, "add" | "cancel">;

/** The bot as the clinic console sees it: the same cases, moved on by the staff's events. */
export interface StaffBot extends Bot {
  /**
   * Moves a case on by a staff member's event (acknowledge, reply, level, close, export), as an
   * SMS command does: the same machine, the same effects. Null for an unknown case.
   */
  act(ref: string, event: CaseEvent): Promise<MovedCase | null>;
  /** Who is on call; refresh() after the rota or the staff change. */
  onCall: OnCall;
  /** Treatments registered in the console go in, and are cancelled, as the API's do. */
  treatments: TreatmentIntake;
}

// The imperative shell around the two machines: it loads and stores snapshots, feeds events,
// and carries out every effect the machines name (src/bot/*). Nothing else talks to the world.
export function createBot(deps: BotDeps): StaffBot {
  const { stores, now, log } = deps;
  // The doctor, the backup and every staff doctor may write on SMS or on WhatsApp; the number is what counts.
  const phoneOf = (from: string) => from.replace(/^whatsapp:/, "");
  const isDoctor = (from: string) => deps.onCall.isDoctorKnown(phoneOf(from));
  const send = deliveries(deps);
  const conversations = conversationRecords(deps);
  const cases = caseRunner(deps, send, conversations);
  const checkins = checkinRunner(deps, send, conversations);
  const handlePatient = patientHandler(deps, cases, conversations, checkins);
  const handleDoctor = doctorHandler(deps, cases);

  async function handle(msg: InboundMessage): Promise<Handled> {
    if (!(await deps.onCall.isDoctor(phoneOf(msg.from)))) return handlePatient(msg);
    if (!(await stores.claims.claim(msg.messageSid, CLAIM_TTL_MS))) return { replies: [], facts: { outcome: "duplicate" } };
    return handleDoctor(msg);
  }

  // Messages the fail-safe answered while the store was down go into their conversations
  // once it is back. Their replies were already sent, so only the state and the case move on.
  // The message's own claim makes this happen once: a turn of it that did commit (a write
  // that went through late, another copy) leaves nothing to do, and a replay that fails
  // leaves it unclaimed. An entry goes only once its replay has committed, and one that
  // fails is tried again next tick without holding back the others.
  async function replayFallback(): Promise<void> {
    for (const entry of deps.fallback.pending()) {
      if (!(await stores.ping())) return;
      try {
        const facts = entry.ack ? await replayAck(entry) : await replayMessage(entry);
        deps.fallback.remove(entry);
        log.info({ messageSid: entry.msg.messageSid, ...facts }, "fallback message replayed");
      } catch (err) {
        if (err instanceof TurnFailed && !entry.caseRef) deps.fallback.attachCase(entry, err.caseRef);
        log.warn({ messageSid: entry.msg.messageSid, err: (err as Error).message }, "fallback message not replayed; tried again next tick");
      }
    }
  }

  async function replayMessage(entry: FallbackEntry): Promise<HandledFacts> {
    if (entry.caseRecord) await cases.restore(entry.caseRecord);
    return (await handlePatient(entry.msg, { at: entry.at, ...(entry.caseRef ? { caseRef: entry.caseRef } : {}) })).facts;
  }

  async function replayAck(entry: FallbackEntry): Promise<HandledFacts> {
    const ref = entry.ack!;
    const acked = await cases.update(ref, { type: "doctor.acked", at: entry.at });
    // A case the fail-safe opened may not be stored yet: the OK waits for it.
    if (!acked && deps.fallback.pending().some((e) => e.caseRef === ref)) throw new Error(`case ${ref} not stored yet`);
    return { outcome: "doctor", command: "ack", caseRef: ref };
  }

  // Each step stands alone: nothing one case or message does holds back another's deadline.
  async function tick(): Promise<void> {
    await deps.onCall.refreshIfStale();
    await replayFallback();
    await deps.jobs?.runDue(now()).catch((err: Error) => log.error({ err: err.message }, "due timers not run; the sweep looks for them"));
    await cases.sweep();
    await checkins.sweep().catch((err: Error) => log.error({ err: err.message }, "check-in sweep failed; the next tick tries again"));
  }

  async function status(sid: string, messageStatus: string, errorCode?: string): Promise<void> {
    if (!(await stores.claims.claim(`status:${sid}:${messageStatus}`, CLAIM_TTL_MS))) return;
    await send.deliveryStatus(sid, messageStatus, errorCode);
  }

  // The queue's workers land here: timer jobs move cases on, send jobs go out one attempt at a
  // time (the queue retries with backoff), and a page that never got out falls back.
  deps.jobs?.start({
    timer: async (job: TimerJob) => (job.kind === "deadline" ? void (await cases.update(job.ref, { type: "timer.due", at: now() })) : job.kind === "checkin" ? checkins.fire(job.treatment) : cases.digest()),
    send: (job) => send.sendOnce(deps.transport ?? deps.outbound, job),
    sendGaveUp: send.sendGaveUp,
  });

  return { handle: withinBudget(failSafe(handle, deps, isDoctor, cases), deps, isDoctor), tick, status, act: cases.update, onCall: deps.onCall, treatments: { add: checkins.add, cancel: checkins.cancel } };
}
