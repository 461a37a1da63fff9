// What the doctor is told about a reply to a patient: which way it went when that was not the
// patient's own WhatsApp chat, and when it did not get through at all. Read at a glance, GSM-7.
/** How a reply went: where the patient wrote from, by the approved WhatsApp template, or by SMS instead of WhatsApp. */
export type Relayed = "as-written" | "template" | "sms-instead";

/** The answer to `K7 <text>`. */
export function relayedText(ref: string, via: Relayed): string {
  if (via === "sms-instead") return `Sendt til patienten i ${ref} som almindelig SMS, da patienten ikke har skrevet på WhatsApp i over 24 timer.`;
  if (via === "template") return `Sendt til patienten i ${ref} på WhatsApp med klinikkens godkendte skabelon, da patienten ikke har skrevet i over 24 timer.`;
  return `Sendt til patienten i ${ref}.`;
}

/** WhatsApp refused the reply after the doctor was told it went there. */
export function relayMovedToSmsText(ref: string): string {
  return `${ref}: Dit svar kom ikke frem på WhatsApp, så patienten har fået det som almindelig SMS i stedet.`;
}

/** No way took the reply. `phone` is the patient's number, to call; without it, the case's console link, where the number is. */
export function relayFailedText(ref: string, phone: string | null, consoleLink?: string): string {
  if (phone === null) return `${ref}: Dit svar kunne ikke sendes til patienten. Ring til patienten; nummeret står i sagen: ${consoleLink}`;
  return `${ref}: Dit svar kunne ikke sendes til patienten. Ring til patienten på ${phone}.`;
}
