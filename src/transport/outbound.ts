// How messages and calls leave the bot. Twilio in production; the console (and an optional
// JSON-lines outbox file) in local mode.
export interface OutboundSms {
  to: string;
  body: string;
  mediaUrls?: string[];
}
export interface OutboundCall {
  to: string;
  say: string;
}
export interface Outbound {
  sendSms(msg: OutboundSms): Promise<void>;
  call(msg: OutboundCall): Promise<void>;
}
