import type { CaseRecord, CaseContext, MediaRef } from "../flows/records.js";
import { SIGN_TEXTS } from "../replies/sign-texts.js";
import type { HistoryEntry } from "../store/console-store.js";
import type { TranscriptEntry } from "../store/store.js";
import { foldWord } from "../text/fold.js";
import { assess } from "../triage/assess.js";
import type { Level } from "../triage/types.js";
import { LEVEL_LABELS, when, type Lang } from "./console-texts.js";

// A case as the console tells it: one timeline (the patient's words and the bot's replies from
// the transcript, the staff's acts and the pages from the case's history, each delivery's
// status), its photos in the order they came, and why the rules decided as they did. Pure.

export type TimelineItem = { at: number } & (
  | { kind: "patient"; text: string; photos: number[] }
  | { kind: "bot"; text: string }
  | HistoryEntry
);

const PHOTOS = / \[(\d+) foto\]$/;

/** The sender's transcript while the case was open, with the photos each message brought. */
export function caseTimeline(c: CaseContext, transcript: TranscriptEntry[], history: HistoryEntry[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  let photo = 0;
  for (const e of transcript) {
    if (e.at < c.openedAt || (c.closedAt !== null && e.at > c.closedAt)) continue;
    if (e.dir === "out") {
      items.push({ at: e.at, kind: "bot", text: e.text });
      continue;
    }
    const count = Number(PHOTOS.exec(e.text)?.[1] ?? 0);
    const photos = Array.from({ length: count }, () => photo++).filter((i) => i < c.media.length);
    items.push({ at: e.at, kind: "patient", text: e.text.replace(PHOTOS, ""), photos });
  }
  // Stable: at the same moment the patient's message comes before what it led to.
  return [...items, ...history].map((item, i) => ({ item, i })).sort((a, b) => a.item.at - b.item.at || a.i - b.i).map(({ item }) => item);
}

export interface SignFound {
  sign: string;
  name: string;
  level: Level;
  words: string[];
}

/**
 * The rules report the words they matched as they read them (folded: "kanikke synke"). The
 * doctor reads the patient's own: the shortest run of the message's words that folds to them,
 * or the rules' words where none does.
 */
export function ownWords(text: string, matched: string): string {
  const target = matched.replace(/\s+/g, "");
  const words = text.split(/\s+/).filter(Boolean);
  const folded = words.map((w) => foldWord(w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "")));
  for (let i = 0; i < words.length; i++) {
    let joined = "";
    for (let j = i; j < words.length && joined.length < target.length; j++) {
      joined += folded[j];
      if (joined === target) return words.slice(i, j + 1).join(" ").replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "");
    }
  }
  return matched;
}

/** Each sign the rules found in the patient's messages, with the words that matched. */
export function signsFound(c: CaseContext, patientTexts: string[], lang: Lang): SignFound[] {
  const found = new Map<string, SignFound>();
  for (const text of patientTexts.length ? patientTexts : [c.summary]) {
    for (const f of assess(text).findings) {
      const known = found.get(f.sign) ?? { sign: f.sign, name: SIGN_TEXTS[f.sign]?.[lang] ?? f.sign, level: f.level, words: [] };
      const words = f.words ? ownWords(text, f.words) : "";
      if (words && !known.words.includes(words)) known.words.push(words);
      found.set(f.sign, known);
    }
  }
  // What only the stored case knows: the screen's words, the assist's reason, a sign from an earlier reading.
  for (const f of c.findings) {
    if (found.has(f) || f === "assist") continue;
    if (f.startsWith("screen: ")) found.set(f, { sign: "screen", name: lang === "da" ? "Uafklaret (screening)" : "Unplaced (screened)", level: "urgent", words: [f.slice(8)] });
    else if (f.startsWith("assist: ")) found.set(f, { sign: "assist", name: lang === "da" ? "AI-assistentens vurdering" : "The AI assist's opinion", level: c.level, words: [f.slice(8)] });
    else if (SIGN_TEXTS[f]) found.set(f, { sign: f, name: SIGN_TEXTS[f]![lang], level: c.level, words: [] });
  }
  return [...found.values()];
}

export type Escalation = "screening" | "paged" | "repaged" | "called" | "backup" | "queued" | "reviewing" | "acknowledged" | "closed";

