import { enqueueActions, setup } from "xstate";
import { rank, type Level } from "../triage/types.js";
import type { CaseDraft, CaseUpdate, EffectParams } from "./effects.js";
import type { Actor, CaseContext } from "./records.js";

// One case, from opening to closing. Emergency and urgent cases page the doctor and, without
// an ack by the deadline, page again, then call, then page the backup (and keep doing so).
// Review cases wait for the next digest. A case opened with the red-flag screen waits for the
// patient's JA/NEJ: a yes pages at once as an emergency, a no leaves the case at its own level
// (review at least: a person reads it), anything else or no answer by the deadline pages as
// urgent. Deadlines are absolute times in the context; a timer.due event only acts once its
// deadline has passed, so a stale timer does nothing.
export const CASE_MACHINE_VERSION = 2;
const MAX_NOTES = 30;

// The staff's events come alike from an SMS command and from the console, naming who acted.
export type CaseEvent =
  | { type: "timer.due"; at: number }
  | { type: "digest.sent"; at: number }
  | { type: "doctor.acked"; at: number; by?: Actor }
  | { type: "doctor.relayed"; at: number; text: string; by?: Actor }
  | { type: "doctor.closed"; at: number; by?: Actor }
  | { type: "staff.levelChanged"; at: number; level: Level; reason: string; by: Actor }
  | { type: "note.exported"; at: number; by: Actor }
  | ({ type: "case.update"; at: number } & CaseUpdate);

export interface CaseInput {
  ref: string;
  draft: CaseDraft;
  at: number;
  ackMs: { emergency: number; urgent: number };
  /** When the next opening-hours digest goes out, for a review case. */
  digestAt: number;
  hasBackup: boolean;
  /** How long a screened case waits for the patient's answer before it pages. */
  screenMs: number;
}

type Ctx = CaseContext & { hasBackup: boolean; screenMs: number };
const effect = <T extends "page" | "call" | "notifyDoctor" | "sendToPatient" | "caseClosed">(_: unknown, _params: EffectParams<T>) => undefined;
const alerting = (level: Level) => rank(level) >= rank("urgent");
const ackMsFor = (ctx: Ctx, level: Level) => (level === "emergency" ? ctx.ackMs.emergency : ctx.ackMs.urgent);
const atLeast = (level: Level, floor: Level): Level => (rank(level) >= rank(floor) ? level : floor);
// What a screened case's level becomes: a no leaves the message its own level, yet a person
// reads it; anything else keeps the screen's urgent, or what the new message says if higher.
const screenedLevel = (ctx: Ctx, event: CaseEvent): Level => {
  const level = event.type === "case.update" ? atLeast(event.level, ctx.level) : ctx.level;
  if (event.type === "case.update" && event.screenAnswer === "no") return atLeast(level, "review");
  return atLeast(level, "urgent");
};

const laterDays = (ctx: Ctx, days: number | null): number[] | undefined => {
  const known = ctx.laterDays ?? [];
  if (days === null || ctx.days === null || days === ctx.days || known.includes(days)) return ctx.laterDays;
  return [...known, days];
};

