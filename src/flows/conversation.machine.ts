import { enqueueActions, setup } from "xstate";
import { helpText, TEXTS } from "./bot-texts.js";
import type { ConversationEffect, EffectParams } from "./effects.js";
import { decide, type SmsReceived } from "./patient-decision.js";
import type { ConversationContext } from "./records.js";

// One patient's conversation. Pure: transition() computes the next state and the effects
// (replies, cases to open); src/bot carries them out. Bump the version when the states or
// the context change shape, so stored snapshots from an older machine are reset safely.
export const CONVERSATION_MACHINE_VERSION = 2;

export type ConversationEvent =
  | SmsReceived
  | { type: "keyword.stop"; at: number }
  | { type: "keyword.start"; at: number }
  | { type: "keyword.help"; at: number; outOfHours: { name: string; number: string } }
  | { type: "case.opened"; ref: string }
  | { type: "case.closed"; ref: string }
  /** The bot sent a check-in: a "1" or "2" until `until` answers it. */
  | { type: "checkin.sent"; at: number; treatment: string; day: number; until: number }
  | { type: "checkin.cancelled"; treatment: string };

export interface ConversationInput {
  sender: string;
  at: number;
  idleMs: number;
  stopped?: boolean;
}

const effect = <T extends ConversationEffect["type"]>(_: unknown, _params: EffectParams<T>) => undefined;

export const conversationMachine = setup({
  types: {
    context: {} as ConversationContext & { idleMs: number },
    events: {} as ConversationEvent,
    input: {} as ConversationInput,
  },
  actions: {
    reply: effect<"reply">,
    openCase: effect<"openCase">,
    updateCase: effect<"updateCase">,
    checkinAnswered: effect<"checkinAnswered">,
    handleIdle: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "sms.received") return;
      const d = decide("idle", context, event);
      enqueue.assign({ ...d.patch, expiresAt: event.at + context.idleMs });
      for (const e of d.effects) enqueue(asAction(e));
    }),
    handleHandedOver: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "sms.received") return;
      const d = decide("handedOver", context, event);
      enqueue.assign({ ...d.patch, expiresAt: event.at + context.idleMs });
      for (const e of d.effects) enqueue(asAction(e));
    }),
  },
  guards: {
    leadsTo: ({ context, event }, params: { from: "idle" | "handedOver"; to: "idle" | "handedOver" }) =>
      event.type === "sms.received" && decide(params.from, context, event).next === params.to,
    isThisCase: ({ context, event }) => event.type === "case.closed" && event.ref === context.caseRef,
  },
}).createMachine({
  id: "conversation",
  context: ({ input }) => initialConversationContext(input),
  initial: "idle",
  on: {
    "keyword.stop": { actions: [enqueueActions(({ enqueue, context }) => {
      enqueue.assign({ stopped: true, checkin: null });
      enqueue({ type: "reply", params: { text: TEXTS.stopped[context.language] } });
    })] },
    "keyword.start": { actions: [enqueueActions(({ enqueue, context }) => {
      enqueue.assign({ stopped: false });
      enqueue({ type: "reply", params: { text: TEXTS.started[context.language] } });
    })] },
    "keyword.help": { actions: [enqueueActions(({ enqueue, context, event }) => {
      // The help text says the line is automatic: the first reply need not say it again.
      enqueue.assign({ introduced: true });
      enqueue({ type: "reply", params: { text: helpText(context.language, event.outOfHours) } });
    })] },
    "checkin.cancelled": { actions: enqueueActions(({ enqueue, context, event }) => {
      if (context.checkin?.treatment === event.treatment) enqueue.assign({ checkin: null });
    }) },
  },
  states: {
    idle: {
      on: {
        // The conversation stays as it is until the check-in's answer can no longer come.
        "checkin.sent": { actions: enqueueActions(({ enqueue, context, event }) => {
          enqueue.assign({ checkin: { treatment: event.treatment, day: event.day, until: event.until }, expiresAt: Math.max(context.expiresAt, event.until) });
        }) },
        "sms.received": [
          { guard: { type: "leadsTo", params: { from: "idle", to: "handedOver" } }, target: "handedOver", actions: "handleIdle" },
          { target: "idle", actions: "handleIdle" },
        ],
      },
    },
    handedOver: {
      on: {
        "sms.received": { actions: "handleHandedOver" },
        "case.opened": { actions: enqueueActions(({ enqueue, event }) => enqueue.assign({ caseRef: event.ref })) },
        "case.closed": {
          guard: "isThisCase",
          target: "idle",
          actions: enqueueActions(({ enqueue }) => enqueue.assign({ caseRef: null, level: "info", symptomText: "", findings: [], asked: [], pending: null, answers: {}, days: null, area: null, screening: null })),
        },
      },
    },
  },
});

/** A new conversation's context; restoring it with resolveState() costs far less than a transition. */
export function initialConversationContext(input: ConversationInput): ConversationContext & { idleMs: number } {
  return {
    sender: input.sender,
    idleMs: input.idleMs,
    language: "da",
    stopped: input.stopped ?? false,
    caseRef: null,
    level: "info",
    symptomText: "",
    findings: [],
    asked: [],
    pending: null,
    answers: {},
    days: null,
    area: null,
    screening: null,
    lastActivityAt: input.at,
    expiresAt: input.at + input.idleMs,
  };
}

type EffectAction = { [T in ConversationEffect["type"]]: { type: T; params: EffectParams<T> } }[ConversationEffect["type"]];

function asAction(e: ConversationEffect): EffectAction {
  return { type: e.type, params: e } as EffectAction;
}