/** Where the escalation stands, in a few words. */
export function escalationText(record: CaseRecord, lang: Lang): string {
  const c = record.snapshot.context;
  const state = record.snapshot.value as Escalation;
  const da = lang === "da";
  switch (state) {
    case "screening": return da ? "Venter på patientens svar på screeningen" : "Waiting for the patient's answer to the screen";
    case "paged": return da ? "Lægen er sidet" : "Doctor paged";
    case "repaged": return da ? "Lægen er sidet igen" : "Doctor paged again";
    case "called": return da ? "Lægen er ringet op" : "Doctor called";
    case "backup": return da ? "Backup er sidet" : "Backup paged";
    case "queued": return da ? `Venter på gennemgangen ${c.digestAt ? when(c.digestAt) : ""}`.trim() : `Waiting for the review digest ${c.digestAt ? when(c.digestAt) : ""}`.trim();
    case "reviewing": return da ? "Sendt til gennemgang" : "Sent for review";
    case "acknowledged": return `${da ? "Kvitteret" : "Acknowledged"}${c.ackedBy ? ` ${da ? "af" : "by"} ${c.ackedBy.name}` : ""}${c.ackedAt ? ` ${when(c.ackedAt)}` : ""}`;
    case "closed": return `${da ? "Lukket" : "Closed"}${c.closedBy ? ` ${da ? "af" : "by"} ${c.closedBy.name}` : ""}${c.closedAt ? ` ${when(c.closedAt)}` : ""}`;
    default: return state;
  }
}

/** What the case is about, in a few words: its first sign, or the patient's first words. */
export function caseSign(c: CaseContext, lang: Lang): string {
  const sign = c.findings.find((f) => SIGN_TEXTS[f]);
  if (sign) return SIGN_TEXTS[sign]![lang];
  if (c.findings.some((f) => f.startsWith("screen: "))) return lang === "da" ? "Uafklaret (screening)" : "Unplaced (screened)";
  if (c.level === "info") return lang === "da" ? "Spørgsmål" : "Question";
  return c.media.length ? (lang === "da" ? "Foto" : "Photo") : "-";
}

const channel = (via: "sms" | "console") => (via === "sms" ? "SMS" : "konsol");
const STATUS_DA: Record<string, string> = { sent: "sendt", queued: "i kø", delivered: "leveret", undelivered: "ikke leveret", failed: "fejlet", read: "læst" };
export const statusText = (status: string) => STATUS_DA[status] ?? status;

/** One line of the timeline or the journal note, in Danish or English. */
export function historyText(e: HistoryEntry, lang: Lang): string {
  const da = lang === "da";
  const level = (l: Level) => LEVEL_LABELS[lang][l].toLowerCase();
  switch (e.kind) {
    case "page": return e.to === "backup" ? (da ? "Backup sidet" : "Backup paged") : da ? `Lægen sidet (${e.attempt}. gang)` : `Doctor paged (${e.attempt})`;
    case "call": return da ? "Lægen ringet op" : "Doctor called";
    case "forward": return da ? "Ny besked sendt til lægen" : "New message sent to the doctor";
    case "digest": return da ? "Sendt i gennemgangsoversigten" : "Sent in the review digest";
    case "ack": return `${da ? "Kvitteret af" : "Acknowledged by"} ${e.by.name} (${channel(e.by.via)})`;
    case "reply": return `${da ? "Svar fra" : "Reply from"} ${e.by.name} (${channel(e.by.via)})`;
    case "level": return `${da ? "Niveau" : "Level"} ${level(e.from)} → ${level(e.to)} ${da ? "af" : "by"} ${e.by.name} (${channel(e.by.via)})`;
    case "close": return `${da ? "Lukket af" : "Closed by"} ${e.by.name} (${channel(e.by.via)})`;
    case "export": return `${da ? "Journalnotat eksporteret af" : "Journal note exported by"} ${e.by.name}`;
    case "status": {
      const what = e.about === "relay" ? (da ? "svaret til patienten" : "the reply to the patient") : e.about === "backup-page" ? (da ? "siden til backup" : "the backup's page") : da ? "siden til lægen" : "the page";
      return `${da ? "Levering af" : "Delivery of"} ${what}: ${da ? statusText(e.status) : e.status}${e.errorCode ? ` (${e.errorCode})` : ""}`;
    }
  }
}

