import { parseTreatmentsCsv, type BadRow } from "./treatment-csv.js";
import type { Treatment } from "./treatment.js";

export interface ImportReport {
  bad: BadRow[];
  /** Stored now. */
  imported: number;
  /** Their external id was stored already: not imported twice. */
  already: number;
  /** The file had bad rows and --skip-bad was not given: nothing was imported. */
  refused: boolean;
}

/**
 * Imports a CSV file's treatments through `add` (true when stored, false when the external id
 * was there already). A file with any bad row imports nothing, unless `skipBad`.
 */
export async function importTreatments(content: string, now: number, options: { skipBad: boolean; keptMs?: number }, add: (t: Treatment) => Promise<boolean>): Promise<ImportReport> {
  const { good, bad } = parseTreatmentsCsv(content, now, options.keptMs === undefined ? {} : { keptMs: options.keptMs });
  const report: ImportReport = { bad, imported: 0, already: 0, refused: bad.length > 0 && !options.skipBad };
  if (report.refused) return report;
  for (const { treatment } of good) {
    if (await add(treatment)) report.imported++;
    else report.already++;
  }
  return report;
}
