import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { memoryStores } from "../../src/store/memory-store.js";
import type { OutboxLine } from "../../src/transport/console-transport.js";
import { wire } from "../../src/wiring.js";
import { faultyStores } from "../support/faulty-stores.js";
import { buildInboundSms, DOCTOR, startHarness, THURSDAY_EVENING, type Harness } from "../support/harness.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A path that no one can write, root included: its directory is a regular file. */
function unwritablePath(): string {
  const dir = mkdtempSync(join(tmpdir(), "akut-"));
  writeFileSync(join(dir, "not-a-dir"), "");
  return join(dir, "not-a-dir", "file.jsonl");
}

describe("a file the configuration names, which cannot be written", () => {
  for (const name of ["FALLBACK_LOG", "OUTBOX_FILE"]) {
    it(`stops the start-up with a message naming ${name}`, () => {
      const path = unwritablePath();
      // node itself, not a wrapper: should it start anyway, the timeout's SIGKILL ends it.
      const run = spawnSync(process.execPath, ["--import", "tsx", "src/server.ts"], {
        cwd: root, encoding: "utf8", timeout: 15_000, killSignal: "SIGKILL",
        env: { ...process.env, PORT: "0", LOG_LEVEL: "warn", REDIS_URL: "", [name]: path },
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${name} (${path}) cannot be written`);
    });
  }

  let h: Harness | undefined;
  afterEach(async () => { await h?.close(); h = undefined; });

  it("still answers a red flag with 112 and pages when the fallback log fails at run time, and keeps the message for replay", async () => {
    const faulty = faultyStores(memoryStores(() => THURSDAY_EVENING));
    h = await startHarness({ FALLBACK_LOG: unwritablePath() }, { stores: faulty.stores });
    faulty.breakFor();
    const fields = buildInboundSms({ Body: "Jeg kan ikke trække vejret" });
    const res = await h.post(fields);
    expect(res.status).toBe(200);
    expect(res.messages[0]).toMatch(/^Ring 112 nu/);
    expect(h.sms.filter((s) => s.to === DOCTOR)).toHaveLength(1);

    faulty.heal();
    await h.bot.tick();
    const inbound = (await h.stores.conversations.transcript(fields.From!)).filter((e) => e.dir === "in").map((e) => e.text);
    expect(inbound).toEqual(["Jeg kan ikke trække vejret"]);
  });

  it("still pages, once and without a fallback call, when OUTBOX_FILE fails at run time in local mode", async () => {
    const printed: OutboxLine[] = [];
    const quiet = new Writable({ write(_c, _e, done) { done(); } });
    const { app, close } = wire(loadConfig({ DOCTOR_PHONE: DOCTOR, OUTBOX_FILE: unwritablePath() }), { print: (l) => printed.push(l), logDestination: quiet });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    try {
      const { port } = server.address() as { port: number };
      const res = await fetch(`http://127.0.0.1:${port}/sms`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(buildInboundSms({ Body: "Jeg kan ikke synke" })).toString() });
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/Ring 112/);
      expect(printed.map((l) => [l.kind, l.to])).toEqual([["sms", DOCTOR]]);
      expect(printed[0]!.body).toMatch(/^K1 AKUT/);
    } finally {
      await new Promise((r) => server.close(r));
      await close();
    }
  });
});
