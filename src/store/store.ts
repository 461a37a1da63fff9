import type { CaseRecord, ConversationRecord } from "../flows/records.js";
import type { ConsoleStores } from "./console-store.js";
import type { TreatmentSummary } from "./treatment-store.js";

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

/**
 * One message's turn in its sender's conversation. Turns run one at a time per sender, in
 * arrival order, across instances; a turn reads the conversation when it starts and writes
 * it, with the transcript, when it ends.
 */
export interface Turn {
  /** Strictly rising in arrival order: the transcript's sequence number. */
  ticket: number;
  /** The conversation as it stood when the turn began, with the revision to write over. */
  record: ConversationRecord | null;
  /** Turns in this sender's current rate window, this one included. */
  recent: number;
  /**
   * The sender's treatments on record, where the store reads them with the turn (Redis, in
   * the same round trip); absent where the treatment store is as cheap to ask (memory).
   */
  treatments?: TreatmentSummary[];
  /** Writes the conversation over the revision read (StaleWriteError if it moved), appends the transcript, and ends the turn. */
  commit(record: ConversationRecord | null, entries: TranscriptEntry[]): Promise<void>;
  /** Ends the turn without writing (its MessageSid stays unhandled); a no-op once committed. */
  end(): Promise<void>;
}

export interface TurnOptions {
  /**
   * The message's MessageSid, claimed atomically. It counts as handled once the turn commits:
   * a copy that comes meanwhile waits for the outcome, and one whose turn died or ended
   * without committing gets a turn of its own. Absent for the bot's own updates.
   */
  messageSid?: string;
  claimTtlMs: number;
  rateWindowMs: number;
}

export interface ConversationStore {
  /** Starts a turn; null when the MessageSid was already handled. One round trip when nobody is ahead. */
  begin(sender: string, options: TurnOptions): Promise<Turn | null>;
  get(sender: string): Promise<ConversationRecord | null>;
  /** The sender's messages and our replies, oldest first, bounded in length and age. */
  transcript(sender: string): Promise<TranscriptEntry[]>;
}

export interface CaseStore {
  /** Allocates the next case reference number: 1, 2, 3 ... */
  nextNumber(): Promise<number>;
  /**
   * A case number this instance reserved ahead, with no round trip: the fail-safe numbers a
   * case with it while the store is down. Null when none is left.
   */
  spareNumber(): number | null;
  get(ref: string): Promise<CaseRecord | null>;
  put(record: CaseRecord): Promise<void>;
  /** Open cases, for LISTE and the digest. */
  open(): Promise<CaseRecord[]>;
  /** Open cases whose deadline or digest time has come (see caseDueAt), for the sweep. */
  due(at: number): Promise<CaseRecord[]>;
  /** Cases closed at or after `at` and not yet expired, for the console. */
  closedSince(at: number): Promise<CaseRecord[]>;
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
  purpose: "page" | "backup-page" | "relay";
  /** A doctor's reply: the patient's address, the doctor's words and the way it went, to send it another way. */
  relay?: { to: string; text: string; via: "whatsapp" | "template" | "sms" };
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

export interface Stores extends ConsoleStores {
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
