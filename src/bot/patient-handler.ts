import { applyAssist } from "../assist/apply-assist.js";
import { consultAssist } from "../assist/consult-assist.js";
import { contactPhrases } from "../clinic/contact-phrases.js";
import { parsePatientKeyword } from "../flows/commands.js";
import { conversationMachine, type ConversationEvent } from "../flows/conversation.machine.js";
import type { Effect } from "../flows/effects.js";
import { step } from "../flows/step.js";
import { answerMessage } from "../replies/answer-message.js";
import type { CaseRunner, OpenedCase } from "./cases.js";
import type { CheckinRunner } from "./checkins.js";
import type { ConversationRecords } from "./conversations.js";
import type { BotDeps, Handled, InboundMessage } from "./deps.js";
import type { Turn } from "../store/store.js";

/** The turn failed after it had opened a case: that case stands, and whoever takes over carries on in it. */
export class TurnFailed extends Error {
  constructor(readonly reason: unknown, readonly caseRef: string) {
    super((reason as Error)?.message ?? String(reason));
  }
}

/** A message replayed from the fallback log: its reply was already sent, and it may have a case already. */
export interface Replay {
  at: number;
  caseRef?: string;
}

/**
 * One patient message, in the sender's turn: the conversation moves on by one event, the
 * cases it opens or updates move with it, and the replies come back.
 */
export function patientHandler(deps: BotDeps, cases: CaseRunner, conversations: ConversationRecords, checkins: CheckinRunner) {
  const { config, now, log } = deps;

  // The message is read with the sender's latest treatment, where the clinic has one on record.
  async function smsEvent(msg: InboundMessage, at: number, turn: Turn): Promise<ConversationEvent> {
    const contact = contactPhrases(deps.onCall.hours(), at);
    const treatment = await checkins.latestFor(msg.from, at, turn.treatments);
    const withTreatment = treatment ? { treatment } : {};
    if (!deps.assist) return { type: "sms.received", at, text: msg.body, media: msg.media, contact, ...withTreatment };
    const rules = answerMessage(msg.body, contact, at, treatment);
    const assist = await consultAssist(deps.assist, msg.body, rules);
    if (assist) log.info({ assist: applyAssist(rules, assist, contact).outcome }, "assist consulted");
    return { type: "sms.received", at, text: msg.body, media: msg.media, contact, ...withTreatment, ...(assist ? { assist } : {}) };
  }

  return async function handlePatient(msg: InboundMessage, replay?: Replay): Promise<Handled> {
    const at = replay?.at ?? now();
    const conv = await conversations.begin(msg.from, at, msg.messageSid);
    if (!conv) return { replies: [], facts: { outcome: "duplicate" } };
    const opened: OpenedCase[] = [];
    let next = conv.snapshot;
    const replies: string[] = [];
    let failure: { reason: unknown } | null = null;
    try {
      const keyword = parsePatientKeyword(msg.body);
      const event: ConversationEvent = keyword === "stop" ? { type: "keyword.stop", at }
        : keyword === "start" ? { type: "keyword.start", at }
        : keyword === "help" ? { type: "keyword.help", at, outOfHours: config.outOfHours }
        : await smsEvent(msg, at, conv.turn);
      const [moved, actions] = step(conversationMachine, conv.snapshot, event);
      next = moved;
      for (const action of actions) {
        const e = { type: action.type, ...(action.params as object) } as Effect;
        if (e.type === "reply") replies.push(e.text);
        if (e.type === "openCase" && replay?.caseRef) {
          // The fail-safe (or an earlier try) already opened and paged this message's case.
          [next] = step(conversationMachine, next, { type: "case.opened", ref: replay.caseRef });
        } else if (e.type === "openCase") {
          // The case is stored (and its deadline set) before the conversation names it: a
          // failure at any point leaves no handed-over conversation without a case, and no
          // case without a timer.
          const c = await cases.open(e.draft, at);
          opened.push(c);
          [next] = step(conversationMachine, next, { type: "case.opened", ref: c.snapshot.context.ref });
        }
        if (e.type === "updateCase") await cases.update(e.ref, { type: "case.update", at, ...e.update });
        if (e.type === "checkinAnswered") await checkins.answered(e, at, next.context.caseRef);
      }
      // STOP ends the patient's pending check-ins at once. Should that fail, the check-in still
      // finds the conversation stopped when its time comes, and ends then.
      if (event.type === "keyword.stop") await checkins.stopFor(msg.from, at).catch((err: Error) => log.warn({ err: err.message }, "check-ins not cancelled on STOP; they end when due"));
      // A flood (or a loop with another bot) gets a bounded number of replies; a red flag is never held back.
      const redFlag = replies.some((r) => r.startsWith("Ring 112"));
      if (!redFlag && replies.length && !replay && conv.turn.recent > config.rateLimitPerMinute) {
        log.warn({ caseRef: next.context.caseRef }, "reply rate limit reached; reply held back");
        replies.length = 0;
      }
      const photos = msg.media.length ? ` [${msg.media.length} foto]` : "";
      await conv.commit(next, [
        { at, dir: "in", text: `${msg.body}${photos}`, seq: conv.turn.ticket },
        ...replies.map((text) => ({ at, dir: "out" as const, text, seq: conv.turn.ticket })),
      ]);
    } catch (reason) {
      failure = { reason };
      // Ending the turn only lets the next one in sooner (a dead turn's lease runs out
      // anyway): the fail-safe does not wait for it on a store that hangs.
      void conv.turn.end();
    }
    // A stored case is paged even when the turn failed after opening it: it has its deadline
    // already, and the fail-safe and the replay carry on in it instead of opening another.
    for (const c of opened) await cases.run(c.snapshot, c.actions);
    if (failure) throw opened.length ? new TurnFailed(failure.reason, opened[0]!.snapshot.context.ref) : failure.reason;
    return { replies, facts: { outcome: "patient", triage: next.context.level, caseRef: next.context.caseRef, state: next.value, media: msg.media.length } };
  };
}
