import type { Logger } from "pino";
import { initialTransition, transition, type AnyMachineSnapshot } from "xstate";
import { contactPhrases } from "../clinic/contact-phrases.js";
import { nextOpening } from "../clinic/opening-hours.js";
import type { Config } from "../config.js";
import { callText, digestText, forwardText, listText, pageText, relayText } from "../flows/case-texts.js";
import { DOCTOR_HELP, parseDoctorCommand, parsePatientKeyword } from "../flows/commands.js";
import { CONVERSATION_MACHINE_VERSION, conversationMachine, initialConversationContext, type ConversationEvent } from "../flows/conversation.machine.js";
import type { CaseDraft, Effect } from "../flows/effects.js";
import { CASE_MACHINE_VERSION, escalationMachine, type CaseEvent } from "../flows/escalation.machine.js";
import type { CaseContext, CaseRecord, ConversationRecord, MediaRef } from "../flows/records.js";
import type { MediaLinks } from "../media/media-links.js";
import { answerMessage } from "../replies/answer-message.js";
import { rank } from "../triage/types.js";
import type { Stores } from "../store/store.js";
import type { Outbound } from "../transport/outbound.js";
import { maskPhone } from "../log/mask.js";
import type { FallbackLog } from "./fallback-log.js";
import type { JobQueues, SendJob, TimerJob } from "../queue/job-queues.js";
import { applyAssist } from "../assist/apply-assist.js";
import { consultAssist } from "../assist/consult-assist.js";
import type { Assist } from "../assist/openai-assist.js";

export interface InboundMessage {
  from: string;
  body: string;
  messageSid: string;
  media: MediaRef[];
}

export interface BotDeps {
  config: Config;
  stores: Stores;
  outbound: Outbound;
  now: () => number;
  log: Logger;
  /** Signed photo links; null in local mode, where the given media URL is used as it is. */
  links: MediaLinks | null;
  fallback: FallbackLog;
  /** Timers and sends: BullMQ on Redis, in-process in local mode. Without them, all runs inline. */
  jobs?: JobQueues;
  /** The raw transport, for queued sends (the queue does the retrying). */
  transport?: Outbound;
  /** The optional LLM assist (OPENAI_API_KEY); null or absent when off. */
  assist?: Assist | null;
}

export interface Bot {
  /** Handles one inbound message; returns the texts to answer with (TwiML). */
  handle(msg: InboundMessage): Promise<string[]>;
  /** Fires due escalation deadlines and review digests. */
  tick(): Promise<void>;
  /** A delivery status callback: failed and undelivered pages fall back. Deduplicated. */
  status(sid: string, status: string): Promise<void>;
}

const CLAIM_TTL_MS = 48 * 60 * 60 * 1000;
const FORWARDS_PER_10_MIN = 5;
type ConvSnapshot = ReturnType<typeof initialTransition<typeof conversationMachine>>[0];
type CaseSnapshot = ReturnType<typeof initialTransition<typeof escalationMachine>>[0];
const persist = (s: AnyMachineSnapshot) => ({ value: s.value as string, context: s.context });

