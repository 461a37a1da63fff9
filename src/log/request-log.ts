import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import type { Logger } from "pino";

/**
 * One JSON line per request: method, path (no query: photo links carry signatures), status,
 * time and a request id. No headers, no bodies, no numbers. Written here rather than with
 * pino-http, whose child logger per request cost more than the rest of the logging.
 */
export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const id = String(req.headers["i-twilio-idempotency-token"] ?? randomUUID());
    const line = (msg: string) => {
      const status = res.statusCode;
      const level = msg !== "request completed" ? "warn" : status >= 500 ? "error" : status >= 400 ? "warn" : "info";
      if (!log.isLevelEnabled(level)) return;
      log[level]({ req: { id, method: req.method, path: req.path }, res: { status }, responseTime: Math.round(performance.now() - started) }, msg);
    };
    res.once("finish", () => line("request completed"));
    res.once("close", () => { if (!res.writableFinished) line("request aborted"); });
    next();
  };
}
