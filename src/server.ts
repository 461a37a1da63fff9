import type { Server } from "node:http";
import { ConfigError, loadConfig } from "./config.js";
import { wire } from "./wiring.js";
import { checkWritableFiles } from "./writable-files.js";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
    checkWritableFiles(config);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`akutlinje: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const { app, bot, log, stores, close } = wire(config);
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
  // One tick at a time: a slow tick (Redis down) is not stacked on by the next.
  let ticking = false;
  const timers = setInterval(() => {
    if (ticking) return;
    ticking = true;
    void bot.tick().catch((err: Error) => log.error({ err: err.message }, "timer tick failed")).finally(() => (ticking = false));
  }, config.tickMs);

  const shutdown = (signal: string) => {
    log.info({ signal }, "shutting down");
    clearInterval(timers);
    // Stop accepting, let requests in flight finish, then close the store and exit.
    server.close(() => void close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

await main();
