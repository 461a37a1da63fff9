import type { TreatmentFacts } from "../triage/treatment-rules.js";
import type { InfoKey, Language, Level } from "../triage/types.js";
import type { MediaRef } from "./records.js";

// What the machines ask the world to do. They only name effects; src/effects/run-effects.ts
// carries every one of them out.
export interface CaseDraft {
  level: Level;
  patient: string;
  language: Language;
  summary: string;
  findings: string[];
  days: number | null;
  area: string | null;
  answers: Partial<Record<InfoKey, string>>;
  media: MediaRef[];
  /**
   * The message was answered with the red-flag screen: the case waits SCREEN_MINUTES for the
   * answer before it pages, at the level given here or urgent, whichever is higher.
   */
  screen?: boolean;
  /** The clinic's record of the patient's treatment, where there is one. */
  treatment?: TreatmentFacts;
}

/** How a patient answered the red-flag screen: a yes, a no, or something else. */
export type ScreenAnswer = "yes" | "no" | "other";

/** What a new patient message adds to an open case. */
export interface CaseUpdate {
  level: Level;
  findings: string[];
  text: string;
  media: MediaRef[];
  answers: Partial<Record<InfoKey, string>>;
  /** The days since treatment this message gave: the case keeps its first and notes a different one. */
  days: number | null;
  area: string | null;
  /** The message answers an open red-flag screen. */
  screenAnswer?: ScreenAnswer;
  /** The message itself was screened (a case already open asks the screen again). */
  screen?: boolean;
  treatment?: TreatmentFacts;
}

/** A patient's answer to an open check-in: 1 (fine), 2 (something worries them) or words. */
export interface CheckinAnswer {
  treatment: string;
  day: number;
  answer: "fine" | "concern" | "text";
  /** The level triage gave a written answer. */
  level?: Level;
}

export type Effect =
  | { type: "reply"; text: string }
  | { type: "openCase"; draft: CaseDraft }
  | { type: "updateCase"; ref: string; update: CaseUpdate }
  | { type: "page"; ref: string; to: "doctor" | "backup"; attempt: number }
  | { type: "call"; ref: string; to: "doctor" | "backup" }
  | { type: "notifyDoctor"; ref: string; text: string; media: MediaRef[] }
  | { type: "sendToPatient"; ref: string; to: string; text: string }
  | { type: "caseClosed"; ref: string; patient: string }
  | ({ type: "checkinAnswered" } & CheckinAnswer);

export type EffectType = Effect["type"];
export type EffectParams<T extends EffectType> = Omit<Extract<Effect, { type: T }>, "type">;

/** The effects a patient conversation can ask for. */
export type ConversationEffect = Extract<Effect, { type: "reply" | "openCase" | "updateCase" | "checkinAnswered" }>;