// The imperative shell around the two machines: it loads and stores snapshots, feeds events,
// and carries out every effect the machines name. Nothing else in the bot talks to the world.
export function createBot(deps: BotDeps): Bot {
  const { config, stores, outbound, now, log } = deps;
  const isDoctor = (from: string) => from === config.doctorPhone || from === config.backupPhone;

  async function handle(msg: InboundMessage): Promise<string[]> {
    if (!(await stores.claims.claim(msg.messageSid, CLAIM_TTL_MS))) {
      log.info({ messageSid: msg.messageSid }, "duplicate message ignored");
      return [];
    }
    if (isDoctor(msg.from)) return [await handleDoctor(msg)];
    return stores.lock.run(msg.from, (ticket) => handlePatient(msg, ticket));
  }

  async function handlePatient(msg: InboundMessage, ticket: number, replayedAt?: number): Promise<string[]> {
    const at = replayedAt ?? now();
    const loaded = await loadConversation(msg.from, at);
    const keyword = parsePatientKeyword(msg.body);
    const event: ConversationEvent = keyword === "stop" ? { type: "keyword.stop", at }
      : keyword === "start" ? { type: "keyword.start", at }
      : keyword === "help" ? { type: "keyword.help", at, outOfHours: config.outOfHoursNumber }
      : await smsEvent(msg, at);
    let [next, actions] = transition(conversationMachine, loaded.snapshot, event);
    let rev = await saveConversation(msg.from, next, loaded.rev);
    const replies: string[] = [];
    for (const action of actions) {
      const e = { type: action.type, ...(action.params as object) } as Effect;
      if (e.type === "reply") replies.push(e.text);
      if (e.type === "openCase") {
        // The conversation learns its case before any page goes out, so a failed page
        // cannot leave it handed over without a case.
        const opened = await openCase(e.draft, at);
        [next] = transition(conversationMachine, next, { type: "case.opened", ref: opened.snapshot.context.ref });
        rev = await saveConversation(msg.from, next, rev);
        await runCaseEffects(opened.snapshot, opened.actions);
      }
      if (e.type === "updateCase") {
        await updateCase(e.ref, { type: "case.update", at, ...e.update });
      }
    }
    // A flood (or a loop with another bot) gets a bounded number of replies; a red flag is never held back.
    const redFlag = replies.some((r) => r.startsWith("Ring 112"));
    if (!redFlag && replies.length && !replayedAt && (await stores.counters.hit(`replies:${msg.from}`, 60_000)) > config.rateLimitPerMinute) {
      log.warn({ caseRef: next.context.caseRef }, "reply rate limit reached; reply held back");
      replies.length = 0;
    }
    const photos = msg.media.length ? ` [${msg.media.length} foto]` : "";
    await stores.conversations.append(msg.from, [
      { at, dir: "in", text: `${msg.body}${photos}`, seq: ticket },
      ...replies.map((text) => ({ at, dir: "out" as const, text, seq: ticket })),
    ]);
    log.info({ triage: next.context.level, caseRef: next.context.caseRef, state: next.value, media: msg.media.length }, "patient message handled");
    return replies;
  }

  async function smsEvent(msg: InboundMessage, at: number): Promise<ConversationEvent> {
    const contact = contactPhrases(config.hours, at);
    if (!deps.assist) return { type: "sms.received", at, text: msg.body, media: msg.media, contact };
    const rules = answerMessage(msg.body, contact);
    const assist = await consultAssist(deps.assist, msg.body, rules);
    if (assist) log.info({ assist: applyAssist(rules, assist, contact).outcome }, "assist consulted");
    return { type: "sms.received", at, text: msg.body, media: msg.media, contact, ...(assist ? { assist } : {}) };
  }

  async function loadConversation(sender: string, at: number): Promise<{ snapshot: ConvSnapshot; rev: number }> {
    const record = await stores.conversations.get(sender);
    const rev = record?.rev ?? 0;
    const fresh = (stopped = false) => {
      const context = initialConversationContext({ sender, at, idleMs: config.conversationIdleMinutes * 60_000, stopped });
      return { snapshot: conversationMachine.resolveState({ value: "idle", context }) as ConvSnapshot, rev };
    };
    if (!record) return fresh();
    const stopped = Boolean(record.snapshot?.context?.stopped);
    if (record.version !== CONVERSATION_MACHINE_VERSION) {
      log.warn({ version: record.version }, "conversation from another machine version reset");
      return fresh(stopped);
    }
    let snapshot: ConvSnapshot;
    try {
      snapshot = conversationMachine.resolveState(record.snapshot as never) as ConvSnapshot;
    } catch {
      log.warn("unreadable conversation snapshot reset");
      return fresh(stopped);
    }
    // A conversation with an open case stays with the doctor; any other starts afresh when idle too long.
    if (snapshot.value === "idle" && at > snapshot.context.expiresAt) return fresh(stopped);
    return { snapshot, rev };
  }

  /** Writes the snapshot over the revision it was read at; returns the new revision. */
  async function saveConversation(sender: string, snapshot: ConvSnapshot, rev: number): Promise<number> {
    const record: ConversationRecord = { version: CONVERSATION_MACHINE_VERSION, rev, snapshot: persist(snapshot) as ConversationRecord["snapshot"] };
    await stores.conversations.put(sender, record);
    return rev + 1;
  }

  async function openCase(draft: CaseDraft, at: number) {
    const ref = `K${await stores.cases.nextNumber()}`;
    const [snapshot, actions] = initialTransition(escalationMachine, {
      ref, draft, at,
      ackMs: { emergency: config.ackMinutes.emergency * 60_000, urgent: config.ackMinutes.urgent * 60_000 },
      digestAt: nextOpening(config.hours, at),
      hasBackup: Boolean(config.backupPhone),
    });
    await saveCase(snapshot, 0);
    log.info({ caseRef: ref, triage: draft.level }, "case opened");
    return { snapshot, actions };
  }

  /** Moves a case on by one event. Its effects run after the case lock is released. */
  async function updateCase(ref: string, event: CaseEvent): Promise<CaseSnapshot | null> {
    const result = await stores.lock.run(`case:${ref}`, async () => {
      const record = await stores.cases.get(ref);
      if (!record) return null;
      const current = escalationMachine.resolveState(record.snapshot as never) as CaseSnapshot;
      const [next, actions] = transition(escalationMachine, current, event);
      await saveCase(next, record.rev ?? 0);
      return { next, actions };
    });
    if (!result) return null;
    await runCaseEffects(result.next, result.actions);
    return result.next;
  }

  async function saveCase(snapshot: CaseSnapshot, rev: number): Promise<void> {
    const record: CaseRecord = { ref: snapshot.context.ref, version: CASE_MACHINE_VERSION, rev, snapshot: persist(snapshot) as CaseRecord["snapshot"] };
    await stores.cases.put(record);
    await scheduleTimers(snapshot.context, snapshot.value as string);
  }

  // The case's next deadline or digest as a durable job. Should adding fail, the periodic
  // sweep in tick() still finds the deadline in the stored case.
  async function scheduleTimers(c: CaseContext, state: string): Promise<void> {
    if (!deps.jobs) return;
    try {
      if (c.deadlineAt !== null) await deps.jobs.scheduleDeadline(c.ref, c.deadlineAt, now());
      if (state === "queued" && c.digestAt !== null) await deps.jobs.scheduleDigest(c.digestAt, now());
    } catch (err) {
      log.warn({ caseRef: c.ref, err: (err as Error).message }, "timer job not scheduled; the sweep will catch it");
    }
  }

  function photoLinks(c: CaseContext, media: MediaRef[] = c.media): string[] {
    const offset = c.media.length - media.length;
    return media.map((m, i) => (deps.links ? deps.links.link(c.ref, offset + i, now()) : m.url));
  }

  async function runCaseEffects(snapshot: CaseSnapshot, actions: ReadonlyArray<{ type: string; params?: unknown }>): Promise<void> {
    const c = snapshot.context;
    for (const action of actions) {
      const e = { type: action.type, ...(action.params as object) } as Effect;
      switch (e.type) {
        case "page":
          await deliverPage(c, e.attempt, e.to);
          break;
        case "call":
          await dispatch({ kind: "call", to: config.doctorPhone, body: callText(c.ref) });
          log.info({ caseRef: c.ref }, "doctor called");
          break;
        case "notifyDoctor":
          // The doctor on the case hears new messages, but a flood cannot keep the phone ringing.
          if ((await stores.counters.hit(`forward:${c.ref}`, 10 * 60_000)) <= FORWARDS_PER_10_MIN) {
            await dispatch({ kind: "sms", to: config.doctorPhone, body: forwardText(c, e.text, photoLinks(c, e.media)) });
          }
          break;
        case "sendToPatient":
          await dispatch({ kind: "sms", to: e.to, body: relayText(e.text) });
          log.info({ caseRef: c.ref }, "doctor's reply relayed to patient");
          break;
        case "caseClosed":
          await stores.lock.run(e.patient, async () => {
            const conv = await loadConversation(e.patient, now());
            const [next] = transition(conversationMachine, conv.snapshot, { type: "case.closed", ref: e.ref });
            await saveConversation(e.patient, next, conv.rev);
          });
          log.info({ caseRef: c.ref }, "case closed");
          break;
      }
    }
  }

  async function deliverPage(c: CaseContext, attempt: number, recipient: "doctor" | "backup"): Promise<void> {
    const to = recipient === "backup" && config.backupPhone ? config.backupPhone : config.doctorPhone;
    await dispatch({ kind: "sms", to, body: pageText(c, attempt, recipient, photoLinks(c)), page: { ref: c.ref, recipient } });
    log.info({ caseRef: c.ref, attempt, recipient }, "doctor paged");
  }

  // Every outbound message goes through here: onto the queue when there is one, else (or when
  // the queue is down) straight out with retries. A page that still cannot be sent falls
  // back to calling the doctor and then to the backup number. A duplicate beats none.
  async function dispatch(job: SendJob): Promise<void> {
    if (deps.jobs) {
      try {
        return await deps.jobs.enqueueSend(job);
      } catch (err) {
        log.error({ err: (err as Error).message }, "queue unreachable; sending directly");
      }
    }
    try {
      await sendOnce(outbound, job);
    } catch (err) {
      log.error({ err: (err as Error).message, page: Boolean(job.page) }, "send failed after retries");
      await sendGaveUp(job);
    }
  }

  async function sendOnce(via: Outbound, job: SendJob): Promise<void> {
    const { sid } = job.kind === "call" ? await via.call({ to: job.to, say: job.body }) : await via.sendSms({ to: job.to, body: job.body });
    if (sid && job.page) await stores.deliveries.remember(sid, { ref: job.page.ref, purpose: job.page.recipient === "backup" ? "backup-page" : "page" }, CLAIM_TTL_MS);
  }

  async function sendGaveUp(job: SendJob): Promise<void> {
    if (!job.page) return;
    const record = await stores.cases.get(job.page.ref).catch(() => null);
    if (record) await pageFallback(record.snapshot.context, job.page.recipient);
  }

  async function pageFallback(c: CaseContext, failed: "doctor" | "backup"): Promise<void> {
    await outbound.call({ to: config.doctorPhone, say: callText(c.ref) }).then(
      () => log.info({ caseRef: c.ref }, "doctor called as fallback"),
      (err: Error) => log.error({ caseRef: c.ref, err: err.message }, "fallback call failed"),
    );
    if (!config.backupPhone || failed === "backup") return;
    await outbound.sendSms({ to: config.backupPhone, body: pageText(c, 1, "backup", photoLinks(c)) }).then(
      () => log.info({ caseRef: c.ref }, "backup paged as fallback"),
      (err: Error) => log.error({ caseRef: c.ref, err: err.message }, "fallback backup page failed"),
    );
  }

  /** Twilio reported a message as failed or undelivered: a page gets the same fallback. */
  async function deliveryFailed(sid: string, status: string): Promise<void> {
    const delivery = await stores.deliveries.lookup(sid);
    if (!delivery) return;
    const record = await stores.cases.get(delivery.ref);
    if (!record || record.snapshot.value === "closed") return;
    log.warn({ caseRef: delivery.ref, status }, "page not delivered; falling back");
    await pageFallback(record.snapshot.context, delivery.purpose === "backup-page" ? "backup" : "doctor");
  }

  async function handleDoctor(msg: InboundMessage): Promise<string> {
    const command = parseDoctorCommand(msg.body);
    const at = now();
    log.info({ command: command.kind }, "doctor command");
    if (command.kind === "help") return DOCTOR_HELP;
    if (command.kind === "list") {
      const open = await stores.cases.open();
      return listText(open.map((r) => r.snapshot.context).sort((a, b) => rank(b.level) - rank(a.level)), (c) => {
        const state = open.find((r) => r.ref === c.ref)!.snapshot.value;
        return state === "acknowledged" ? "(kvitteret)" : state === "queued" ? "(venter på gennemgang)" : "(ikke kvitteret)";
      });
    }
    const event: CaseEvent = command.kind === "ack" ? { type: "doctor.acked", at } : command.kind === "close" ? { type: "doctor.closed", at } : { type: "doctor.relayed", at, text: command.text };
    const next = await updateCase(command.ref, event);
    if (!next) return `Kender ikke sagen ${command.ref}. Skriv LISTE for åbne sager.`;
    if (command.kind === "ack") return `${command.ref} er kvitteret.`;
    if (command.kind === "close") return `${command.ref} er lukket. Botten svarer patienten igen.`;
    return `Sendt til patienten i ${command.ref}.`;
  }

  // Messages the fail-safe answered while the store was down go into their conversations
  // once it is back. Their replies were already sent, so only the state and the case move on.
  async function replayFallback(): Promise<void> {
    for (const entry of deps.fallback.pending()) {
      if (!(await stores.ping())) return;
      if (await stores.claims.claim(`replay:${entry.msg.messageSid}`, CLAIM_TTL_MS)) {
        await stores.claims.claim(entry.msg.messageSid, CLAIM_TTL_MS);
        await stores.lock.run(entry.msg.from, (ticket) => handlePatient(entry.msg, ticket, entry.at));
      }
      deps.fallback.remove(entry);
      log.info({ messageSid: entry.msg.messageSid }, "fallback message replayed");
    }
  }

  async function tick(): Promise<void> {
    await replayFallback();
    const at = now();
    await deps.jobs?.runDue(at);
    // The sweep: any deadline whose job was lost still fires (a second firing finds it moved on).
    const open = await stores.cases.open();
    for (const record of open) {
      const c = record.snapshot.context;
      if (c.deadlineAt !== null && c.deadlineAt <= at) await updateCase(c.ref, { type: "timer.due", at });
    }
    if (open.some((r) => r.snapshot.value === "queued" && (r.snapshot.context.digestAt ?? Infinity) <= at)) await sendDigest();
  }

  // One digest at a time, across instances: whoever comes second finds nothing left to send.
  function sendDigest(openCases?: CaseRecord[]): Promise<void> {
    return stores.lock.run("digest", () => sendDigestNow(openCases));
  }

  async function sendDigestNow(openCases?: CaseRecord[]): Promise<void> {
    const at = now();
    const open = openCases ?? (await stores.cases.open());
    const due = open.filter((r) => r.snapshot.value === "queued" && r.snapshot.context.digestAt !== null && r.snapshot.context.digestAt <= at);
    if (due.length === 0) return;
    for (const body of digestText(due.map((r) => r.snapshot.context), (c) => photoLinks(c))) await dispatch({ kind: "sms", to: config.doctorPhone, body });
    for (const record of due) await updateCase(record.ref, { type: "digest.sent", at });
    log.info({ cases: due.length }, "review digest sent");
  }

  async function status(sid: string, messageStatus: string): Promise<void> {
    if (!(await stores.claims.claim(`status:${sid}:${messageStatus}`, CLAIM_TTL_MS))) return;
    if (messageStatus === "failed" || messageStatus === "undelivered") await deliveryFailed(sid, messageStatus);
  }

  // The queue's workers land here: the timer jobs move cases on, the send jobs go out once each
  // attempt (BullMQ retries with backoff), and a page that never got out falls back.
  deps.jobs?.start({
    timer: async (job: TimerJob) => {
      if (job.kind === "deadline") await updateCase(job.ref, { type: "timer.due", at: now() });
      else await sendDigest();
    },
    send: (job) => sendOnce(deps.transport ?? outbound, job),
    sendGaveUp,
  });

  return { handle: withinBudget(failSafe(handle, deps, isDoctor), deps), tick, status };
}

