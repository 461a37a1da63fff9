import type { Logger } from "pino";
import type pino from "pino";
import { buildApp } from "./app.js";
import { createBot, type StaffBot } from "./bot/bot.js";
import { FallbackLog } from "./bot/fallback-log.js";
import { onCall } from "./bot/on-call.js";
import { openAiAssist } from "./assist/openai-assist.js";
import type { Config } from "./config.js";
import { createLogger } from "./log/logger.js";
import { MediaLinks } from "./media/media-links.js";
import { memoryStores } from "./store/memory-store.js";
import { memoryTreatments } from "./store/memory-treatments.js";
import { connectRedis, redisStores } from "./store/redis-store.js";
import { redisTreatments } from "./store/redis-treatments.js";
import type { Stores } from "./store/store.js";
import type { TreatmentStore } from "./store/treatment-store.js";
import { ConsoleTransport, printReadably, type OutboxLine } from "./transport/console-transport.js";
import type { Outbound } from "./transport/outbound.js";
import { ReliableOutbound } from "./transport/reliable-outbound.js";
import { bullQueues } from "./queue/job-queues.js";
import { inProcessQueues } from "./queue/in-process-queues.js";
import { createTwilioClient, TwilioTransport, type TwilioClient } from "./transport/twilio-transport.js";

export interface Overrides {
  now?: () => number;
  twilioClient?: TwilioClient;
  print?: (line: OutboxLine) => void;
  logDestination?: pino.DestinationStream;
  stores?: Stores;
}

export interface Wired {
  app: ReturnType<typeof buildApp>;
  bot: StaffBot;
  stores: Stores;
  treatments: TreatmentStore;
  log: Logger;
  now: () => number;
  /** What was really built, for the start-up banner: "Redis store at host:port", "Twilio transport". */
  uses: { store: string; transport: string };
  /** Closes the queue workers and the store connection. */
  close(): Promise<void>;
}

/** Builds the whole bot from its configuration: production with Twilio, or local mode. */
export function wire(config: Config, overrides: Overrides = {}): Wired {
  const now = overrides.now ?? Date.now;
  const log = createLogger(config.logLevel, overrides.logDestination);
  // Treatments share the store's Redis connection (opened and closed with it).
  const redis = config.redis && !overrides.stores ? connectRedis(config.redis.url, log) : null;
  const stores = overrides.stores ?? (redis ? redisStores(redis, { prefix: config.redis!.prefix, ttlMs: config.dataTtlMs, auditTtlMs: config.auditTtlMs }) : memoryStores(now, { ttlMs: config.dataTtlMs, auditTtlMs: config.auditTtlMs }));
  const treatments = redis ? redisTreatments(redis, { prefix: config.redis!.prefix, ttlMs: config.dataTtlMs }) : memoryTreatments(now, { ttlMs: config.dataTtlMs });
  const baseUrl = config.publicBaseUrl ?? `http://localhost:${config.port}`;
  const transport: Outbound = config.twilio
    ? new TwilioTransport(
        overrides.twilioClient ?? createTwilioClient(config.twilio.accountSid, config.twilio.authToken, config.twilioTimeoutMs),
        config.twilio.from,
        config.publicBaseUrl ? `${config.publicBaseUrl}/twilio/status` : undefined,
      )
    : new ConsoleTransport(overrides.print ?? printReadably, config.outboxFile, now, log);
  const outbound = new ReliableOutbound(transport, { attempts: config.outbound.attempts, baseDelayMs: config.outbound.retryMs }, log);
  const links = config.twilio ? new MediaLinks(config.mediaSigningSecret, baseUrl, config.mediaLinkMinutes * 60_000) : null;
  const retry = { attempts: config.outbound.attempts, backoffMs: Math.max(config.outbound.retryMs, 1), log };
  const jobs = config.redis && !overrides.stores ? bullQueues({ url: config.redis.url, prefix: config.redis.prefix, ttlMs: config.dataTtlMs, ...retry }) : inProcessQueues(retry);
  const assist = config.assist ? openAiAssist({ ...config.assist, log }) : null;
  const bot = createBot({ config, stores, treatments, outbound, transport, now, log, links, jobs, assist, fallback: new FallbackLog(config.fallbackLog, log), onCall: onCall(config, stores, log) });
  const ready = async () => (await stores.ping()) && (await jobs.ping());
  const app = buildApp({ config, bot, console: { bot, treatments }, stores, ready, links, log, now, treatments: bot.treatments });
  const close = async () => {
    await jobs.close();
    await stores.close();
  };
  const uses = {
    // Host and port only: a REDIS_URL may carry a password.
    store: overrides.stores ? "store given by the caller" : config.redis ? `Redis store at ${new URL(config.redis.url).host}` : "memory store",
    transport: config.twilio ? "Twilio transport" : "console transport",
  };
  return { app, bot, stores, treatments, log, now, uses, close };
}
