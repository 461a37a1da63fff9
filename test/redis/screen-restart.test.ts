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

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("a red-flag screen on Redis when the server dies", () => {
  it("still pages the doctor as urgent after the screen's minutes, from the next server", async () => {
    const outbox = join(mkdtempSync(join(tmpdir(), "akut-")), "outbox.jsonl");
    const env = {
      REDIS_URL: inject("redisUrl"), REDIS_KEY_PREFIX: `screen-${randomUUID().slice(0, 8)}`, OUTBOX_FILE: outbox,
      DOCTOR_PHONE: "+4520000001", SCREEN_MINUTES: "0.05", TIMER_TICK_MS: "200", NODE_ENV: "development",
    };
    const lines = () => (existsSync(outbox) ? readFileSync(outbox, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { to: string; body: string }) : []);
    const first = await startServerProcess({ env });
    started.push(first);
    const body = new URLSearchParams({ From: "+4512300002", MessageSid: "SMscreenrestart0001", Body: "min mand fik botox i går, og nu bliver han ved med at tabe gaflen" });
    const res = await fetch(`${first.baseUrl}/sms`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: body.toString() });
    expect(await res.text()).toMatch(/Svar JA eller NEJ/);
    first.kill9();
    expect(await first.stop()).toBeNull();
    expect(lines()).toEqual([]);

    started.push(await startServerProcess({ env }));
    await until(() => lines().some((l) => l.to === "+4520000001"));
    await new Promise((r) => setTimeout(r, 1_000));
    const pages = lines().filter((l) => l.to === "+4520000001");
    expect(pages).toHaveLength(1);
    expect(pages[0]!.body).toMatch(/^K\d+ HASTER/);
    expect(pages[0]!.body).toContain("tabe gaflen");
    expect(pages[0]!.body).toMatch(/Har ikke svaret på screeningen/);
  }, 40_000);
});
