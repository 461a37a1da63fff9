import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, inject, it } from "vitest";
import { startServerProcess, type ServerProcess } from "../support/server-process.js";

const started: ServerProcess[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.stop("SIGKILL")));
});

async function until(check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("the server process killed with an escalation pending", () => {
  it("is really gone after kill -9, and the next server fires the re-page, only once", async () => {
    const outbox = join(mkdtempSync(join(tmpdir(), "akut-")), "outbox.jsonl");
    const env = {
      REDIS_URL: inject("redisUrl"), REDIS_KEY_PREFIX: `restart-${randomUUID().slice(0, 8)}`, OUTBOX_FILE: outbox,
      DOCTOR_PHONE: "+4520000001", ACK_MINUTES_EMERGENCY: "0.05", TIMER_TICK_MS: "200", NODE_ENV: "development",
    };
    const lines = () => (existsSync(outbox) ? readFileSync(outbox, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { body: string; kind: string }) : []);
    const first = await startServerProcess({ env });
    started.push(first);
    const res = await fetch(`${first.baseUrl}/sms`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "From=%2B4512300001&MessageSid=SMrestart000001&Body=Jeg+kan+ikke+synke" });
    expect(await res.text()).toMatch(/Ring 112 nu/);
    await until(() => lines().length > 0);
    expect(lines().map((l) => l.body)).toEqual([expect.stringMatching(/^K1 AKUT/)]);

    first.kill9();
    // The node process that served is dead, not just a wrapper around it: nothing of it can
    // fire the re-page below.
    await until(() => !alive(first.pid), 5_000);
    await expect(fetch(`${first.baseUrl}/healthz`)).rejects.toThrow();
    expect(await first.stop()).toBeNull();

    started.push(await startServerProcess({ env }));
    await until(() => lines().some((l) => l.body.startsWith("PÅMINDELSE")));
    await new Promise((r) => setTimeout(r, 1_000));
    const repages = lines().filter((l) => l.body.startsWith("PÅMINDELSE"));
    expect(repages).toHaveLength(1);
    expect(repages[0]!.body).toMatch(/K1 AKUT/);
  }, 40_000);
});
