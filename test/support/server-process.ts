import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "./redis-server.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface ServerProcess {
  pid: number;
  port: number;
  baseUrl: string;
  /** What the server wrote to stdout and stderr so far. */
  output(): string;
  /** Signals the whole process group (SIGTERM by default) and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** kill -9 of the whole process group: the server dies where it stands. */
  kill9(): void;
}

/**
 * The server as its own process: node itself (no npm or tsx wrapper in between, so a signal
 * reaches the server), detached as its own process group, on a free port. Resolves once
 * /healthz answers 200.
 */
export async function startServerProcess(opts: { env: Record<string, string>; entry?: "tsx" | "dist" }): Promise<ServerProcess> {
  const port = await freePort();
  const args = opts.entry === "dist" ? ["dist/server.js"] : ["--import", "tsx", "src/server.ts"];
  const child = spawn(process.execPath, args, {
    cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...opts.env, PORT: String(port) },
  });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk) => void (output = (output + String(chunk)).slice(-100_000)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  const pid = child.pid!;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  const baseUrl = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 20_000;
  while (!(await fetch(`${baseUrl}/healthz`).then((r) => r.status === 200, () => false))) {
    if (gone || Date.now() > deadline) {
      signalGroup("SIGKILL");
      throw new Error(`server did not come up on port ${port}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    pid, port, baseUrl,
    output: () => output,
    async stop(signal = "SIGTERM") {
      signalGroup(signal);
      // A server that does not stop within its own shutdown grace is killed.
      const timer = setTimeout(() => signalGroup("SIGKILL"), 15_000);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
    kill9: () => signalGroup("SIGKILL"),
  };
}
