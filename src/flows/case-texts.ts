import { localTime } from "../clinic/opening-hours.js";
import { SIGN_TEXTS } from "../replies/sign-texts.js";
import { toGsm } from "../text/gsm.js";
import { AREA_NAMES as TREATED_AREAS, daysSince, productAndUnits, treatedOn } from "../treatments/treatment.js";
import type { Level } from "../triage/types.js";
import type { CheckinResult } from "./checkin.machine.js";
import type { CaseContext } from "./records.js";

// What the doctor reads: pages, forwarded messages, the list, the digest and the voice call.
const LEVEL_NAMES: Record<Level, string> = { emergency: "AKUT", urgent: "HASTER", review: "GENNEMGANG", expected: "FORVENTET", info: "INFO" };
const AREA_NAMES: Record<string, string> = { glabella: "mellem brynene", forehead: "pande", "crows-feet": "kragetæer", eyes: "øjne", armpits: "armhuler", jaw: "kæbe", mouth: "mund", neck: "hals" };

const oneLine = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
};

/** "1 sag", "2 sager": a count with the word in the number it takes. */
const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const daysAgo = (days: number) => (days === 0 ? "i dag" : counted(days, "dag", "dage"));

// "Behandlet 20/11 kl. 14.30 (3 dage siden): kæbe (masseter), Azzalure 40 E, læge MKR.", and where the
// patient's words differ from the record, what they wrote.
export function treatmentFacts(c: CaseContext): string {
  const t = c.treatment!;
  const days = Math.max(0, daysSince(t.treatedAt, c.openedAt));
  const what = [t.areas.map((a) => TREATED_AREAS[a].da).join(", "), productAndUnits(t), t.doctor ? `læge ${t.doctor}` : ""].filter(Boolean).join(", ");
  const said = [
    t.saidDays !== undefined ? `patienten skriver ${t.saidDays === 0 ? "i dag" : `${daysAgo(t.saidDays)} siden`}` : "",
    t.saidArea ? `patienten nævner ${AREA_NAMES[t.saidArea] ?? t.saidArea}` : "",
  ].filter(Boolean);
  return ` Behandlet ${treatedOn(t.treatedAt)} (${days === 0 ? "i dag" : `${daysAgo(days)} siden`}): ${what}.${said.length ? ` Afviger fra journalen: ${said.join(", ")}.` : ""}`;
}

export function caseFacts(c: CaseContext): string {
  if (c.treatment) return c.treatment.areaFirst ? "" : treatmentFacts(c);
  const later = c.laterDays?.length ? ` (senere skrevet: ${c.laterDays.map(daysAgo).join(", ")})` : "";
  const facts = [
    c.days === 0 ? `behandlet i dag${later}` : c.days !== null ? `${daysAgo(c.days)} siden behandling${later}`
      : c.answers.daysSinceTreatment ? `behandlet: ${oneLine(c.answers.daysSinceTreatment, 30)}` : null,
    c.area ? `område: ${AREA_NAMES[c.area] ?? c.area}` : c.answers.area ? `område: ${oneLine(c.answers.area, 30)}` : null,
  ].filter(Boolean);
  return facts.length ? ` ${facts.join(", ")}.` : "";
}

const pagePrefix = (attempt: number, to: "doctor" | "backup") => (to === "backup" ? "BACKUP, lægen har ikke kvitteret. " : attempt > 1 ? "PÅMINDELSE, ikke kvitteret. " : "");

/** `consoleLink`: the case in the console (/k/K7), which asks for a login. */
export function pageText(c: CaseContext, attempt: number, to: "doctor" | "backup", photoLinks: string[], consoleLink?: string): string {
  const prefix = pagePrefix(attempt, to);
  const said = patientWords(c);
  const words = said.every((w) => w === "(foto)") ? " Patienten har sendt et foto." : ` Patienten skriver: "${inOrder(said, PAGE_WORDS)}"`;
  const photos = photoLinks.length ? ` Foto: ${photoLinks.join(" ")}` : "";
  const assist = c.findings.find((f) => f.startsWith("assist: "));
  const why = assist ? ` Niveau hævet af AI-assistent: ${oneLine(assist.slice(8), 120)}.` : "";
  // After the jaw, neck or chin, a swallowing, voice or neck symptom is read with the treated area first.
  const first = c.treatment?.areaFirst ? treatmentFacts(c) : "";
  const link = consoleLink ? ` Se sagen: ${consoleLink}` : "";
  return toGsm(`${prefix}${c.ref} ${LEVEL_NAMES[c.level]}.${first} Patient ${c.patient}.${caseFacts(c)}${words}${screenNote(c)}${why}${photos}${link} Svar OK ${c.ref} for at kvittere.`);
}

