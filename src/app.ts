import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import type { Logger } from "pino";
import type { Bot, StaffBot, TreatmentIntake } from "./bot/bot.js";
import type { Config } from "./config.js";
import { mediaProxy } from "./handlers/media-proxy.js";
import { statusCallback } from "./handlers/status-callback.js";
import { treatmentsApi } from "./handlers/treatments-api.js";
import { requireTwilioSignature, smsWebhook } from "./handlers/twilio-webhook.js";
import { requestLog } from "./log/request-log.js";
import type { MediaLinks } from "./media/media-links.js";
import type { Stores } from "./store/store.js";
import type { TreatmentStore } from "./store/treatment-store.js";

export interface AppDeps {
  config: Config;
  bot: Bot;
  /**
   * The clinic console: the bot as the console moves cases on and registers treatments, and
   * the treatments it lists. Without it, no console is mounted.
   */
  console?: { bot: StaffBot; treatments: TreatmentStore };
  stores: Stores;
  /** True when the store (and the queue, where there is one) can be reached. */
  ready(): Promise<boolean>;
  links: MediaLinks | null;
  log: Logger;
  now: () => number;
  /** Treatments from the booking system; the API is mounted only with TREATMENTS_API_TOKEN set. */
  treatments?: TreatmentIntake;
}

/**
 * A handler built by the first request that reaches it: the console's packages (sessions,
 * helmet, CSRF, TOTP, QR codes) are a fifth of a start, and the night's messages never need
 * them. A build that fails is tried again by the next request.
 */
function builtOnFirstUse(build: () => Promise<RequestHandler>): RequestHandler {
  let built: Promise<RequestHandler> | undefined;
  return (req, res, next) => {
    (built ??= build()).then(
      (handler) => handler(req, res, next),
      (err: unknown) => {
        built = undefined;
        next(err);
      },
    );
  };
}

export function buildApp(deps: AppDeps): express.Express {
  const { config } = deps;
  const app = express();
  app.disable("x-powered-by");
  // Twilio does not revalidate webhook answers; an ETag would only cost a hash per reply.
  app.set("etag", false);
  app.set("trust proxy", true);
  app.use(requestLog(deps.log));

  app.get("/healthz", (_req, res) => void res.status(200).json({ status: "ok" }));
  app.get("/readyz", async (_req, res) => {
    const ready = await deps.ready();
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready" });
  });

  const form = express.urlencoded({ extended: false, limit: `${config.maxBodyKb}kb`, parameterLimit: 200 });
  const signed = requireTwilioSignature(config.authToken, config.publicBaseUrl);
  app.post("/sms", form, signed, smsWebhook(deps.bot));
  app.post("/twilio/status", form, signed, statusCallback(deps.bot, deps.log));

  if (deps.treatments && config.treatmentsApiToken) {
    app.use("/api/treatments", treatmentsApi({ token: config.treatmentsApiToken, intake: deps.treatments, now: deps.now, keptMs: config.dataTtlMs }));
  }
  if (deps.links && config.twilio) app.get("/media/:ref/:index", mediaProxy(deps.links, deps.stores.cases, { ...config.twilio, ...config.twilioMedia }, deps.now));

  const staff = deps.console;
  if (staff) {
    app.use(builtOnFirstUse(async () => (await import("./console/console-app.js")).consoleApp({ config, stores: deps.stores, bot: staff.bot, treatments: staff.treatments, now: deps.now, log: deps.log })));
  }

  app.use((_req, res) => void res.status(404).type("text/plain").send("not found"));
  // Body-parser errors keep their 4xx (413 too large, 400 malformed); nothing here answers 5xx to Twilio.
  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = typeof err?.status === "number" && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) deps.log.error({ err: (err as Error).message }, "request failed");
    res.status(status).type("text/plain").send(status === 413 ? "request body too large" : status === 500 ? "internal error" : `bad request: ${(err as Error).message}`);
  };
  app.use(onError);
  return app;
}
