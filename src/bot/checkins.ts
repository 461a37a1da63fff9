import type { SnapshotFrom } from "xstate";
import { nextOpening } from "../clinic/opening-hours.js";
import { checkinText } from "../flows/checkin-texts.js";
import { CHECKIN_MACHINE_VERSION, checkinMachine, type CancelReason, type CheckinEffect, type CheckinEvent } from "../flows/checkin.machine.js";
import { conversationMachine } from "../flows/conversation.machine.js";
import type { CheckinAnswer } from "../flows/effects.js";
import { start, step } from "../flows/step.js";
import { contextOf, type CheckinNote, type TreatmentRecord, type TreatmentSummary } from "../store/treatment-store.js";
import { treatmentId, type Treatment } from "../treatments/treatment.js";
import type { TreatmentContext } from "../triage/treatment-rules.js";
import { persist, type ConversationRecords } from "./conversations.js";
import type { Deliveries } from "./deliveries.js";
import type { BotDeps } from "./deps.js";

type CheckinSnapshot = SnapshotFrom<typeof checkinMachine>;
type Actions = ReadonlyArray<{ type: string; params?: unknown }>;
const effects = (actions: Actions) => actions.map((a) => ({ type: a.type, ...(a.params as object) }) as CheckinEffect).filter((e) => e.type === "sendCheckin" || e.type === "noteResult");
const phoneOf = (sender: string) => sender.replace(/^whatsapp:/, "");
const over = (r: TreatmentRecord) => !r.checkin || r.checkin.snapshot.value === "done" || r.checkin.snapshot.value === "cancelled";

type IntakeDeps = Pick<BotDeps, "config" | "treatments" | "jobs" | "now" | "log">;

// A treatment's next check-in timer as a durable job; should adding fail, the sweep still finds it in the store.
async function scheduleCheckin(deps: IntakeDeps, r: TreatmentRecord): Promise<void> {
  const at = over(r) ? null : r.checkin!.snapshot.context.dueAt;
  if (at === null || !deps.jobs) return;
  await deps.jobs.scheduleCheckin(r.id, at, deps.now()).catch((err: Error) => deps.log.warn({ err: err.message }, "check-in timer not scheduled; the sweep will catch it"));
}

/**
 * Stores a new treatment with its check-in plan (with consent) and schedules the first; the
 * import CLI calls this too. `created` is false, and nothing changes, when the external id is
 * stored already.
 */
export async function storeTreatment(deps: IntakeDeps, t: Treatment): Promise<{ created: boolean; record: TreatmentRecord }> {
  const at = deps.now();
  const id = treatmentId(t.externalId);
  const [snapshot] = start(checkinMachine, { treatment: id, treatedAt: t.treatedAt, at, window: deps.config.checkinWindow });
  const planned = t.checkinConsent && snapshot.value !== "done";
  const record: TreatmentRecord = { ...t, id, createdAt: at, closedAt: null, checkin: planned ? { version: CHECKIN_MACHINE_VERSION, snapshot: persist(snapshot) as never } : null };
  if (!(await deps.treatments.add(record))) return { created: false, record: (await deps.treatments.get(id)) ?? record };
  await scheduleCheckin(deps, record);
  deps.log.info({ treatment: id, checkins: planned ? snapshot.context.plan.length : 0 }, "treatment stored");
  return { created: true, record };
}

/**
 * Treatments and their check-ins: storing a new treatment with its plan, sending each check-in
 * in the patient's turn, taking the answers, cancelling, and the notes for the digest. Every
 * move of a check-in happens in its patient's turn (the sender lock), and is written over the
 * revision read, so two instances (a job and a sweep) never send the same check-in twice.
 */