// PAGE_DETAIL=minimal: the Danish data protection authority holds that SMS cannot be secured,
// so these hold the reference, the level and the console link, and no health data.
export function minimalPageText(c: Pick<CaseContext, "ref" | "level">, attempt: number, to: "doctor" | "backup", consoleLink: string): string {
  return toGsm(`${pagePrefix(attempt, to)}${c.ref} ${LEVEL_NAMES[c.level]}. Se sagen: ${consoleLink} Svar OK ${c.ref} for at kvittere.`);
}

export function minimalForwardText(c: Pick<CaseContext, "ref">, consoleLink: string): string {
  return `${c.ref} har en ny besked fra patienten. Se sagen: ${consoleLink}`;
}

export function minimalDigestText(cases: Pick<CaseContext, "ref" | "level">[], consoleLink: (ref: string) => string, checkins: CheckinResult[] = []): string[] {
  const lines = cases.map((c) => `${c.ref} ${LEVEL_NAMES[c.level]}: ${consoleLink(c.ref)}`);
  // The check-ins only counted: their lines would name the patients. A concern has its case above.
  if (checkins.length) lines.push(minimalCheckinLine(checkins));
  const messages: string[] = [];
  let current = `Gennemgang (${counted(cases.length, "sag", "sager")}):`;
  for (const line of lines) {
    if (current.length + line.length + 1 > DIGEST_SMS) {
      messages.push(current);
      current = "Gennemgang, fortsat:";
    }
    current += `\n${line}`;
  }
  messages.push(current);
  return messages;
}

// How the patient answered the red-flag screen (synke, tale, vejret, kræfter), for the page.
function screenNote(c: CaseContext): string {
  if (!c.screen) return "";
  if (c.screenAnswer === "yes") return " Svarede JA til screeningen (synke, tale, vejret, kræfter).";
  if (c.screenAnswer === "no") return " Svarede NEJ til screeningen.";
  if (c.screenAnswer === "other") return " Svarede ikke JA eller NEJ til screeningen.";
  return " Har ikke svaret på screeningen (synke, tale, vejret, kræfter).";
}

export function forwardText(c: CaseContext, text: string, photoLinks: string[]): string {
  const photos = photoLinks.length ? ` Foto: ${photoLinks.join(" ")}` : "";
  return toGsm(`${c.ref} ny besked fra patienten: "${oneLine(text || "(foto)", 300)}"${photos} Svar med ${c.ref} <tekst>.`);
}

// What the voice says of a case's level. Only emergency and urgent cases are called; the other
// levels have words too, so that no case is ever called what it is not.
const SPOKEN_LEVELS: Record<Level, string> = { emergency: "er akut", urgent: "haster", review: "venter på gennemgang", expected: "venter på gennemgang", info: "venter på svar" };

/** The voice call: the case and its real level, spelt out so the voice reads "K 1". */
export function callText(c: Pick<CaseContext, "ref" | "level">): string {
  const spelt = c.ref.split("").join(" ");
  return `Akutlinjen. Sag ${spelt} ${SPOKEN_LEVELS[c.level]} og er ikke kvitteret. Læs din SMS, og svar O K ${spelt}.`;
}

/** The answer to an OK for a case someone acknowledged already: when, in Copenhagen time. */
export function alreadyAckedText(ref: string, ackedAt: number | null, now: number): string {
  if (ackedAt === null) return `${ref} er allerede kvitteret.`;
  const when = localTime(ackedAt);
  const today = localTime(now);
  const clock = `kl. ${String(Math.floor(when.minute / 60)).padStart(2, "0")}.${String(when.minute % 60).padStart(2, "0")}`;
  const day = when.y === today.y && when.mo === today.mo && when.d === today.d ? "" : `d. ${when.d}/${when.mo} `;
  return `${ref} er allerede kvitteret ${day}${clock}.`;
}

/** The answer to a level set by SMS or in the console: the new level, and whether it pages. */
export function levelSetText(ref: string, level: Level, outcome: "paged" | "taken" | "set"): string {
  const what = outcome === "paged" ? " Den vagthavende læge får en side nu." : outcome === "taken" ? " Sagen er kvitteret af dig." : "";
  return `${ref} har nu niveau ${LEVEL_NAMES[level]}.${what}`;
}

/** What a level change led to: a new page, the escalation stopped by the one who lowered it, or just the level. */
export function levelOutcome(from: string, to: string): "paged" | "taken" | "set" {
  // A raise re-enters "paged", so a case paged before is paged again at its new level.
  if (to === "paged") return "paged";
  return to === "acknowledged" && from !== "acknowledged" ? "taken" : "set";
}

