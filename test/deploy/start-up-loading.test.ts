import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

// Wires the compiled bot with these settings in a fresh Node process (the test runner's own
// module cache would hide what the bot loads), asks it for the given pages, and names the
// packages it has loaded.
function loadedWith(env: Record<string, string>, pages: string[] = []): string[] {
  const script = `
    import { createRequire } from "node:module";
    const { loadConfig } = await import("./dist/config.js");
    const { wire } = await import("./dist/wiring.js");
    const { app } = wire(loadConfig(${JSON.stringify(env)}), { print: () => undefined });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    for (const page of ${JSON.stringify(pages)}) await (await fetch("http://127.0.0.1:" + server.address().port + page)).text();
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
// The console's packages that load as CommonJS, where the test can see them.
const CONSOLE = ["express-session", "cookie-parser", "qrcode"];
const LOCAL = { TWILIO_AUTH_TOKEN: "a-local-auth-token-0123456789" };

describe("start-up", () => {
  it("in local mode, loads neither BullMQ, ioredis, OpenAI nor Twilio's REST client", () => {
    const loaded = loadedWith(LOCAL);
    for (const name of HEAVY) expect(loaded, name).not.toContain(name);
  });

  it("loads the console's packages when the console is first asked for, not before", () => {
    const answered = loadedWith(LOCAL, ["/healthz"]);
    for (const name of CONSOLE) expect(answered, name).not.toContain(name);
    const asked = loadedWith(LOCAL, ["/console/login"]);
    for (const name of CONSOLE) expect(asked, name).toContain(name);
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
