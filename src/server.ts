import type { Server } from "node:http";
import { ConfigError, loadConfig } from "./config.js";
import { wire } from "./wiring.js";

const TICK_MS = 5_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`akutlinje: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const { app, bot, log, stores } = wire(config);
  try {
    await stores.connect();
  } catch (err) {
    process.stderr.write(`akutlinje: cannot reach Redis at REDIS_URL (${(err as Error).message})\n`);
    process.exit(1);
  }
  const server: Server = app.listen(config.port, () => {
    const mode = config.twilio ? "production (Twilio)" : "local mode (console transport, memory store)";
    log.info({ port: config.port, mode, signatures: Boolean(config.authToken) }, "akutlinje listening");
    if (!config.twilio) process.stdout.write(`akutlinje: ${mode} on http://localhost:${config.port} (POST /sms)\n`);
  });
  const timers = setInterval(() => void bot.tick().catch((err: Error) => log.error({ err: err.message }, "timer tick failed")), TICK_MS);

  const shutdown = (signal: string) => {
    log.info({ signal }, "shutting down");
    clearInterval(timers);
    server.close(() => void stores.close().finally(() => process.exit(0)));
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

await main();
