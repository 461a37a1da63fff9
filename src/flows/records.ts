import type { TreatmentFacts } from "../triage/treatment-rules.js";
import type { InfoKey, Language, Level } from "../triage/types.js";
import type { CaseDraft } from "./effects.js";

export interface MediaRef {
  url: string;
  contentType: string;
}

export interface StoredSnapshot<C> {
  value: string;
  context: C;
}

/** A sender's conversation, as persisted. `version` names the machine that wrote it. */
export interface ConversationRecord {
  version: number;
  /** How many times the record was written; a write must name the revision it read. */
  rev?: number;
  snapshot: StoredSnapshot<ConversationContext>;
}

export interface CaseRecord {
  ref: string;
  version: number;
  rev?: number;
  snapshot: StoredSnapshot<CaseContext>;
}

/** When the case next needs the sweep: its deadline, or its digest while it waits for one. */
export function caseDueAt(record: CaseRecord): number | null {
  const { value, context } = record.snapshot;
  if (value === "closed") return null;
  const digest = value === "queued" ? context.digestAt : null;
  if (context.deadlineAt === null) return digest;
  return digest === null ? context.deadlineAt : Math.min(context.deadlineAt, digest);
}

export interface ConversationContext {
  sender: string;
  language: Language;
  stopped: boolean;
  caseRef: string | null;
  /** The symptom thread being gathered: the patient's words, level and findings so far. */
  level: Level;
  symptomText: string;
  findings: string[];
  asked: InfoKey[];
  pending: InfoKey | null;
  answers: Partial<Record<InfoKey, string>>;
  days: number | null;
  area: string | null;
  /**
   * The red-flag screen was asked and its JA/NEJ has not come yet: the level a "no" leaves the
   * message at, and whom it is about (for the words of the 112 reply to a "yes").
   */
  screening: { fallback: Level; about: "self" | "other" } | null;
  /**
   * The bot has said it is the clinic's automatic line. Absent in snapshots written before it
   * existed: such a conversation hears it once more, which does no harm.
   */
  introduced?: boolean;
  /**
   * A check-in the bot sent and the patient has not answered yet: its treatment, its day and
   * until when a "1" or "2" answers it. Absent in snapshots written before check-ins existed.
   */
  checkin?: { treatment: string; day: number; until: number } | null;
  /** The treatment record's facts for the symptom thread's case. */
  treatment?: TreatmentFacts | null;
  lastActivityAt: number;
  /** Absolute time after which an idle conversation starts afresh. */
  expiresAt: number;
}

/** Who did something to a case, and by which channel: an SMS command or the console. */
export interface Actor {
  name: string;
  via: "sms" | "console";
  /** The staff account, where the sender has one. */
  id?: string;
}

export interface CaseNote {
  at: number;
  from: "patient" | "doctor" | "bot";
  text: string;
  /** Who wrote a doctor's note (absent in cases from before the console). */
  by?: Actor;
}

/** A level set by a person, with the reason they gave. */
export interface LevelChange {
  at: number;
  from: Level;
  to: Level;
  reason: string;
  by: Actor;
}

/** A case: what the conversation handed over (the draft), and how its escalation stands. */
export interface CaseContext extends CaseDraft {
  ref: string;
  openedAt: number;
  notes: CaseNote[];
  /** Absolute deadline for the next escalation step; null when nothing is waiting. */
  deadlineAt: number | null;
  ackMs: { emergency: number; urgent: number };
  /** When a review case goes out in the digest. */
  digestAt: number | null;
  pages: number;
  ackedAt: number | null;
  closedAt: number | null;
  /** How the patient answered the red-flag screen, once they have. */
  screenAnswer: "yes" | "no" | "other" | null;
  /** Days since treatment that later messages gave, where they differ from `days` (the first given). */
  laterDays?: number[];
  /** Who acknowledged and who closed (absent in cases from before the console, and for the fail-safe's OK). */
  ackedBy?: Actor | null;
  closedBy?: Actor | null;
  levelChanges?: LevelChange[];
  /** Each export of the journal note. */
  exports?: { at: number; by: Actor }[];
}
