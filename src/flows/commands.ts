// The doctor's commands and the patients' keywords. Pure parsing; case-insensitive.
export type DoctorCommand =
  | { kind: "ack"; ref: string }
  | { kind: "relay"; ref: string; text: string }
  | { kind: "close"; ref: string }
  | { kind: "list" }
  | { kind: "help" };

export function parseDoctorCommand(body: string): DoctorCommand {
  const text = body.trim();
  let m = /^(?:ok|kvitter|ack)\s+(k\d+)$/i.exec(text);
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
  "Kommandoer: OK K7 = kvitter. K7 <tekst> = svar patienten. LUK K7 = luk sagen. LISTE = åbne sager. HJÆLP = denne tekst. " +
  "(English: OK K7, K7 <text>, CLOSE K7, LIST, HELP)";
