import type { RequestHandler } from "express";
import type { Logger } from "pino";
import type { Bot } from "../bot/bot.js";

/** POST /twilio/status: Twilio's delivery reports. Always 204, so Twilio never retries in a loop. */
export function statusCallback(bot: Bot, log: Logger): RequestHandler {
  return async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const sid = body.MessageSid;
    const status = body.MessageStatus;
    // Why it failed: 63016 is WhatsApp's closed 24-hour window.
    const errorCode = typeof body.ErrorCode === "string" && body.ErrorCode ? body.ErrorCode : undefined;
    if (typeof sid !== "string" || typeof status !== "string") {
      res.status(400).type("text/plain").send("bad status callback: MessageSid and MessageStatus are required");
      return;
    }
    try {
      await bot.status(sid, status.toLowerCase(), errorCode);
    } catch (err) {
      log.error({ err: (err as Error).message, status }, "status callback failed");
    }
    res.status(204).end();
  };
}
