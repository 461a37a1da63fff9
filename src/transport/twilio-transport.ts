import twilio from "twilio";
import type { Outbound, OutboundCall, OutboundSms } from "./outbound.js";

export type TwilioClient = ReturnType<typeof twilio>;

export function createTwilioClient(accountSid: string, authToken: string): TwilioClient {
  // keepAlive off: a sleeping socket to api.twilio.com is no help on a quiet line, and nock
  // (the tests) cannot intercept keep-alive requests.
  return twilio(accountSid, authToken, { keepAlive: false, timeout: 10_000 });
}

/** Production: SMS, MMS and WhatsApp through the Messaging API, voice calls with spoken Danish. */
export class TwilioTransport implements Outbound {
  constructor(
    private readonly client: TwilioClient,
    private readonly from: string,
  ) {}

  async sendSms(msg: OutboundSms): Promise<void> {
    const whatsapp = msg.to.startsWith("whatsapp:");
    await this.client.messages.create({
      to: msg.to,
      from: whatsapp ? `whatsapp:${this.from}` : this.from,
      body: msg.body,
      ...(msg.mediaUrls?.length ? { mediaUrl: msg.mediaUrls.slice(0, 10) } : {}),
    });
  }

  async call(msg: OutboundCall): Promise<void> {
    const twiml = new twilio.twiml.VoiceResponse();
    twiml.say({ language: "da-DK" }, msg.say);
    twiml.pause({ length: 1 });
    twiml.say({ language: "da-DK" }, msg.say);
    await this.client.calls.create({ to: msg.to, from: this.from, twiml: twiml.toString(), timeout: 30 });
  }
}
