import type { ReplyContext } from "../replies/compose-reply.js";
import { isOpen, localTime, whenNextOpen, type OpeningHours } from "./opening-hours.js";

// The phrases change at most once a minute; reading Copenhagen time is the costly part of a
// message, so the last minute's answer is kept.
let memo: { hours: OpeningHours; minute: number; phrases: Required<ReplyContext> } | null = null;

/** What the patient is told about when they will hear from us, given the clinic's hours. */
export function contactPhrases(hours: OpeningHours, at: number): Required<ReplyContext> {
  const minute = Math.floor(at / 60_000);
  if (memo && memo.hours === hours && memo.minute === minute) return memo.phrases;
  const phrases = computePhrases(hours, at);
  memo = { hours, minute, phrases };
  return phrases;
}

function computePhrases(hours: OpeningHours, at: number): Required<ReplyContext> {
  const open = isOpen(hours, at);
  const evening = localTime(at).minute >= 16 * 60;
  const urgent = open
    ? { da: "Lægen får besked nu og kontakter dig i dag.", en: "The doctor is being told now and will contact you today." }
    : evening
      ? { da: "Lægen får besked nu og kontakter dig i aften.", en: "The doctor is being told now and will contact you tonight." }
      : { da: "Lægen får besked nu og kontakter dig hurtigst muligt.", en: "The doctor is being told now and will contact you as soon as possible." };
  const da = whenNextOpen(hours, at, "da");
  const en = whenNextOpen(hours, at, "en");
  return {
    urgentContact: urgent,
    reviewContact: { da: `Lægen ser på det, og klinikken kontakter dig ${da}.`, en: `The doctor will look at it, and the clinic will contact you ${en}.` },
  };
}
