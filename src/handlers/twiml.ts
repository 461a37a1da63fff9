// The webhook's answer, written directly: twilio's MessagingResponse builds an XML document
// tree per request, which cost more than the rest of the reply. The output is the same.
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
// Characters XML 1.0 cannot carry at all; a reply never holds them, but a stray one must not
// make Twilio reject the whole answer.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const escapeText = (text: string) => text.replace(NOT_XML, "").replace(/[&<>]/g, (c) => ESCAPES[c]!);

/** TwiML answering a Messaging webhook with one message per text (none: an empty Response). */
export function messagingTwiml(texts: readonly string[]): string {
  if (texts.length === 0) return `${HEAD}<Response/>`;
  return `${HEAD}<Response>${texts.map((t) => `<Message>${escapeText(t)}</Message>`).join("")}</Response>`;
}