export function listText(cases: CaseContext[], state: (c: CaseContext) => string): string {
  if (cases.length === 0) return "Ingen åbne sager.";
  return toGsm(`Åbne sager: ${cases.map((c) => `${c.ref} ${LEVEL_NAMES[c.level]} ${state(c)}`).join("; ")}.`);
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const listed = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} og ${items.at(-1)}` : items[0] ?? "");

/** What a case is about, for the digest: the signs the patient told of, or what else it holds. */
function whatItIs(c: CaseContext): string {
  const signs = c.findings.filter((f) => f !== "assist" && SIGN_TEXTS[f]).slice(0, 3).map((f) => lower(SIGN_TEXTS[f]!.da));
  if (signs.length) return listed(signs);
  const screened = c.findings.find((f) => f.startsWith("screen: "));
  if (screened) {
    const answer = c.screenAnswer === "no" ? "svarede NEJ til screeningen" : c.screenAnswer === "other" ? "svarede ikke JA eller NEJ" : "har ikke svaret på screeningen";
    return `uafklaret (${oneLine(screened.slice(8), 60)}), ${answer}`;
  }
  if (c.level === "info") return "spørgsmål";
  return c.media.length ? "foto" : "uden nævnt tegn";
}

const PAGE_WORDS = 300;

// The words in the order written. When they are too long for a page, the start of the first
// and the newest (the ones that raised the case) are kept, and what lies between is cut.
function inOrder(words: string[], max: number): string {
  const all = words.join(" | ");
  if (all.length <= max || words.length === 1) return oneLine(all, max);
  const first = oneLine(words[0]!, Math.floor(max / 3));
  const last = words.at(-1)!;
  const room = max - first.length - 9;
  return `${first} | ... | ${last.length > room ? `...${last.slice(-(room - 3))}` : last}`;
}

/** The patient's words in the case, oldest first: what opened it, then each later message. */
export function patientWords(c: CaseContext): string[] {
  const later = c.notes.filter((n) => n.from === "patient").sort((a, b) => a.at - b.at);
  return [c.summary, ...later.map((n) => n.text)].map((text) => oneLine(text || "(foto)", MAX_WORDS));
}

// Twilio takes 1,600 characters in one message; the digest stays well inside it.
const DIGEST_SMS = 1200;
const MAX_WORDS = 300;

const OUTCOMES: Record<CheckinResult["outcome"], string> = { fine: "fint (svarede 1)", concern: "noget bekymrer (svarede 2)", text: "skrev", none: "intet svar efter påmindelse", skipped: "sprunget over" };

/** PAGE_DETAIL=minimal: how the check-ins went, counted, with no number or word of a patient. */
export function minimalCheckinLine(checkins: CheckinResult[]): string {
  const counts = new Map<string, number>();
  for (const r of checkins) counts.set(OUTCOMES[r.outcome], (counts.get(OUTCOMES[r.outcome]) ?? 0) + 1);
  return `Opfølgning efter behandling: ${[...counts].map(([what, n]) => `${n} ${what}`).join(", ")}.`;
}

/** One answered (or unanswered) check-in, as the digest lists it. */
export function checkinLine(patient: string, r: CheckinResult): string {
  const more = r.outcome === "text" && r.level ? `, ${LEVEL_NAMES[r.level].toLowerCase()}` : "";
  const ref = r.caseRef ? `, ${r.caseRef}` : "";
  return `${patient} dag ${r.day}: ${OUTCOMES[r.outcome]}${more}${ref}.`;
}

// Every case with every message the patient sent, so the doctor sees all of it in the morning,
// then the check-ins answered (or not) since the last digest, one a line.
// A case too long for one SMS goes on in the next, split between messages, never inside one.
export function digestText(cases: CaseContext[], photoLinks: (c: CaseContext) => string[], checkins: string[] = []): string[] {
  const messages: string[] = [];
  const followUp = `Opfølgning efter behandling (${counted(checkins.length, "patient", "patienter")}):`;
  let current = cases.length ? `Gennemgang (${counted(cases.length, "sag", "sager")}):` : followUp;
  const add = (piece: string, continued: string, gap = " ") => {
    if (current.length + piece.length + 1 > DIGEST_SMS) {
      messages.push(current);
      current = continued;
    }
    current += `${gap}${piece}`;
  };
  for (const c of cases) {
    const links = photoLinks(c);
    const pieces = [
      toGsm(`${c.ref} ${LEVEL_NAMES[c.level]}, ${whatItIs(c)}. ${c.patient}:${caseFacts(c)}`),
      ...patientWords(c).map((words, i, all) => toGsm(`"${words}"${i < all.length - 1 ? " |" : ""}`)),
      ...(links.length ? [`Foto: ${links.join(" ")}`] : []),
    ];
    // One case a line, so the doctor's eye finds where each begins.
    const whole = pieces.join(" ");
    if (current.length + whole.length + 1 <= DIGEST_SMS) current += `\n${whole}`;
    else pieces.forEach((piece, i) => add(piece, i === 0 ? "Gennemgang, fortsat:" : `Gennemgang, fortsat: ${c.ref} fortsat:`, i === 0 ? "\n" : " "));
  }
  if (cases.length && checkins.length) add(followUp, followUp.replace(/ \(.*/, ", fortsat:"), "\n");
  for (const line of checkins) add(toGsm(line), "Opfølgning efter behandling, fortsat:", "\n");
  messages.push(current);
  return messages;
}

export function relayText(text: string): string {
  return toGsm(`Fra klinikken: ${oneLine(text, 430)}`);
}