export function checkinRunner(deps: BotDeps, send: Deliveries, conversations: ConversationRecords) {
  const { config, treatments, now, log } = deps;

  const restore = (r: TreatmentRecord) => checkinMachine.resolveState(r.checkin!.snapshot as never) as CheckinSnapshot;
  const withCheckin = (r: TreatmentRecord, s: CheckinSnapshot): TreatmentRecord => ({ ...r, checkin: { version: CHECKIN_MACHINE_VERSION, snapshot: persist(s) as never } });

  const schedule = (r: TreatmentRecord) => scheduleCheckin(deps, r);
  const add = (t: Treatment) => storeTreatment(deps, t);

  /**
   * The sender's latest treatment as the triage rules read it; null when there is none (or the
   * store fails). The turn's own read of them is used where the store made one.
   */
  async function latestFor(sender: string, at: number, withTurn?: TreatmentSummary[]): Promise<TreatmentContext | null> {
    const list = withTurn?.filter((t) => t.expiresAt > at).sort((a, b) => b.treatedAt - a.treatedAt)
      ?? (await treatments.forPatient(phoneOf(sender)).catch((err: Error) => {
        log.warn({ err: err.message }, "treatments not read; the message is read without one");
        return [];
      }));
    const t = list.find((r) => r.treatedAt <= at);
    return t ? contextOf(t) : null;
  }

  /** Moves one check-in machine on, writes it, and notes its results for the digest. Returns the sends. */
  async function move(record: TreatmentRecord, event: CheckinEvent): Promise<Extract<CheckinEffect, { type: "sendCheckin" }>[]> {
    const [next, actions] = step(checkinMachine, restore(record), event);
    const moved = withCheckin(record, next);
    await treatments.put(moved);
    const done = effects(actions);
    for (const e of done) {
      if (e.type !== "noteResult") continue;
      const digestAt = nextOpening(config.hours, e.result.at);
      const note: CheckinNote = { id: `${record.id}-${e.result.day}-${e.result.at}`, treatment: record.id, patient: record.phone, result: e.result, digestAt };
      await treatments.notes.add(note);
      await deps.jobs?.scheduleDigest(digestAt, now()).catch((err: Error) => log.warn({ err: err.message }, "digest not scheduled; the sweep will catch it"));
    }
    await schedule(moved);
    return done.filter((e): e is Extract<CheckinEffect, { type: "sendCheckin" }> => e.type === "sendCheckin");
  }

  /** A check-in timer: in the patient's turn, ask, remind or give up, unless the patient is in a case or has stopped. */
  async function fire(id: string): Promise<void> {
    const first = await treatments.get(id);
    if (!first || over(first)) return;
    const at = now();
    const conv = (await conversations.begin(first.phone, at))!;
    const texts: string[] = [];
    try {
      const record = await treatments.get(id);
      if (!record || over(record) || (record.checkin!.snapshot.context.dueAt ?? Infinity) > at) return void (await conv.turn.end());
      const c = conv.snapshot.context;
      const sends = await move(record, { type: "timer.due", at, inCase: conv.snapshot.value === "handedOver", stopped: c.stopped });
      // English for a patient whose record or own messages are in English.
      const lang = record.language === "en" || (conv.turn.record && c.language === "en") ? "en" : "da";
      let next = conv.snapshot;
      for (const e of sends) {
        texts.push(checkinText(e.day, e.reminder, lang, record.areas));
        [next] = step(conversationMachine, next, { type: "checkin.sent", at, treatment: id, day: e.day, until: e.openUntil });
      }
      await conv.commit(texts.length ? next : null, texts.map((text) => ({ at, dir: "out" as const, text, seq: conv.turn.ticket })));
    } catch (err) {
      void conv.turn.end();
      throw err;
    }
    for (const body of texts) await send.dispatch({ kind: "sms", to: first.phone, body });
    if (texts.length) log.info({ treatment: id }, "check-in sent");
  }

  /** The patient answered an open check-in (called in the patient's own turn). */
  async function answered(a: CheckinAnswer, at: number, caseRef: string | null): Promise<void> {
    const record = await treatments.get(a.treatment);
    if (!record || over(record)) return;
    await move(record, { type: "checkin.answered", at, day: a.day, answer: a.answer, ...(a.level ? { level: a.level } : {}), caseRef });
    log.info({ treatment: a.treatment, answer: a.answer }, "check-in answered");
  }

  /** STOP: every pending check-in of the patient ends at once (called in the patient's own turn). */
  async function stopFor(sender: string, at: number): Promise<void> {
    for (const record of await treatments.forPatient(phoneOf(sender))) {
      if (!over(record)) await move(record, { type: "checkin.cancel", at, reason: "stop" });
    }
  }

  /**
   * The clinic closed or deleted the treatment, or the patient withdrew consent: the pending
   * check-ins end at once, in the patient's turn, and an open one no longer takes a "1" or "2".
   */
  async function cancel(id: string, reason: Exclude<CancelReason, "stop">): Promise<{ found: boolean; record: TreatmentRecord | null }> {
    const first = await treatments.get(id);
    if (!first) return { found: false, record: null };
    const at = now();
    const conv = (await conversations.begin(first.phone, at))!;
    let result: TreatmentRecord | null;
    try {
      const record = (await treatments.get(id))!;
      if (!over(record)) await move(record, { type: "checkin.cancel", at, reason });
      if (reason === "deleted") await treatments.remove(id);
      else {
        const current = (await treatments.get(id))!;
        const changed = reason === "closed" ? { ...current, closedAt: current.closedAt ?? at } : { ...current, checkinConsent: false };
        await treatments.put(changed);
      }
      result = reason === "deleted" ? null : await treatments.get(id);
      const [next] = step(conversationMachine, conv.snapshot, { type: "checkin.cancelled", treatment: id });
      await conv.commit(next === conv.snapshot ? null : next, []);
    } catch (err) {
      void conv.turn.end();
      throw err;
    }
    log.info({ treatment: id, reason }, "check-ins cancelled");
    return { found: true, record: result };
  }

  /** Any check-in whose timer has passed fires, even if its job was lost. */
  async function sweep(): Promise<void> {
    for (const record of await treatments.due(now())) {
      await fire(record.id).catch((err: Error) => log.error({ treatment: record.id, err: err.message }, "check-in not handled; the next sweep tries again"));
    }
  }

  return { add, latestFor, fire, answered, stopFor, cancel, sweep };
}

export type CheckinRunner = ReturnType<typeof checkinRunner>;
