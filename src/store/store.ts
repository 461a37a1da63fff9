import type { CaseRecord, ConversationRecord } from "../flows/records.js";

// Where state lives. Memory now; every method is async so a Redis store can stand in.
export interface ConversationStore {
  get(sender: string): Promise<ConversationRecord | null>;
  put(sender: string, record: ConversationRecord): Promise<void>;
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

/** Runs one sender's messages one at a time, in arrival order. */
export interface SenderLock {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export interface Stores {
  conversations: ConversationStore;
  cases: CaseStore;
  claims: MessageClaims;
  lock: SenderLock;
}
