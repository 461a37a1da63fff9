import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));

// The chat runs its own bot and server: it is started as a process group of its own, and the
// group is killed whatever happens.
function chat(input: string): Promise<string> {
  const child = spawn(tsx, ["src/cli/chat-cli.ts"], { cwd: root, detached: true, env: { ...process.env, OPENAI_API_KEY: "", REDIS_URL: "", TWILIO_ACCOUNT_SID: "" }, stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out += String(d)));
  child.stderr.on("data", (d) => (out += String(d)));
  child.stdin.end(input);
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`chat did not end:\n${out}`)), 30_000);
    child.once("exit", () => resolve(out));
    child.once("error", reject);
    void timer;
  }).finally(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // The group is gone already.
    }
  });
}

describe("npm run chat", () => {
  it("gives the chat patient a treatment, whose check-in arrives when /time moves the clock on", async () => {
    // A day on, and then six hours twice: at whatever hour the test runs, one of these falls
    // inside the check-in window after the day-1 check-in is due.
    const out = await chat("/treatment masseter\n/time +1d\n/time +6h\n/time +6h\n/quit\n");
    expect(out).toMatch(/behandling gemt \(masseter, 0 dage siden\)\. Opfølgning: dag 1 /);
    expect(out).toMatch(/bot -> patienten \(SMS\): Klinikken her\. Hvordan går det\? Svar 1 hvis alt er fint/);
  }, 40_000);
});
