import type { CheckinResult } from "../flows/checkin.machine.js";
import type { TreatmentRecord } from "../store/treatment-store.js";
import type { CheckinDay } from "../treatments/checkin-times.js";
import type { TextKey } from "./console-texts.js";

// A treatment's check-ins as the console lists them: each planned one with its time and what
// became of it, read from the check-in machine's snapshot on the record. Pure.

export interface CheckinRow {
  day: CheckinDay;
  at: number;
  status: TextKey;
  /** The patient's answer (or none), when there is one. */
  result?: CheckinResult;
}

const OUTCOMES: Record<CheckinResult["outcome"], TextKey> = { fine: "ciFine", concern: "ciConcern", text: "ciText", none: "ciNone", skipped: "ciSkipped" };

/** Every planned check-in with its state; empty without consent or with none left to plan. */
export function checkinRows(record: TreatmentRecord): CheckinRow[] {
  const snapshot = record.checkin?.snapshot;
  if (!snapshot) return [];
  const c = snapshot.context;
  return c.plan.map((entry, i): CheckinRow => {
    const result = c.results.find((r) => r.day === entry.day);
    if (result) return { ...entry, status: OUTCOMES[result.outcome], result };
    if (snapshot.value === "cancelled") return { ...entry, status: "ciCancelled" };
    if (i === c.next && snapshot.value === "asked") return { ...entry, status: "ciAsked" };
    if (i === c.next && snapshot.value === "reminded") return { ...entry, status: "ciReminded" };
    return { ...entry, status: "ciPlanned" };
  });
}

