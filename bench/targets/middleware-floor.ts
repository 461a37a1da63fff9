import { buildApp } from "../../src/app.js";
import type { Bot } from "../../src/bot/bot.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log/logger.js";
import { memoryStores } from "../../src/store/memory-store.js";

// Reference target: the bot's own HTTP stack (the request log, the signature check, zod, TwiML)
// around a bot that answers a fixed text. The distance from bare Express to this is the
// middleware's cost; the distance from this to local mode is the bot's work.
const config = loadConfig();
const bot: Bot = {
  handle: async () => ({ replies: ["Tak for din besked."], facts: { outcome: "patient", triage: "info" } }),
  tick: async () => undefined,
  status: async () => undefined,
};
const app = buildApp({ config, bot, stores: memoryStores(Date.now), ready: async () => true, links: null, log: createLogger(config.logLevel), now: Date.now });
app.listen(config.port, "127.0.0.1");
