import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { wire, type Wired } from "./wiring.js";
import { checkWritableFiles } from "./writable-files.js";

function fail(message: string): never {
  process.stderr.write(`akutlinje: ${message}\n`);
  process.exit(1);
}

/** Why listen() failed, in words the person starting the bot can act on. */
function listenFailure(port: number, err: NodeJS.ErrnoException): string {
  if (err.code === "EADDRINUSE") return `cannot listen on port ${port}: it is already in use (another akutlinje, or another program; set PORT)`;
  if (err.code === "EACCES") return `cannot listen on port ${port}: permission denied (ports below 1024 need privileges; set PORT)`;
  return `cannot listen on port ${port}: ${err.message}`;
}

/** One line that says what is really running: mode, transport, store and signature check. */
function banner(config: Config, uses: Wired["uses"], port: number): string {
  const mode = config.env === "production" ? "production" : config.twilio ? `${config.env} with real Twilio` : "local mode";
  const signatures = config.authToken ? `Twilio signatures required${config.publicBaseUrl ? ` on ${config.publicBaseUrl}` : ""}` : "no signature check";
  const hint = config.twilio ? "" : ` (POST http://localhost:${port}/sms)`;
  return `akutlinje listening on port ${port}: ${mode}, ${uses.transport}, ${uses.store}, ${signatures}${hint}`;
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
    checkWritableFiles(config);
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const { app, bot, log, stores, uses, close } = wire(config);
  try {
    await stores.connect();
  } catch (err) {
    fail(`cannot reach Redis at REDIS_URL (${(err as Error).message})`);
  }
  let timers: NodeJS.Timeout | undefined;
  // Express 5 hands a listen error (port in use) to this callback instead of throwing it.
  const server: Server = app.listen(config.port, (err?: Error) => {
    if (err) {
      const message = listenFailure(config.port, err as NodeJS.ErrnoException);
      log.fatal({ code: (err as NodeJS.ErrnoException).code, port: config.port }, "cannot listen");
      process.stderr.write(`akutlinje: ${message}\n`);
      setTimeout(() => process.exit(1), 5_000).unref();
      void close().finally(() => process.exit(1));
      return;
    }
    const port = (server.address() as AddressInfo).port;
    log.info({ port, mode: config.env, transport: uses.transport, store: uses.store, signatures: Boolean(config.authToken) }, "akutlinje listening");
    process.stdout.write(`${banner(config, uses, port)}\n`);
    // One tick at a time: a slow tick (Redis down) is not stacked on by the next.
    let ticking = false;
    timers = setInterval(() => {
      if (ticking) return;
      ticking = true;
      void bot.tick().catch((err: Error) => log.error({ err: err.message }, "timer tick failed")).finally(() => (ticking = false));
    }, config.tickMs);
  });

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
