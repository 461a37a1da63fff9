import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import type { Logger } from "pino";
import type { HandledFacts } from "../bot/deps.js";

/**
 * One JSON line per request, once its response is done or its client gone: method, path (no
 * query: photo links carry signatures), status, time, a request id, and what became of a
 * webhook message (level, case, path taken; see smsWebhook). No headers, no bodies, no numbers.
 * It is written on the app's logger as it is: pino-http built a child logger for every request
 * and serialised the request into it, a tenth of the bot's time under load.
 */
export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = Date.now();
    // Our own id: no header of the request may name it, since the line is written for
    // requests whose signature failed too (an idempotency token is as easy to forge as any).
    const id = randomUUID();
    // "close" follows "finish" on every response, and alone comes when the client goes first.
    res.once("close", () => {
      const status = res.statusCode;
      const line = { req: { id, method: req.method, path: req.originalUrl.split("?")[0] }, res: { status }, responseTime: Date.now() - started, ...(res.locals.handled as HandledFacts | undefined) };
      if (status >= 500) log.error({ ...line, err: `failed with status code ${status}` }, "request errored");
      else log[status >= 400 ? "warn" : "info"](line, res.writableFinished ? "request completed" : "request aborted");
    });
    next();
  };
}
