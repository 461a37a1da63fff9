import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";

// A real redis-server for the tests, on a free port; Debian's redis-server package.
export interface RedisProcess {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Signals this test's own redis-server: SIGSTOP pauses it where it stands, SIGCONT resumes it. */
  signal(signal: NodeJS.Signals): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPing(url: string, up: boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 500 });
    client.on("error", () => undefined);
    const ok = await client.connect().then(() => client.ping()).then(() => true, () => false);
    client.disconnect();
    if (ok === up) return;
    if (Date.now() > deadline) throw new Error(`redis-server did not ${up ? "start" : "stop"} on ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** With `persistent`, data survives a stop and start (append-only file, synced on every write). */
export async function startRedisServer(options: { persistent?: boolean } = {}): Promise<RedisProcess> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const durability = options.persistent
    ? ["--appendonly", "yes", "--appendfsync", "always", "--dir", mkdtempSync(join(tmpdir(), "akut-redis-"))]
    : ["--appendonly", "no"];
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", ...durability], { stdio: "ignore" });
    child.once("error", (err) => { throw new Error(`redis-server could not start (install Debian's redis-server): ${err.message}`); });
    await waitForPing(url, true);
  };
  const stop = async () => {
    if (!child) return;
    child.kill("SIGCONT");
    child.kill("SIGTERM");
    child = null;
    await waitForPing(url, false);
  };
  await start();
  return { url, port, start, stop, signal: (signal) => void child?.kill(signal) };
}
