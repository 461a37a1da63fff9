import type { CaseRecord, ConversationRecord } from "../flows/records.js";

// Where state lives: memory (local mode) or Redis, behind the same interfaces. Writes are
// checked against the revision that was read, so a writer whose lock ran out cannot
// overwrite a newer state (it gets a StaleWriteError instead).
export class StaleWriteError extends Error {}

export interface TranscriptEntry {
  at: number;
  dir: "in" | "out";
  text: string;
  /** The lock ticket the message was handled under: strictly rising in arrival order. */
  seq?: number;
}

export interface ConversationStore {
  get(sender: string): Promise<ConversationRecord | null>;
  put(sender: string, record: ConversationRecord): Promise<void>;
  /** The sender's messages and our replies, oldest first, bounded in length and age. */
  append(sender: string, entries: TranscriptEntry[]): Promise<void>;
  transcript(sender: string): Promise<TranscriptEntry[]>;
}

export interface CaseStore {
  /** Allocates the next case reference number: 1, 2, 3 ... */
  nextNumber(): Promise<number>;
  get(ref: string): Promise<CaseRecord | null>;
  put(record: CaseRecord): Promise<void>;
  /** Open cases, for LISTE and for the timers. */
  open(): Promise<CaseRecord[]>;
}

export interface MessageClaims {
  /** True for the first claim of a MessageSid; false for every later copy. Atomic. */
  claim(messageSid: string, ttlMs: number): Promise<boolean>;
}

/** Runs one sender's messages one at a time, in arrival order; the task gets its ticket number. */
export interface SenderLock {
  run<T>(key: string, task: (ticket: number) => Promise<T>): Promise<T>;
}

export const TRANSCRIPT_MAX = 500;

/** What an outbound SMS was for, so a delivery failure reported later can be acted on. */
export interface DeliveryInfo {
  ref: string;
  purpose: "page" | "backup-page";
}
export interface Deliveries {
  remember(sid: string, info: DeliveryInfo, ttlMs: number): Promise<void>;
  lookup(sid: string): Promise<DeliveryInfo | null>;
}

/** Fixed-window counters for rate limits. */
export interface Counters {
  /** Counts one more hit in the current window and returns the count so far. */
  hit(key: string, windowMs: number): Promise<number>;
}

export interface Stores {
  conversations: ConversationStore;
  cases: CaseStore;
  claims: MessageClaims;
  lock: SenderLock;
  deliveries: Deliveries;
  counters: Counters;
  /** Connects, or throws with the reason (start-up fails fast on it). */
  connect(): Promise<void>;
  /** Reachable right now (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
