import { spawn, spawnSync } from "node:child_process";
import { request } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { freePort } from "../support/redis-server.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("start-up", () => {
  it("fails fast with a clear message when REDIS_URL is set but unreachable", async () => {
    const port = await freePort();
    const run = spawnSync(join(root, "node_modules/.bin/tsx"), ["src/server.ts"], {
      cwd: root, encoding: "utf8", timeout: 20_000,
      env: { ...process.env, PORT: "0", REDIS_URL: `redis://127.0.0.1:${port}` },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot reach Redis at REDIS_URL/);
  });
});

describe("SIGTERM", () => {
  it("stops taking requests, finishes the one in flight, closes Redis and exits 0", async () => {
    const port = await freePort();
    const child = spawn(join(root, "node_modules/.bin/tsx"), ["src/server.ts"], {
      cwd: root, stdio: "ignore",
      env: { ...process.env, PORT: String(port), REDIS_URL: inject("redisUrl"), REDIS_KEY_PREFIX: "shutdown", LOG_LEVEL: "warn" },
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 200 && !(await fetch(`${base}/readyz`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));

    const body = "From=%2B4512399999&MessageSid=SMshutdown00001&Body=Hvad+er+botox%3F";
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(`${base}/sms`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body), connection: "close" } }, (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode!, text }));
      });
      req.on("error", reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        child.kill("SIGTERM");
        setTimeout(() => req.end(body.slice(20)), 300);
      }, 200);
    });
    const done = await inFlight;
    expect(done.status).toBe(200);
    expect(done.text).toMatch(/botulinum/);
    expect(await exited).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 30_000);
});
