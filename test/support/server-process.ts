import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "./redis-server.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface ServerProcess {
  /** The node process that runs the server itself (no wrapper), leader of its own process group. */
  pid: number;
  port: number;
  baseUrl: string;
  /** What it printed so far, stdout and stderr together. */
  output(): string;
  /** Signals the whole group (SIGTERM unless told) and resolves with the exit code (null when killed). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** SIGKILL to the whole group, at once: a crash. */
  kill9(): void;
}

// Groups still running when this test worker ends are killed with it, whatever the tests did.
const running = new Set<number>();
process.once("exit", () => {
  for (const pid of running) killGroup(pid, "SIGKILL");
});

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/**
 * Starts the real server as production does (node dist/server.js) or from source
 * (node --import tsx src/server.ts): node itself, never a wrapper that a kill would miss.
 * It leads its own process group, listens on a free port, and is ready when /healthz answers 200.
 */
export async function startServerProcess(opts: { env: Record<string, string>; entry?: "tsx" | "dist" }): Promise<ServerProcess> {
  const port = await freePort();
  const args = opts.entry === "dist" ? ["dist/server.js"] : ["--import", "tsx", "src/server.ts"];
  // Only what the test names, so a REDIS_URL or .env of the developer's never leaks in; the
  // suite's marker (test/support/global-leftovers.ts) goes along to find what is left behind.
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", ...opts.env, PORT: String(port) };
  if (process.env.AKUTLINJE_SUITE) env.AKUTLINJE_SUITE = process.env.AKUTLINJE_SUITE;
  const child = spawn(process.execPath, args, { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const pid = child.pid!;
  running.add(pid);
  let printed = "";
  child.stdout.on("data", (c: Buffer) => (printed += c.toString()));
  child.stderr.on("data", (c: Buffer) => (printed += c.toString()));
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      exitCode = code;
      running.delete(pid);
      killGroup(pid, "SIGKILL");
      resolve(code);
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (!(await fetch(`${baseUrl}/healthz`).then((r) => r.status === 200, () => false))) {
    if (exitCode !== undefined || Date.now() > deadline) {
      killGroup(pid, "SIGKILL");
      await exited;
      throw new Error(`the server did not come up (exit ${exitCode}):\n${printed}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    pid,
    port,
    baseUrl,
    output: () => printed,
    async stop(signal = "SIGTERM") {
      if (exitCode !== undefined) return exitCode;
      killGroup(pid, signal);
      // A server that ignores the signal is not left behind either.
      const timer = setTimeout(() => killGroup(pid, "SIGKILL"), 15_000);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
    kill9: () => killGroup(pid, "SIGKILL"),
  };
}
