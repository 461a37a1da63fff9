import type { SnapshotFrom } from "xstate";
import { nextOpening } from "../clinic/opening-hours.js";
import { callText, checkinLine, digestText, forwardText, minimalDigestText, minimalForwardText } from "../flows/case-texts.js";
import { conversationMachine } from "../flows/conversation.machine.js";
import type { CaseDraft, Effect } from "../flows/effects.js";
import { CASE_MACHINE_VERSION, escalationMachine, type CaseEvent } from "../flows/escalation.machine.js";
import type { CaseContext, CaseRecord } from "../flows/records.js";
import { start, step } from "../flows/step.js";
import type { HistoryEntry } from "../store/console-store.js";
import { StaleWriteError } from "../store/store.js";
import { persist, type ConversationRecords } from "./conversations.js";
import type { Deliveries } from "./deliveries.js";
import type { BotDeps } from "./deps.js";
import type { Relayed } from "./relay-texts.js";

export type CaseSnapshot = SnapshotFrom<typeof escalationMachine>;
type Actions = ReadonlyArray<{ type: string; params?: unknown }>;
export interface OpenedCase {
  snapshot: CaseSnapshot;
  actions: Actions;
}
/** A case moved on by one event, the state it was in before, and how a reply to the patient it sent went. */
export interface MovedCase {
  snapshot: CaseSnapshot;
  from: string;
  relayed?: Relayed;
}
const FORWARDS_PER_10_MIN = 5;

