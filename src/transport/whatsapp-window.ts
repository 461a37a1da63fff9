// WhatsApp's customer-service window: a business may send free-form messages to a user only
// within 24 hours of the user's last message. After that, only a template that Meta approved
// gets through; Twilio refuses anything else with error 63016, either at once or later in the
// message's status callback.
export const WHATSAPP_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Twilio's "outside the allowed window" error. */
export const OUTSIDE_WINDOW = 63016;
// A reply can wait in the queue, and Twilio's clock is not ours: one that would reach
// WhatsApp in the window's last minutes goes the safe way already.
const MARGIN_MS = 5 * 60 * 1000;

export const isWhatsApp = (address: string) => address.startsWith("whatsapp:");

/** The same number as a plain SMS address: whatsapp:+4512345678 is +4512345678. */
export const smsAddress = (address: string) => address.replace(/^whatsapp:/, "");

/** Whether a free-form WhatsApp message sent now still lands in the window the user's last message opened. */
export function insideWindow(lastInboundAt: number | null, now: number): boolean {
  return lastInboundAt !== null && now < lastInboundAt + WHATSAPP_WINDOW_MS - MARGIN_MS;
}

/** Twilio refused a send because the window is closed (its API answers with the code as a number). */
export function isOutsideWindow(err: unknown): boolean {
  return Number((err as { code?: unknown }).code) === OUTSIDE_WINDOW;
}
