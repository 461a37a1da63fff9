// How messages and calls leave the bot. Twilio in production; the console (and an optional
// JSON-lines outbox file) in local mode.
export interface OutboundSms {
  to: string;
  body: string;
  mediaUrls?: string[];
  /**
   * WhatsApp only: send this approved template (Twilio's Content API) instead of the body,
   * which stays what the message says, for the console and the logs of local mode.
   */
  template?: { contentSid: string; variables: Record<string, string> };
}
export interface OutboundCall {
  to: string;
  say: string;
}
/** The provider's id for what was sent, where there is one (Twilio's MessageSid). */
export interface SendResult {
  sid?: string;
}
export interface Outbound {
  sendSms(msg: OutboundSms): Promise<SendResult>;
  call(msg: OutboundCall): Promise<SendResult>;
}
