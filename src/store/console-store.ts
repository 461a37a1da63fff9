import type { Store as SessionStore } from "express-session";
import type { Actor } from "../flows/records.js";
import type { Level } from "../triage/types.js";

export type { Actor } from "../flows/records.js";

// What the clinic console keeps beside the bot's own state: staff accounts and the on-call rota
// (the clinic's settings, kept until changed, like .env), each case's history (health data,
// expiring after DATA_TTL_DAYS like the case), the audit log (append-only, AUDIT_TTL_DAYS) and
// the login sessions (idle 30 minutes at most).

export type Role = "doctor" | "nurse" | "admin";
export const ROLES: Role[] = ["doctor", "nurse", "admin"];

export interface StaffMember {
  id: string;
  name: string;
  role: Role;
  /** The mobile number in E.164: the login name, and where pages go when on call. */
  phone: string;
  language: "da" | "en";
  /** scrypt, with its parameters and salt; null until enrolled. */
  passwordHash: string | null;
  /** The TOTP secret (base32), made with the account and shown once as a QR code. */
  totpSecret: string;
  enrolled: boolean;
  /** The one-time enrolment link's token, as a SHA-256 hash, and when it runs out. */
  enrolment: { tokenHash: string; expiresAt: number } | null;
  /** SHA-256 hashes of the unused recovery codes. */
  recoveryCodes: string[];
  /** Raised by every password or 2FA reset: a session from an older epoch is refused. */
  authEpoch: number;
  /** The last TOTP time step used, so a code cannot be used twice. */
  lastTotpStep: number | null;
  /** Locked after repeated failed logins, until this time. */
  lockedUntil?: number | null;
  createdAt: number;
}

export interface StaffStore {
  list(): Promise<StaffMember[]>;
  get(id: string): Promise<StaffMember | null>;
  byPhone(phone: string): Promise<StaffMember | null>;
  put(member: StaffMember): Promise<void>;
  remove(id: string): Promise<void>;
}

/** One weekly on-call period, in Copenhagen time; `to` before `from` runs past midnight. */
export interface RotaSlot {
  /** 0 = Monday ... 6 = Sunday. */
  day: number;
  from: string;
  to: string;
  primary: string;
  backup: string | null;
}

/** A dated swap or holiday cover, in Copenhagen time ("2026-12-24T16:00"); it wins over the week. */
export interface RotaOverride {
  id: string;
  from: string;
  to: string;
  primary: string;
  backup: string | null;
}

export interface Rota {
  slots: RotaSlot[];
  overrides: RotaOverride[];
  /** Opening hours in CLINIC_HOURS' syntax; null keeps CLINIC_HOURS. */
  hours: string | null;
  /** Dates the clinic is closed ("2026-12-25"): the digest waits for the next real opening. */
  closedDays: string[];
}

export const EMPTY_ROTA: Rota = { slots: [], overrides: [], hours: null, closedDays: [] };

export interface RotaStore {
  get(): Promise<Rota>;
  put(rota: Rota): Promise<void>;
}


/** One thing that happened to a case beyond the patient's words, for the console's timeline. */
export type HistoryEntry = { at: number } & (
  | { kind: "page"; to: "doctor" | "backup"; attempt: number }
  | { kind: "call"; to: "doctor" | "backup" }
  | { kind: "forward" }
  | { kind: "digest" }
  | { kind: "ack"; by: Actor }
  | { kind: "reply"; by: Actor; text: string }
  | { kind: "level"; by: Actor; from: Level; to: Level; reason: string }
  | { kind: "close"; by: Actor }
  | { kind: "export"; by: Actor }
  | { kind: "status"; sid: string; status: string; about: "page" | "backup-page" | "relay"; errorCode?: string }
);

export interface CaseHistory {
  append(ref: string, entry: HistoryEntry): Promise<void>;
  list(ref: string): Promise<HistoryEntry[]>;
}

export interface AuditEntry {
  at: number;
  /** The staff member's id and name at the time; null id for a login attempt with no account. */
  staffId: string | null;
  who: string;
  /** login, login-failed, logout, case-viewed, ack, reply, level, close, export, rota, staff, ... */
  action: string;
  caseRef?: string;
  /** What changed, without health data: "haster -> gennemgang", never a reason or message text. */
  detail?: string;
  ip: string;
}

export interface AuditFilter {
  staffId?: string;
  caseRef?: string;
  from?: number;
  to?: number;
  limit?: number;
}

/** Append-only: there is no way to change or remove an entry, only to read them. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  list(filter: AuditFilter): Promise<AuditEntry[]>;
}

export interface ConsoleStores {
  staff: StaffStore;
  rota: RotaStore;
  history: CaseHistory;
  audit: AuditLog;
  /**
   * Login sessions for express-session: Redis when it is set, memory in local mode. Made by
   * the console's first request, so that a bot nobody logs in to never loads the session packages.
   */
  sessions(): Promise<SessionStore>;
}

export function matchesAudit(e: AuditEntry, f: AuditFilter): boolean {
  return (!f.staffId || e.staffId === f.staffId) && (!f.caseRef || e.caseRef === f.caseRef.toUpperCase()) && (f.from === undefined || e.at >= f.from) && (f.to === undefined || e.at < f.to);
}
