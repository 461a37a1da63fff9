import { timingSafeEqual } from "node:crypto";
import type { Request, RequestHandler, Response } from "express";
// twilio's own signature check, taken from its module alone: the whole SDK (its REST client,
// axios) is loaded only where messages are sent through Twilio.
import { getExpectedTwilioSignature, validateRequest } from "twilio/lib/webhooks/webhooks.js";
import { z } from "zod";
import type { Bot, InboundMessage } from "../bot/bot.js";
import { messagingTwiml } from "./twiml.js";

const MAX_MEDIA = 10;
const MAX_BODY = 5000;
const Fields = z.object({
  From: z.string({ error: "From is required" }).regex(/^(whatsapp:)?\+\d{4,15}$/, "From must be a phone number such as +4512345678 or whatsapp:+4512345678"),
  MessageSid: z.string({ error: "MessageSid is required" }).regex(/^[A-Za-z0-9]{10,64}$/, "MessageSid is missing or malformed"),
  // Longer than Twilio ever sends (WhatsApp stops at 4,096): read the start, never refuse the message.
  Body: z.string().optional().default("").transform((body) => body.slice(0, MAX_BODY)),
  NumMedia: z.coerce.number().int().min(0).max(MAX_MEDIA).optional().default(0),
});

// A host name or IP literal with an optional port, as a Host header may carry it; anything else
// (spaces, a path, a broken IPv6 literal) cannot be the URL Twilio called.
const HOST = /^(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?$/;

/**
 * The URL Twilio signed: PUBLIC_BASE_URL + path whenever it is set (production requires it);
 * else rebuilt from the client's own Host header and protocol, which is only good enough for
 * a first test on one machine. Null when those headers do not make a URL.
 */
export function signedUrl(req: Request, publicBaseUrl: string | undefined): string | null {
  if (publicBaseUrl) return `${publicBaseUrl}${req.originalUrl}`;
  const host = req.get("host");
  const match = host === undefined ? null : HOST.exec(host);
  if (!match || Number(match[1] ?? 0) > 65535 || (req.protocol !== "http" && req.protocol !== "https")) return null;
  const url = `${req.protocol}://${host}${req.originalUrl}`;
  try {
    new URL(url);
    return url;
  } catch {
    return null;
  }
}

// The URL exactly as Twilio signed it matches almost always; only a miss pays for twilio's
// port and escaping variants, which parse the URL twice more.
function validSignature(authToken: string, signature: string, url: string, params: Record<string, string>): boolean {
  const expected = Buffer.from(getExpectedTwilioSignature(authToken, url, params));
  const given = Buffer.from(signature);
  if (given.length === expected.length && timingSafeEqual(given, expected)) return true;
  return validateRequest(authToken, signature, url, params);
}

/** Rejects, with 403 and before anything is read, a webhook without a valid X-Twilio-Signature. */
export function requireTwilioSignature(authToken: string | undefined, publicBaseUrl: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!authToken) return next();
    const url = signedUrl(req, publicBaseUrl);
    if (url === null) {
      res.status(400).type("text/plain").send("bad request: malformed Host header or forwarded protocol (set PUBLIC_BASE_URL)");
      return;
    }
    const signature = req.get("x-twilio-signature");
    const params = (req.body ?? {}) as Record<string, string>;
    if (!signature || !validSignature(authToken, signature, url, params)) {
      res.status(403).type("text/plain").send("invalid or missing X-Twilio-Signature");
      return;
    }
    next();
  };
}

export function parseInbound(body: unknown): { ok: true; msg: InboundMessage } | { ok: false; error: string } {
  const parsed = Fields.safeParse(body ?? {});
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => i.message).join("; ") };
  const raw = body as Record<string, unknown>;
  const media = [];
  for (let i = 0; i < parsed.data.NumMedia; i++) {
    const url = raw[`MediaUrl${i}`];
    if (typeof url !== "string" || !/^https?:\/\//.test(url)) return { ok: false, error: `MediaUrl${i} is missing or not a URL` };
    const type = raw[`MediaContentType${i}`];
    media.push({ url, contentType: typeof type === "string" ? type : "application/octet-stream" });
  }
  return { ok: true, msg: { from: parsed.data.From, body: parsed.data.Body, messageSid: parsed.data.MessageSid, media } };
}

// Written straight to the response: Express's send() would look up the MIME type, rewrite the
// charset and check freshness on every answer, none of which a webhook reply needs.
export function twimlReply(res: Response, texts: string[]): void {
  const xml = messagingTwiml(texts);
  res.writeHead(200, { "content-type": "text/xml; charset=utf-8", "content-length": Buffer.byteLength(xml) }).end(xml);
}

/** POST /sms: the Twilio Messaging webhook, for SMS and WhatsApp alike. */
export function smsWebhook(bot: Bot): RequestHandler {
  return async (req, res) => {
    const parsed = parseInbound(req.body);
    if (!parsed.ok) {
      res.status(400).type("text/plain").send(`bad webhook request: ${parsed.error}`);
      return;
    }
    const { replies, facts } = await bot.handle(parsed.msg);
    // The request's one log line carries these: see src/log/request-log.ts.
    res.locals.handled = facts;
    twimlReply(res, replies);
  };
}
