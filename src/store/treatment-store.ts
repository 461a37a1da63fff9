import type { CheckinContext, CheckinResult } from "../flows/checkin.machine.js";
import type { StoredSnapshot } from "../flows/records.js";
import type { Treatment } from "../treatments/treatment.js";
import type { TreatmentContext } from "../triage/treatment-rules.js";

// Treatments and their check-ins, in memory or in Redis, beside the other stores. A treatment
// is kept DATA_TTL_DAYS counted from the day it was given, as the issue of retention asks;
// writes are checked against the revision read, as cases are.
export interface TreatmentRecord extends Treatment {
  /** treatmentId(externalId): the key in the store and in job ids. */
  id: string;
  createdAt: number;
  /** The clinic closed the treatment: no more check-ins. */
  closedAt: number | null;
  /** The check-in machine's snapshot; null without consent or with nothing left to ask. */
  checkin: { version: number; snapshot: StoredSnapshot<CheckinContext> } | null;
  rev?: number;
}

/** A check-in's outcome for the next digest, with the patient's number and the case it opened. */
export interface CheckinNote {
  id: string;
  treatment: string;
  patient: string;
  result: CheckinResult;
  /** When it goes out: the digest at the next opening after it was noted. */
  digestAt: number;
}

export interface TreatmentStore {
  /** Stores a new treatment; false, changing nothing, when its id is stored already. */
  add(record: TreatmentRecord): Promise<boolean>;
  get(id: string): Promise<TreatmentRecord | null>;
  /** Writes over the revision read (StaleWriteError if it moved). */
  put(record: TreatmentRecord): Promise<void>;
  remove(id: string): Promise<void>;
  /** A patient's treatments, newest first. */
  forPatient(phone: string): Promise<TreatmentRecord[]>;
  /** The clinic's latest treatments, newest first by when they were given: the console's list. */
  recent(limit: number): Promise<TreatmentRecord[]>;
  /** Treatments whose next check-in timer has come, for the sweep. */
  due(at: number): Promise<TreatmentRecord[]>;
  notes: {
    add(note: CheckinNote): Promise<void>;
    /** Notes whose digest time has come. */
    due(at: number): Promise<CheckinNote[]>;
    remove(notes: CheckinNote[]): Promise<void>;
  };
}

/** What triage reads of one of a patient's treatments, and when the record behind it goes. */
export interface TreatmentSummary extends TreatmentContext {
  id: string;
  expiresAt: number;
}

/** What triage reads of a treatment, from its record or its summary. */
export const contextOf = (t: TreatmentContext): TreatmentContext => ({
  treatedAt: t.treatedAt, areas: t.areas,
  ...(t.product ? { product: t.product } : {}), ...(t.units !== undefined ? { units: t.units } : {}), ...(t.doctor ? { doctor: t.doctor } : {}),
});

export const summaryOf = (r: TreatmentRecord, ttlMs: number): TreatmentSummary => ({ id: r.id, ...contextOf(r), expiresAt: expiresAt(r, ttlMs) });

/** When a record goes: DATA_TTL_DAYS after the treatment. */
export const expiresAt = (record: Pick<Treatment, "treatedAt">, ttlMs: number) => record.treatedAt + ttlMs;
/** When the sweep must look at the record again: its check-in's timer, unless it is over. */
export const checkinDueAt = (record: TreatmentRecord): number | null => {
  const s = record.checkin?.snapshot;
  return s && s.value !== "done" && s.value !== "cancelled" ? s.context.dueAt : null;
};
