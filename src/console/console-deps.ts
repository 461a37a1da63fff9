import type { Logger } from "pino";
import type { StaffBot } from "../bot/bot.js";
import type { Config } from "../config.js";
import type { StaffMember } from "../store/console-store.js";
import type { Stores } from "../store/store.js";
import type { TreatmentStore } from "../store/treatment-store.js";
import type { Lang } from "./console-texts.js";

export interface ConsoleDeps {
  config: Config;
  stores: Stores;
  bot: StaffBot;
  /** The treatments, read for the console's list; they change only through bot.treatments. */
  treatments: TreatmentStore;
  now: () => number;
  log: Logger;
}

// What a session holds: who, from which epoch of their account, and since when. Nothing else.
declare module "express-session" {
  interface SessionData {
    staffId?: string;
    epoch?: number;
    createdAt?: number;
    lastSeenAt?: number;
    /** A visitor's session, so the login form's token has a session to belong to. */
    visitor?: boolean;
  }
}

export const IDLE_MS = 30 * 60_000;
export const ABSOLUTE_MS = 12 * 60 * 60_000;
export const LOGIN_FAILURES_BEFORE_LOCK = 5;
export const LOCK_MS = 15 * 60_000;
export const LOGINS_PER_MINUTE_PER_IP = 10;

/** The staff member of a request that passed the session guard. */
export const staffOf = (res: { locals: Record<string, unknown> }) => res.locals.staff as StaffMember;
export const langOf = (res: { locals: Record<string, unknown> }): Lang => (res.locals.staff as StaffMember | undefined)?.language ?? "da";
