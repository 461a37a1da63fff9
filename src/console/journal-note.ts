import { caseFacts, treatmentFacts } from "../flows/case-texts.js";
import type { CaseContext } from "../flows/records.js";
import { LEVEL_LABELS, when } from "./console-texts.js";
import { historyText, type SignFound, type TimelineItem } from "./case-story.js";

// The journal note for the clinic's patient record (autorisationsloven § 22 and § 25), in
// Danish, built from the case: why the patient wrote and in their own words, what the rules
// found and the level, the advice given by the bot and by the staff, the photos, who acted
// when, and the follow-up agreed, which the doctor writes in. The doctor edits it before export.
export function journalNote(c: CaseContext, timeline: TimelineItem[], signs: SignFound[], now: number): string {
  const lines: string[] = [];
  const level = (l: CaseContext["level"]) => LEVEL_LABELS.da[l];
  const quote = (text: string) => `"${text.replace(/\s+/g, " ").trim()}"`;
  lines.push(`Journalnotat: henvendelse til klinikkens akutlinje (SMS), sag ${c.ref}`);
  lines.push(`Henvendelse ${when(c.openedAt)}. Patientens nummer: ${c.patient.replace(/^whatsapp:/, "")}${c.patient.startsWith("whatsapp:") ? " (WhatsApp)" : ""}. Notatet er dannet ${when(now)}.`);
  lines.push("");
  lines.push("Kontaktårsag og patientens egne ord:");
  const words = timeline.filter((t) => t.kind === "patient");
  if (words.length === 0) lines.push(`- ${when(c.openedAt)}: ${quote(c.summary || "(foto)")}`);
  for (const t of words) lines.push(`- ${when(t.at)}: ${quote(t.text || "(foto)")}`);
  // The treatment on record, always in the note: the page may put it first, the note keeps it here.
  if (c.treatment) lines.push(treatmentFacts(c).trim());
  else if (caseFacts(c).trim()) lines.push(`Oplyst: ${caseFacts(c).trim()}`);
  lines.push("");
  lines.push("Fund og triage:");
  if (signs.length === 0) lines.push("- Reglerne fandt intet tegn.");
  for (const s of signs) lines.push(`- ${s.name} (${level(s.level).toLowerCase()})${s.words.length ? `: ${s.words.map(quote).join(", ")}` : ""}`);
  if (c.screen) lines.push(`- Screening for synke-, tale- og vejrtrækningsbesvær og svaghed: ${c.screenAnswer === "yes" ? "svarede JA" : c.screenAnswer === "no" ? "svarede NEJ" : c.screenAnswer === "other" ? "svarede hverken ja eller nej" : "intet svar"}.`);
  for (const change of c.levelChanges ?? []) lines.push(`- Niveau ændret fra ${level(change.from).toLowerCase()} til ${level(change.to).toLowerCase()} af ${change.by.name} ${when(change.at)}. Grund: ${change.reason}`);
  lines.push(`Triageniveau: ${level(c.level)}.`);
  lines.push("");
  lines.push("Råd givet:");
  const advice = timeline.filter((t) => t.kind === "bot" || t.kind === "reply");
  if (advice.length === 0) lines.push("- Ingen.");
  for (const t of advice) {
    if (t.kind === "bot") lines.push(`- ${when(t.at)} Akutlinjens automatiske svar: ${quote(t.text)}`);
    if (t.kind === "reply") lines.push(`- ${when(t.at)} ${t.by.name}: ${quote(t.text)}`);
  }
  lines.push("");
  lines.push(`Billeder modtaget: ${c.media.length === 0 ? "ingen" : `${c.media.length} (set i akutlinjens konsol; de slettes derfra sammen med sagen)`}.`);
  lines.push("");
  lines.push("Hvem handlede hvornår:");
  const acts = timeline.flatMap((t) => (t.kind === "patient" || t.kind === "bot" || t.kind === "status" ? [] : [t]));
  if (acts.length === 0) lines.push("- Ingen.");
  for (const t of acts) lines.push(`- ${when(t.at)} ${historyText(t, "da")}`);
  lines.push("");
  lines.push("Aftalt opfølgning: ");
  return lines.join("\n");
}
