import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, inject, it } from "vitest";
import { freePort } from "../support/redis-server.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => { for (const c of children) c.kill("SIGKILL"); });

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(join(root, "node_modules/.bin/tsx"), ["src/server.ts"], { cwd: root, env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: "warn" }, stdio: "ignore" });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)));
  return { child, url };
}

async function until(check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the server process killed with an escalation pending", () => {
  it("fires the re-page after a restart, and only once", async () => {
    const outbox = join(mkdtempSync(join(tmpdir(), "akut-")), "outbox.jsonl");
    const env = {
      REDIS_URL: inject("redisUrl"), REDIS_KEY_PREFIX: `restart-${randomUUID().slice(0, 8)}`, OUTBOX_FILE: outbox,
      DOCTOR_PHONE: "+4520000001", ACK_MINUTES_EMERGENCY: "0.05", TIMER_TICK_MS: "200", NODE_ENV: "development",
    };
    const lines = () => (existsSync(outbox) ? readFileSync(outbox, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { body: string; kind: string }) : []);
    const first = await startServer(env);
    const res = await fetch(`${first.url}/sms`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "From=%2B4512300001&MessageSid=SMrestart000001&Body=Jeg+kan+ikke+synke" });
    expect(await res.text()).toMatch(/Ring 112 nu/);
    await until(() => lines().length > 0);
    expect(lines().map((l) => l.body)).toEqual([expect.stringMatching(/^K1 AKUT/)]);
    first.child.kill("SIGKILL");

    await startServer(env);
    await until(() => lines().some((l) => l.body.startsWith("PÅMINDELSE")));
    await new Promise((r) => setTimeout(r, 1_000));
    const repages = lines().filter((l) => l.body.startsWith("PÅMINDELSE"));
    expect(repages).toHaveLength(1);
    expect(repages[0]!.body).toMatch(/K1 AKUT/);
  }, 40_000);
});