// Twilio gives up on a webhook after 15 s and retries it, and the retry would find the
// message already claimed. So the answer goes back within the budget, whatever still runs.
function withinBudget(handle: (msg: InboundMessage) => Promise<string[]>, deps: BotDeps): (msg: InboundMessage) => Promise<string[]> {
  return async (msg) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<string[]>((resolve) => {
      timer = setTimeout(() => {
        deps.log.warn({ messageSid: msg.messageSid }, "handling ran over the webhook budget; answered from triage alone");
        resolve(deps.config.doctorPhone === msg.from ? [] : [answerMessage(msg.body).reply.text]);
      }, deps.config.webhookBudgetMs);
    });
    try {
      return await Promise.race([handle(msg), late]);
    } finally {
      clearTimeout(timer);
    }
  };
}

// Whatever breaks while handling a message, the patient still gets a safe answer and a red
// flag still reaches the doctor, straight through the transport.
function failSafe(handle: (msg: InboundMessage) => Promise<string[]>, deps: BotDeps, isDoctor: (from: string) => boolean): (msg: InboundMessage) => Promise<string[]> {
  return async (msg) => {
    try {
      return await handle(msg);
    } catch (err) {
      deps.log.error({ err: (err as Error).message, messageSid: msg.messageSid }, "message handling failed; fail-safe answer used");
      if (isDoctor(msg.from)) return ["Fejl: kommandoen kunne ikke udføres. Prøv igen, eller ring til klinikken."];
      deps.fallback.add({ msg, at: deps.now() });
      const { assessment, reply } = answerMessage(msg.body);
      if (rank(assessment.level) >= rank("urgent") || msg.media.length > 0) {
        const body = `FEJLSIKRING: besked fra ${msg.from} (${assessment.level}) kunne ikke behandles normalt: "${msg.body.slice(0, 200)}"`;
        await deps.outbound.sendSms({ to: deps.config.doctorPhone, body }).catch((e: Error) => deps.log.error({ err: e.message, from: maskPhone(msg.from) }, "fail-safe page failed"));
      }
      return [reply.text];
    }
  };
}
