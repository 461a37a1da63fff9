import { createRequire } from "node:module";
import type twilio from "twilio";
import type { Outbound, OutboundCall, OutboundSms, SendResult } from "./outbound.js";

export type TwilioClient = ReturnType<typeof twilio>;

// The SDK (its REST client, axios) is loaded when Twilio is configured, as the bot starts:
// local mode never needs it, and it was a sixth of local mode's start-up.
const sdk = (): typeof twilio => createRequire(import.meta.url)("twilio");

export function createTwilioClient(accountSid: string, authToken: string, timeoutMs: number): TwilioClient {
  // keepAlive off: a sleeping socket to api.twilio.com is no help on a quiet line, and nock
  // (the tests) cannot intercept keep-alive requests. Retries are ours (ReliableOutbound).
  return sdk()(accountSid, authToken, { keepAlive: false, timeout: timeoutMs, autoRetry: false });
}

/** Production: SMS, MMS and WhatsApp through the Messaging API, voice calls with spoken Danish. */
export class TwilioTransport implements Outbound {
  constructor(
    private readonly client: TwilioClient,
    private readonly from: string,
    /** Where Twilio reports delivery (POST /twilio/status), when the public URL is known. */
    private readonly statusCallback: string | undefined,
  ) {}

  async sendSms(msg: OutboundSms): Promise<SendResult> {
    const whatsapp = msg.to.startsWith("whatsapp:");
    // A template goes by its ContentSid alone: Twilio refuses a Body or MediaUrl beside it.
    const content = whatsapp && msg.template
      ? { contentSid: msg.template.contentSid, contentVariables: JSON.stringify(msg.template.variables) }
      : { body: msg.body, ...(msg.mediaUrls?.length ? { mediaUrl: msg.mediaUrls.slice(0, 10) } : {}) };
    const sent = await this.client.messages.create({
      to: msg.to,
      from: whatsapp ? `whatsapp:${this.from}` : this.from,
      ...content,
      ...(this.statusCallback ? { statusCallback: this.statusCallback } : {}),
    });
    return { sid: sent.sid };
  }

  async call(msg: OutboundCall): Promise<SendResult> {
    const twiml = new (sdk().twiml.VoiceResponse)();
    twiml.say({ language: "da-DK" }, msg.say);
    twiml.pause({ length: 1 });
    twiml.say({ language: "da-DK" }, msg.say);
    const placed = await this.client.calls.create({ to: msg.to, from: this.from, twiml: twiml.toString(), timeout: 30 });
    return { sid: placed.sid };
  }
}
