import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, inject, it } from "vitest";
import { freePort } from "../support/redis-server.js";
import { startServerProcess, type ServerProcess } from "../support/server-process.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const started: ServerProcess[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.stop("SIGKILL")));
});

const PRODUCTION = {
  NODE_ENV: "production",
  TWILIO_ACCOUNT_SID: "AC" + "0123456789abcdef".repeat(2),
  TWILIO_AUTH_TOKEN: "test-auth-token-0123456789",
  TWILIO_FROM: "+4593909978",
  PUBLIC_BASE_URL: "https://akutlinje.test",
  DOCTOR_PHONE: "+4520000001",
};

/**
 * Runs a command that should end by itself (a refused start), as a process group of its own;
 * if it is still running after `ms`, the group is killed and the result says so.
 */
async function runToExit(command: string, args: string[], options: { env: Record<string, string>; cwd?: string; ms?: number }) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", ...options.env };
  if (process.env.AKUTLINJE_SUITE) env.AKUTLINJE_SUITE = process.env.AKUTLINJE_SUITE;
  const child = spawn(command, args, { cwd: options.cwd ?? root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid!, "SIGKILL");
  }, options.ms ?? 15_000);
  const status = await new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  clearTimeout(timer);
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // Nothing of the group is left.
  }
  return { status, stdout, stderr, timedOut };
}

const runServer = (env: Record<string, string>) => runToExit(process.execPath, ["--import", "tsx", "src/server.ts"], { env });

describe("start-up", () => {
  it("fails fast with a clear message when REDIS_URL is set but unreachable", async () => {
    const port = await freePort();
    const run = await runServer({ PORT: "0", REDIS_URL: `redis://127.0.0.1:${port}` });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot reach Redis at REDIS_URL/);
  });

  it("exits 1 with the reason when its port is already in use, and never says it is listening", async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = await runServer({ PORT: String(port), LOG_LEVEL: "info" });
      expect(run.timedOut).toBe(false);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`cannot listen on port ${port}: it is already in use`));
      expect(run.stdout + run.stderr).not.toMatch(/listening/);
    } finally {
      taken.close();
    }
  });

  it("names the store and the transport it really uses", async () => {
    const onRedis = await startServerProcess({ env: { REDIS_URL: inject("redisUrl"), REDIS_KEY_PREFIX: "banner" } });
    started.push(onRedis);
    const redisHost = new URL(inject("redisUrl")).host;
    expect(onRedis.output()).toMatch(new RegExp(`local mode, console transport, Redis store at ${redisHost}`));
    expect(onRedis.output()).not.toMatch(/memory store/);

    const inMemory = await startServerProcess({ env: {} });
    started.push(inMemory);
    expect(inMemory.output()).toMatch(/local mode, console transport, memory store/);

    const live = await startServerProcess({ env: PRODUCTION });
    started.push(live);
    expect(live.output()).toMatch(/production, Twilio transport, memory store, Twilio signatures required/);
  });
});

describe("npm run start:prod", () => {
  // The script exactly as package.json has it, run by the shell in a folder of its own
  // (with the built dist/ linked in), so the test's .env is the one it finds.
  const script = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts["start:prod"] as string;
  const folderWith = (dotEnv: string | null) => {
    const dir = mkdtempSync(join(tmpdir(), "akut-prod-"));
    symlinkSync(join(root, "dist"), join(dir, "dist"));
    if (dotEnv !== null) writeFileSync(join(dir, ".env"), dotEnv);
    return dir;
  };

  it("reads its settings from .env and runs in production with Twilio", async () => {
    const port = await freePort();
    const dotEnv = Object.entries({ ...PRODUCTION, NODE_ENV: "development", PORT: String(port) }).map(([k, v]) => `${k}=${v}`).join("\n");
    const dir = folderWith(dotEnv);
    const env: Record<string, string> = { PATH: process.env.PATH ?? "" };
    if (process.env.AKUTLINJE_SUITE) env.AKUTLINJE_SUITE = process.env.AKUTLINJE_SUITE;
    const child = spawn("sh", ["-c", script], { cwd: dir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let printed = "";
    child.stdout.on("data", (c: Buffer) => (printed += c.toString()));
    child.stderr.on("data", (c: Buffer) => (printed += c.toString()));
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      const deadline = Date.now() + 15_000;
      while (!(await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(printed).toMatch(/production, Twilio transport/);
      // Production checks signatures on the public URL: an unsigned webhook is refused.
      const res = await fetch(`http://127.0.0.1:${port}/sms`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "From=%2B4512399998&MessageSid=SMprod000000001&Body=Hej" });
      expect(res.status).toBe(403);
    } finally {
      process.kill(-child.pid!, "SIGTERM");
      await exited;
    }
  });

  it("without .env, refuses to start in local mode and names what production lacks", async () => {
    const run = await runToExit("sh", ["-c", script], { env: { PORT: String(await freePort()) }, cwd: folderWith(null) });
    expect(run.timedOut).toBe(false);
    expect(run.status).toBe(1);
    for (const name of ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "PUBLIC_BASE_URL", "DOCTOR_PHONE"]) expect(run.stderr).toMatch(new RegExp(`${name} is required when NODE_ENV=production`));
  });
});

describe("SIGTERM", () => {
  it("stops taking requests, finishes the one in flight, closes Redis and exits 0", async () => {
    const server = await startServerProcess({ env: { REDIS_URL: inject("redisUrl"), REDIS_KEY_PREFIX: "shutdown" } });
    started.push(server);
    const base = server.baseUrl;
    for (let i = 0; i < 200 && !(await fetch(`${base}/readyz`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));

    const body = "From=%2B4512399999&MessageSid=SMshutdown00001&Body=Hvad+er+botox%3F";
    let stopped: Promise<number | null> | undefined;
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(`${base}/sms`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body), connection: "close" } }, (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode!, text }));
      });
      req.on("error", reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        stopped = server.stop("SIGTERM");
        setTimeout(() => req.end(body.slice(20)), 300);
      }, 200);
    });
    const done = await inFlight;
    expect(done.status).toBe(200);
    expect(done.text).toMatch(/botulinum/);
    expect(await stopped).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 30_000);
});
