import { assign, enqueueActions, setup } from "xstate";
import { checkinPlan, inWindow, nextWindowStart, type CheckinDay, type CheckinWindow } from "../treatments/checkin-times.js";
import type { Level } from "../triage/types.js";

// The check-ins of one treatment: day 1, 5 and 14, each asked once, reminded once the next
// day, then noted for the digest as unanswered. Pure: deadlines are absolute times in the
// context, and a timer.due only acts once its deadline has passed, so a stale or repeated timer
// does nothing. src/bot/checkins.ts carries out the effects and schedules `dueAt`.
export const CHECKIN_MACHINE_VERSION = 1;
export const REMIND_AFTER_MS = 24 * 60 * 60_000;
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;
// A check-in found more than this late (the bot was down) is skipped: a day-1 question on day 3 reads oddly.
export const STALE_MS = 20 * 60 * 60_000;

export type CheckinOutcome = "fine" | "concern" | "text" | "none" | "skipped";
export interface CheckinResult {
  day: CheckinDay;
  outcome: CheckinOutcome;
  at: number;
  /** For a written answer: the level triage gave it. */
  level?: Level;
  caseRef?: string | null;
}

export interface CheckinContext {
  treatment: string;
  plan: Array<{ day: CheckinDay; at: number }>;
  /** The plan's entry now waiting, asked or reminded. */
  next: number;
  /** When the timer must next fire; null once all is done or cancelled. */
  dueAt: number | null;
  window: CheckinWindow;
  results: CheckinResult[];
  cancelled?: { at: number; reason: CancelReason };
}

export type CancelReason = "stop" | "closed" | "deleted" | "consent";

export type CheckinEvent =
  | { type: "timer.due"; at: number; inCase: boolean; stopped: boolean }
  | { type: "checkin.answered"; at: number; day: number; answer: "fine" | "concern" | "text"; level?: Level; caseRef?: string | null }
  | { type: "checkin.cancel"; at: number; reason: CancelReason };

export type CheckinEffect =
  | { type: "sendCheckin"; day: CheckinDay; reminder: boolean; openUntil: number }
  | { type: "noteResult"; result: CheckinResult };

export interface CheckinInput {
  treatment: string;
  treatedAt: number;
  at: number;
  window: CheckinWindow;
}

type Params<T extends CheckinEffect["type"]> = Omit<Extract<CheckinEffect, { type: T }>, "type">;
const effect = <T extends CheckinEffect["type"]>(_: unknown, _params: Params<T>) => undefined;
const current = (c: CheckinContext) => c.plan[c.next]!;
const resultOf = (c: CheckinContext, e: CheckinEvent, outcome: CheckinOutcome): CheckinResult => ({
  day: current(c).day, outcome, at: e.at,
  ...(e.type === "checkin.answered" ? { ...(e.level ? { level: e.level } : {}), caseRef: e.caseRef ?? null } : {}),
});
const due = (c: CheckinContext, e: CheckinEvent) => e.type === "timer.due" && c.dueAt !== null && e.at >= c.dueAt;

export const checkinMachine = setup({
  types: { context: {} as CheckinContext, events: {} as CheckinEvent, input: {} as CheckinInput },
  actions: {
    sendCheckin: effect<"sendCheckin">,
    noteResult: effect<"noteResult">,
    ask: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "timer.due") return;
      enqueue.assign({ dueAt: event.at + REMIND_AFTER_MS });
      enqueue({ type: "sendCheckin", params: { day: current(context).day, reminder: false, openUntil: event.at + REMIND_AFTER_MS + GIVE_UP_AFTER_MS } });
    }),
    remind: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "timer.due") return;
      enqueue.assign({ dueAt: event.at + GIVE_UP_AFTER_MS });
      if (!event.inCase) enqueue({ type: "sendCheckin", params: { day: current(context).day, reminder: true, openUntil: event.at + GIVE_UP_AFTER_MS } });
    }),
    // Outside the window (a timer that fired at night): wait for the morning.
    defer: assign({ dueAt: ({ event, context }) => ("at" in event ? nextWindowStart(event.at, context.window) : context.dueAt) }),
    recordSkipped: assign({ results: ({ context, event }) => [...context.results, resultOf(context, event, "skipped")] }),
    recordNone: enqueueActions(({ context, event, enqueue }) => {
      const result = resultOf(context, event, "none");
      enqueue.assign({ results: [...context.results, result] });
      enqueue({ type: "noteResult", params: { result } });
    }),
    recordAnswer: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "checkin.answered") return;
      const result = resultOf(context, event, event.answer);
      enqueue.assign({ results: [...context.results, result] });
      enqueue({ type: "noteResult", params: { result } });
    }),
    advance: assign(({ context }) => {
      const next = context.next + 1;
      return { next, dueAt: context.plan[next]?.at ?? null };
    }),
    cancel: assign(({ event }) => ({ dueAt: null, ...(event.type === "checkin.cancel" ? { cancelled: { at: event.at, reason: event.reason } } : {}) })),
  },
  guards: {
    due: ({ context, event }) => due(context, event),
    stopped: ({ context, event }) => due(context, event) && event.type === "timer.due" && event.stopped,
    stale: ({ context, event }) => due(context, event) && "at" in event && event.at > current(context).at + STALE_MS,
    staleReminder: ({ context, event }) => due(context, event) && "at" in event && event.at > context.dueAt! + STALE_MS,
    outsideWindow: ({ context, event }) => due(context, event) && "at" in event && !inWindow(event.at, context.window),
    inCase: ({ context, event }) => due(context, event) && event.type === "timer.due" && event.inCase,
    thisCheckin: ({ context, event }) => event.type === "checkin.answered" && event.day === current(context).day,
    hasMore: ({ context }) => context.next < context.plan.length,
  },
}).createMachine({
  id: "checkin",
  context: ({ input }) => {
    const plan = checkinPlan(input.treatedAt, input.window, input.at);
    return { treatment: input.treatment, plan, next: 0, dueAt: plan[0]?.at ?? null, window: input.window, results: [] };
  },
  initial: "advancing",
  on: { "checkin.cancel": { target: ".cancelled", actions: "cancel" } },
  states: {
    // Moves on to the next check-in of the plan, or ends when none is left.
    advancing: { always: [{ guard: "hasMore", target: "waiting" }, { target: "done" }] },
    waiting: {
      on: {
        "timer.due": [
          { guard: "stopped", target: "cancelled", actions: "cancel" },
          { guard: "stale", target: "advancing", actions: ["recordSkipped", "advance"] },
          { guard: "outsideWindow", actions: "defer" },
          // A patient whose case is open talks with the doctor already: no check-in on top.
          { guard: "inCase", target: "advancing", actions: ["recordSkipped", "advance"] },
          { guard: "due", target: "asked", actions: "ask" },
        ],
      },
    },
    asked: {
      on: {
        "timer.due": [
          { guard: "stopped", target: "cancelled", actions: "cancel" },
          { guard: "staleReminder", target: "advancing", actions: ["recordNone", "advance"] },
          { guard: "outsideWindow", actions: "defer" },
          { guard: "due", target: "reminded", actions: "remind" },
        ],
        "checkin.answered": { guard: "thisCheckin", target: "advancing", actions: ["recordAnswer", "advance"] },
      },
    },
    reminded: {
      on: {
        "timer.due": { guard: "due", target: "advancing", actions: ["recordNone", "advance"] },
        "checkin.answered": { guard: "thisCheckin", target: "advancing", actions: ["recordAnswer", "advance"] },
      },
    },
    done: { type: "final" },
    cancelled: { type: "final" },
  },
});