export const escalationMachine = setup({
  types: { context: {} as Ctx, events: {} as CaseEvent, input: {} as CaseInput },
  actions: {
    page: effect<"page">,
    call: effect<"call">,
    notifyDoctor: effect<"notifyDoctor">,
    sendToPatient: effect<"sendToPatient">,
    caseClosed: effect<"caseClosed">,
    pageDoctor: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ pages: context.pages + 1 });
      enqueue({ type: "page", params: { ref: context.ref, to: "doctor", attempt: context.pages + 1 } });
    }),
    callDoctor: enqueueActions(({ context, enqueue }) => enqueue({ type: "call", params: { ref: context.ref, to: "doctor" } })),
    pageBackup: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ pages: context.pages + 1 });
      enqueue({ type: "page", params: { ref: context.ref, to: context.hasBackup ? "backup" : "doctor", attempt: context.pages + 1 } });
      enqueue({ type: "call", params: { ref: context.ref, to: "doctor" } });
    }),
    nextDeadline: enqueueActions(({ context, event, enqueue }) => {
      if ("at" in event) enqueue.assign({ deadlineAt: event.at + ackMsFor(context, context.level) });
    }),
    clearDeadline: enqueueActions(({ enqueue }) => enqueue.assign({ deadlineAt: null })),
    restartLadder: enqueueActions(({ enqueue }) => enqueue.assign({ pages: 0 })),
    // A later message in a case that waits for the clinic was screened: wait for its answer.
    startScreen: enqueueActions(({ context, event, enqueue }) => {
      if ("at" in event) enqueue.assign({ screen: true, screenAnswer: null, deadlineAt: event.at + context.screenMs });
    }),
    stopDeadline: enqueueActions(({ context, event, enqueue }) => {
      const first = context.ackedAt === null;
      enqueue.assign({
        deadlineAt: null,
        ackedAt: context.ackedAt ?? ("at" in event ? event.at : null),
        ackedBy: first ? ("by" in event ? event.by ?? null : null) : context.ackedBy ?? null,
      });
    }),
    relay: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "doctor.relayed") return;
      enqueue.assign({ notes: [...context.notes, { at: event.at, from: "doctor" as const, text: event.text, ...(event.by ? { by: event.by } : {}) }].slice(-MAX_NOTES) });
      enqueue({ type: "sendToPatient", params: { ref: context.ref, to: context.patient, text: event.text } });
    }),
    record: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "case.update") return;
      const raised = rank(event.level) > rank(context.level);
      enqueue.assign({
        level: raised ? event.level : context.level,
        // The first treatment date given stands; a different one given later is noted beside it.
        days: context.days ?? event.days,
        laterDays: laterDays(context, event.days),
        area: event.area ?? context.area,
        findings: [...new Set([...context.findings, ...event.findings])],
        answers: { ...context.answers, ...event.answers },
        media: [...context.media, ...event.media],
        // The page that follows a raise quotes the case's words in order, the raising ones last.
        notes: [...context.notes, { at: event.at, from: "patient" as const, text: event.text }].slice(-MAX_NOTES),
        screenAnswer: event.screenAnswer ?? context.screenAnswer,
        // The record's facts as the newest message read them; a page that named the treated area first keeps doing so.
        ...(event.treatment ? { treatment: context.treatment?.areaFirst ? { ...event.treatment, areaFirst: true } : event.treatment } : {}),
      });
      // The doctor already on the case hears every new message; a review case waits for the digest.
      if (!raised && alerting(context.level)) {
        enqueue({ type: "notifyDoctor", params: { ref: context.ref, text: event.text, media: event.media } });
      }
    }),
    // The screen is answered or has timed out: the case takes the level it now has.
    settleScreen: enqueueActions(({ context, event, enqueue }) => {
      const answer = event.type === "case.update" ? event.screenAnswer ?? "other" : null;
      enqueue.assign({ level: screenedLevel(context, event), screenAnswer: answer ?? context.screenAnswer });
    }),
    // A person sets the level, with a reason; the ladder, if any, follows in the transition.
    changeLevel: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "staff.levelChanged") return;
      const change = { at: event.at, from: context.level, to: event.level, reason: event.reason, by: event.by };
      enqueue.assign({ level: event.level, levelChanges: [...(context.levelChanges ?? []), change] });
    }),
    recordExport: enqueueActions(({ context, event, enqueue }) => {
      if (event.type === "note.exported") enqueue.assign({ exports: [...(context.exports ?? []), { at: event.at, by: event.by }] });
    }),
    close: enqueueActions(({ context, event, enqueue }) => {
      enqueue.assign({ deadlineAt: null, closedAt: "at" in event ? event.at : null, closedBy: event.type === "doctor.closed" ? event.by ?? null : null });
      enqueue({ type: "caseClosed", params: { ref: context.ref, patient: context.patient } });
    }),
  },
  guards: {
    isAlert: ({ context }) => alerting(context.level),
    isScreened: ({ context }) => context.screen === true && context.screenAnswer === null,
    screenSettlesToAlert: ({ context, event }) => alerting(screenedLevel(context, event)),
    startsScreen: ({ context, event }) => event.type === "case.update" && event.screen === true && !alerting(event.level) && !alerting(context.level),
    deadlinePassed: ({ context, event }) => event.type === "timer.due" && context.deadlineAt !== null && event.at >= context.deadlineAt,
    raisesToAlert: ({ context, event }) => event.type === "case.update" && rank(event.level) > rank(context.level) && alerting(event.level),
    staffRaisesToAlert: ({ context, event }) => event.type === "staff.levelChanged" && rank(event.level) > rank(context.level) && alerting(event.level),
    staffLowersBelowAlert: ({ context, event }) => event.type === "staff.levelChanged" && alerting(context.level) && !alerting(event.level),
  },
}).createMachine({
  id: "case",
  context: ({ input }) => ({
    ref: input.ref,
    level: input.draft.level,
    patient: input.draft.patient,
    language: input.draft.language,
    openedAt: input.at,
    summary: input.draft.summary,
    findings: input.draft.findings,
    days: input.draft.days,
    area: input.draft.area,
    answers: input.draft.answers,
    media: input.draft.media,
    screen: input.draft.screen ?? false,
    screenAnswer: null,
    ...(input.draft.treatment ? { treatment: input.draft.treatment } : {}),
    notes: [],
    ackMs: input.ackMs,
    deadlineAt: alerting(input.draft.level) ? input.at + (input.draft.level === "emergency" ? input.ackMs.emergency : input.ackMs.urgent) : input.draft.screen ? input.at + input.screenMs : null,
    digestAt: alerting(input.draft.level) ? null : input.digestAt,
    pages: 0,
    ackedAt: null,
    closedAt: null,
    hasBackup: input.hasBackup,
    screenMs: input.screenMs,
  }),
  initial: "opening",
  on: {
    "doctor.closed": { target: ".closed", actions: "close" },
    // Raised to urgent or emergency, a case nobody has acknowledged pages afresh at the new level.
    // Lowered below urgent, the escalation stops: the person who lowered it has the case.
    "staff.levelChanged": [
      { guard: "staffRaisesToAlert", target: ".paged", reenter: true, actions: ["changeLevel", "restartLadder", "nextDeadline"] },
      { guard: "staffLowersBelowAlert", target: ".acknowledged", actions: ["changeLevel", "stopDeadline"] },
      { actions: "changeLevel" },
    ],
    "note.exported": { actions: "recordExport" },
    "doctor.relayed": { target: ".acknowledged", actions: ["relay", "stopDeadline"] },
    "case.update": [
      // A raise starts the ladder afresh at the new level: a first page, not a reminder.
      { guard: "raisesToAlert", target: ".paged", reenter: true, actions: ["record", "restartLadder", "nextDeadline"] },
      { guard: "startsScreen", target: ".screening", actions: ["record", "startScreen"] },
      { actions: "record" },
    ],
  },
  states: {
    opening: { always: [{ guard: "isAlert", target: "paged" }, { guard: "isScreened", target: "screening" }, { target: "queued" }] },
    // Waiting for the patient's JA/NEJ to the red-flag screen, until the deadline in context.
    screening: {
      on: {
        "doctor.acked": { target: "acknowledged", actions: "stopDeadline" },
        "timer.due": { guard: "deadlinePassed", target: "paged", actions: ["settleScreen", "nextDeadline"] },
        "case.update": [
          { guard: "screenSettlesToAlert", target: "paged", actions: ["record", "settleScreen", "nextDeadline"] },
          { target: "queued", actions: ["record", "settleScreen", "clearDeadline"] },
        ],
      },
    },
    paged: {
      entry: "pageDoctor",
      on: {
        "doctor.acked": { target: "acknowledged", actions: "stopDeadline" },
        "timer.due": { guard: "deadlinePassed", target: "repaged", actions: "nextDeadline" },
      },
    },
    repaged: {
      entry: "pageDoctor",
      on: {
        "doctor.acked": { target: "acknowledged", actions: "stopDeadline" },
        "timer.due": { guard: "deadlinePassed", target: "called", actions: "nextDeadline" },
      },
    },
    called: {
      entry: "callDoctor",
      on: {
        "doctor.acked": { target: "acknowledged", actions: "stopDeadline" },
        "timer.due": { guard: "deadlinePassed", target: "backup", actions: "nextDeadline" },
      },
    },
    backup: {
      entry: "pageBackup",
      on: {
        "doctor.acked": { target: "acknowledged", actions: "stopDeadline" },
        "timer.due": { guard: "deadlinePassed", target: "backup", reenter: true, actions: "nextDeadline" },
      },
    },
    queued: {
      on: {
        "digest.sent": { target: "reviewing", actions: enqueueActions(({ enqueue }) => enqueue.assign({ digestAt: null })) },
        "doctor.acked": { target: "acknowledged", actions: "stopDeadline" },
      },
    },
    reviewing: { on: { "doctor.acked": { target: "acknowledged", actions: "stopDeadline" } } },
    // Someone has the case: a level they change pages no one.
    acknowledged: { on: { "staff.levelChanged": { actions: "changeLevel" } } },
    closed: { type: "final" },
  },
});
