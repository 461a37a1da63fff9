import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

// Wires the compiled bot with these settings in a fresh Node process (the test runner's own
// module cache would hide what the bot loads) and names the packages it has loaded.
function loadedWith(env: Record<string, string>): string[] {
  const script = `
    import { createRequire } from "node:module";
    const { loadConfig } = await import("./dist/config.js");
    const { wire } = await import("./dist/wiring.js");
    wire(loadConfig(${JSON.stringify(env)}), { print: () => undefined });
    const files = Object.keys(createRequire(import.meta.url).cache);
    const packages = files.map((f) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(f)?.[1]).filter(Boolean);
    // twilio's signature check alone is always there; its REST client is what counts.
    if (files.some((f) => f.includes("/twilio/lib/rest/"))) packages.push("twilio REST client");
    process.stdout.write(JSON.stringify([...new Set(packages)]));
    process.exit(0);`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8", timeout: 30_000 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as string[];
}

const HEAVY = ["bullmq", "ioredis", "openai", "twilio REST client"];

describe("start-up", () => {
  it("in local mode, loads neither BullMQ, ioredis, OpenAI nor Twilio's REST client", () => {
    const loaded = loadedWith({ TWILIO_AUTH_TOKEN: "a-local-auth-token-0123456789" });
    for (const name of HEAVY) expect(loaded, name).not.toContain(name);
  });

  it("loads each of them when its settings are there", () => {
    const loaded = loadedWith({
      REDIS_URL: "redis://127.0.0.1:1",
      TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`,
      TWILIO_AUTH_TOKEN: "an-auth-token-0123456789",
      TWILIO_FROM: "+4512345678",
      OPENAI_API_KEY: "sk-test",
    });
    for (const name of HEAVY) expect(loaded, name).toContain(name);
  });
});
