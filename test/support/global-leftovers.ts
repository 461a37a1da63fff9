import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";

// Every process the suite starts carries this marker in its environment (spawned children
// inherit it; test/support/server-process.ts passes it on). After the last test, a server or
// redis-server that still carries it was left behind: it is killed and the run fails.
const SERVER = /(src\/server\.ts|dist\/server\.js|bench\/targets\/|bench\/load-generator|redis-server|chromium)/;

export interface Leftover {
  pid: number;
  command: string;
}

export function processesMarked(marker: string): Leftover[] {
  const found: Leftover[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, "utf8").split("\0");
      if (!environ.includes(`AKUTLINJE_SUITE=${marker}`)) continue;
      const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").join(" ").trim();
      if (SERVER.test(command)) found.push({ pid: Number(entry), command });
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

export default function setup() {
  const marker = randomUUID();
  process.env.AKUTLINJE_SUITE = marker;
  return async () => {
    // A server stopped by the last test may take a moment to be gone.
    let left = processesMarked(marker);
    for (let i = 0; i < 50 && left.length > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      left = processesMarked(marker);
    }
    if (left.length === 0) return;
    for (const { pid } of left) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
    process.exitCode = 1;
    throw new Error(`the test suite left ${left.length} process(es) running (now killed):\n${left.map((p) => `  ${p.pid} ${p.command}`).join("\n")}`);
  };
}