/** Opening cases, moving them on one event at a time, and carrying out what they ask for. */
export function caseRunner(deps: BotDeps, send: Deliveries, conversations: ConversationRecords) {
  const { config, stores, now, log } = deps;

  const begun = (ref: string, draft: CaseDraft, at: number) =>
    start(escalationMachine, {
      ref, draft, at,
      ackMs: { emergency: config.ackMinutes.emergency * 60_000, urgent: config.ackMinutes.urgent * 60_000 },
      digestAt: nextOpening(deps.onCall.hours(), at),
      // Whether a backup is on call is known when the backup's turn comes (deliveries.pageJob).
      hasBackup: true,
      screenMs: config.screenMinutes * 60_000,
    });

  async function open(draft: CaseDraft, at: number): Promise<OpenedCase> {
    const [snapshot, actions] = begun(`K${await stores.cases.nextNumber()}`, draft, at);
    await save(snapshot, 0);
    log.info({ caseRef: snapshot.context.ref, triage: draft.level }, "case opened");
    return { snapshot, actions };
  }

  /**
   * A case for a red flag the normal path could not take (the store down, say), numbered from
   * the instance's spare numbers without a round trip. Its record goes into the fallback log
   * before runFailSafe() pages and tries to store it, so the replay can store it once the
   * store is back; from then on it escalates like any other. Null when no number is left.
   */
  function openFailSafe(draft: CaseDraft, at: number): (OpenedCase & { record: CaseRecord }) | null {
    const number = stores.cases.spareNumber();
    if (number === null) return null;
    const [snapshot, actions] = begun(`K${number}`, draft, at);
    return { snapshot, actions, record: recordOf(snapshot, 0) };
  }

  /** Pages a fail-safe case straight through the transport, then stores it if the store takes it. */
  async function runFailSafe(opened: OpenedCase & { record: CaseRecord }): Promise<void> {
    const c = opened.snapshot.context;
    for (const action of opened.actions) {
      const e = { type: action.type, ...(action.params as object) } as Effect;
      if (e.type === "page") await send.pageNow(c, e.attempt, e.to);
    }
    log.info({ caseRef: c.ref, triage: c.level }, "case opened by the fail-safe");
    await restore(opened.record).catch((err: Error) => log.warn({ caseRef: c.ref, err: err.message }, "fail-safe case not stored yet; the replay stores it"));
  }

  /** Stores a case the fail-safe opened, with its timers, unless it is stored already. */
  async function restore(record: CaseRecord): Promise<void> {
    try {
      await stores.cases.put(record);
    } catch (err) {
      if (err instanceof StaleWriteError) return;
      throw err;
    }
    await scheduleTimers(record.snapshot.context, record.snapshot.value);
  }

  /** Moves a case on by one event. Its effects run after the case lock is released. */
  async function update(ref: string, event: CaseEvent): Promise<MovedCase | null> {
    const result = await stores.lock.run(`case:${ref}`, async () => {
      const record = await stores.cases.get(ref);
      if (!record) return null;
      const current = escalationMachine.resolveState(record.snapshot as never) as CaseSnapshot;
      // A closed case takes no more events: a late OK, reply or export changes nothing.
      if (current.value === "closed") return { next: current, actions: [], from: "closed" };
      const [next, actions] = step(escalationMachine, current, event);
      await save(next, record.rev ?? 0);
      return { next, actions, from: current.value as string };
    });
    if (!result) return null;
    await remember(ref, historyOf(event, result.from, result.next));
    return { snapshot: result.next, from: result.from, ...(await run(result.next, result.actions)) };
  }

  /** What the staff did, for the case's timeline in the console; losing it never undoes the act. */
  async function remember(ref: string, entries: HistoryEntry[]): Promise<void> {
    for (const entry of entries) await stores.history.append(ref, entry).catch((err: Error) => log.warn({ caseRef: ref, err: err.message }, "case history not written"));
  }

  const recordOf = (snapshot: CaseSnapshot, rev: number): CaseRecord => ({ ref: snapshot.context.ref, version: CASE_MACHINE_VERSION, rev, snapshot: persist(snapshot) as CaseRecord["snapshot"] });

  async function save(snapshot: CaseSnapshot, rev: number): Promise<void> {
    await stores.cases.put(recordOf(snapshot, rev));
    await scheduleTimers(snapshot.context, snapshot.value as string);
  }

  // The case's next deadline or digest as a durable job. Should adding fail, the periodic
  // sweep still finds the deadline in the stored case.
  // Every review case until the clinic opens shares one digest job; adding it again is a no-op
  // for the queue, so this instance adds each digest time once. A lost job is still found by the sweep.
  let digestScheduled: number | null = null;
  async function scheduleTimers(c: CaseContext, state: string): Promise<void> {
    if (!deps.jobs) return;
    try {
      if (c.deadlineAt !== null) await deps.jobs.scheduleDeadline(c.ref, c.deadlineAt, now());
      if (state === "queued" && c.digestAt !== null && c.digestAt !== digestScheduled) {
        await deps.jobs.scheduleDigest(c.digestAt, now());
        digestScheduled = c.digestAt;
      }
    } catch (err) {
      log.warn({ caseRef: c.ref, err: (err as Error).message }, "timer job not scheduled; the sweep will catch it");
    }
  }

  async function run(snapshot: CaseSnapshot, actions: Actions): Promise<{ relayed?: Relayed }> {
    const c = snapshot.context;
    let relayed: Relayed | undefined;
    for (const action of actions) {
      const e = { type: action.type, ...(action.params as object) } as Effect;
      switch (e.type) {
        case "page":
          await send.page(c, e.attempt, e.to);
          break;
        case "call":
          await send.dispatch({ kind: "call", to: (await deps.onCall.at(now())).doctor, body: callText(c) });
          await remember(c.ref, [{ at: now(), kind: "call", to: e.to }]);
          log.info({ caseRef: c.ref }, "doctor called");
          break;
        case "notifyDoctor":
          // The doctor on the case hears new messages, but a flood cannot keep the phone ringing.
          if ((await stores.counters.hit(`forward:${c.ref}`, 10 * 60_000)) <= FORWARDS_PER_10_MIN) {
            await send.dispatch({ kind: "sms", to: (await deps.onCall.at(now())).doctor, body: config.pageDetail === "minimal" ? minimalForwardText(c, send.consoleLink(c.ref)) : forwardText(c, e.text, send.photoLinks(c, e.media)) });
          }
          break;
        case "sendToPatient":
          relayed = await send.relay(c, e.text);
          log.info({ caseRef: c.ref, relayed }, "doctor's reply relayed to patient");
          break;
        case "caseClosed":
          await closeConversation(e.patient, e.ref);
          log.info({ caseRef: c.ref }, "case closed");
          break;
      }
    }
    return relayed ? { relayed } : {};
  }

  // The patient's conversation leaves the doctor's hands in a turn of its own, in line with
  // the patient's messages.
  async function closeConversation(patient: string, ref: string): Promise<void> {
    const conv = (await conversations.begin(patient, now()))!;
    try {
      const [next] = step(conversationMachine, conv.snapshot, { type: "case.closed", ref });
      await conv.commit(next, []);
    } finally {
      await conv.turn.end();
    }
  }

  /** The sweep: any passed deadline in a stored case fires, even if its job was lost. */
  async function sweep(): Promise<void> {
    const at = now();
    const due = await stores.cases.due(at);
    for (const record of due) {
      const c = record.snapshot.context;
      if (c.deadlineAt === null || c.deadlineAt > at) continue;
      // One case that cannot be moved on must not hold back the deadlines of the others.
      await update(c.ref, { type: "timer.due", at }).catch((err: Error) => log.error({ caseRef: c.ref, err: err.message }, "case deadline not handled; the next sweep tries again"));
    }
    const notes = await deps.treatments.notes.due(at).catch(() => []);
    if (notes.length || due.some((r) => r.snapshot.value === "queued" && (r.snapshot.context.digestAt ?? Infinity) <= at)) await digest();
  }

  // One digest at a time, across instances: whoever comes second finds nothing left to send.
  function digest(): Promise<void> {
    return stores.lock.run("digest", async () => {
      const at = now();
      const due = (await stores.cases.due(at)).filter((r) => r.snapshot.value === "queued" && r.snapshot.context.digestAt !== null && r.snapshot.context.digestAt <= at);
      // The check-ins answered, or left unanswered, since the last digest.
      const notes = await deps.treatments.notes.due(at);
      if (due.length === 0 && notes.length === 0) return;
      const contexts = due.map((r) => r.snapshot.context);
      const texts = config.pageDetail === "minimal"
        ? minimalDigestText(contexts, send.consoleLink, notes.map((n) => n.result))
        : digestText(contexts, (c) => send.photoLinks(c), notes.map((n) => checkinLine(n.patient, n.result)));
      const doctor = (await deps.onCall.at(at)).doctor;
      for (const body of texts) await send.dispatch({ kind: "sms", to: doctor, body });
      for (const record of due) await update(record.ref, { type: "digest.sent", at });
      await deps.treatments.notes.remove(notes);
      log.info({ cases: due.length, checkins: notes.length }, "review digest sent");
    });
  }

  return { open, openFailSafe, runFailSafe, restore, update, run, sweep, digest };
}

export type CaseRunner = ReturnType<typeof caseRunner>;

/** The timeline entries an event by the staff leaves: an OK that came second leaves none. */
export function historyOf(event: CaseEvent, from: string, next: CaseSnapshot): HistoryEntry[] {
  if (from === "closed") return [];
  const by = "by" in event && event.by ? event.by : { name: "Lægen", via: "sms" as const };
  switch (event.type) {
    case "doctor.acked":
      return from === "acknowledged" ? [] : [{ at: event.at, kind: "ack", by }];
    case "doctor.relayed":
      return [{ at: event.at, kind: "reply", by, text: event.text }];
    case "doctor.closed":
      return [{ at: event.at, kind: "close", by }];
    case "staff.levelChanged": {
      const change = next.context.levelChanges?.at(-1);
      return change ? [{ at: event.at, kind: "level", by, from: change.from, to: change.to, reason: change.reason }] : [];
    }
    case "note.exported":
      return [{ at: event.at, kind: "export", by }];
    case "digest.sent":
      return [{ at: event.at, kind: "digest" }];
    default:
      return [];
  }
}
