import type { Level } from "../triage/types.js";

// The doctor's commands and the patients' keywords. Pure parsing; case-insensitive.
export type DoctorCommand =
  | { kind: "ack"; ref: string }
  | { kind: "level"; ref: string; level: Level; reason: string }
  | { kind: "levelUnclear"; ref: string }
  | { kind: "relay"; ref: string; text: string }
  | { kind: "close"; ref: string }
  | { kind: "list" }
  | { kind: "help" };

/** The level names a doctor writes, Danish as on the pages, or English. */
const LEVEL_WORDS: Record<string, Level> = {
  akut: "emergency", emergency: "emergency", haster: "urgent", urgent: "urgent",
  gennemgang: "review", review: "review", forventet: "expected", expected: "expected", info: "info",
};

export function parseDoctorCommand(body: string): DoctorCommand {
  const text = body.trim();
  // A level is set with a reason, always: NIVEAU K7 HASTER hævelsen vokser.
  let m = /^(?:niveau|level)\s+(k\d+)(?:\s+(\S+)(?:\s+(\S[\s\S]*))?)?$/i.exec(text);
  if (m) {
    const level = LEVEL_WORDS[(m[2] ?? "").toLowerCase()];
    const reason = m[3]?.trim();
    return level && reason ? { kind: "level", ref: m[1]!.toUpperCase(), level, reason } : { kind: "levelUnclear", ref: m[1]!.toUpperCase() };
  }
  m = /^(?:ok|kvitter|ack)\s+(k\d+)$/i.exec(text);
  if (m) return { kind: "ack", ref: m[1]!.toUpperCase() };
  m = /^(?:luk|close)\s+(k\d+)$/i.exec(text);
  if (m) return { kind: "close", ref: m[1]!.toUpperCase() };
  m = /^(k\d+)[\s:]+(\S[\s\S]*)$/i.exec(text);
  if (m) return { kind: "relay", ref: m[1]!.toUpperCase(), text: m[2]!.trim() };
  if (/^(?:liste|list)$/i.test(text)) return { kind: "list" };
  return { kind: "help" };
}

export type PatientKeyword = "stop" | "start" | "help";

/** Only a keyword on its own counts: "hjælp, jeg kan ikke synke" is a symptom, not a keyword. */
export function parsePatientKeyword(body: string): PatientKeyword | null {
  const word = body.trim().replace(/[.!]+$/, "").toLowerCase();
  if (["stop", "stopp", "afmeld", "unsubscribe"].includes(word)) return "stop";
  if (["start", "tilmeld"].includes(word)) return "start";
  if (["hjælp", "hjaelp", "help", "info"].includes(word)) return "help";
  return null;
}

export const DOCTOR_HELP =
  "Kommandoer: OK K7 = kvitter. K7 <tekst> = svar patienten. NIVEAU K7 HASTER <grund> = nyt niveau. LUK K7 = luk sagen. LISTE = åbne sager. HJÆLP = denne tekst. " +
  "(English: OK K7, K7 <text>, LEVEL K7 URGENT <reason>, CLOSE K7, LIST, HELP)";

export const LEVEL_HELP = "Skriv niveauet og en grund, fx NIVEAU K7 HASTER hævelsen vokser. Niveauer: AKUT, HASTER, GENNEMGANG, FORVENTET, INFO.";
