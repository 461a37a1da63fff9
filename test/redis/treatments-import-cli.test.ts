import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { describe, expect, inject, it } from "vitest";
import { redisTreatments } from "../../src/store/redis-treatments.js";
import { treatmentId } from "../../src/treatments/treatment.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
// "28-11-2026 07:11" in Copenhagen, as Danish Excel writes a date and time.
const danish = (at: number) => {
  const p = Object.fromEntries(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}`;
};

describe("npm run treatments -- import", () => {
  it("imports nothing from a file with a bad row, the good rows with --skip-bad, and an external id only once", async () => {
    const prefix = `imp-${randomUUID().slice(0, 8)}`;
    const env = { ...process.env, REDIS_URL: inject("redisUrl"), REDIS_KEY_PREFIX: prefix, TWILIO_ACCOUNT_SID: "" };
    const file = join(mkdtempSync(join(tmpdir(), "akut-")), "treatments.csv");
    const good = `G-${prefix}`;
    writeFileSync(file, `\uFEFFexternal_id;phone;treated_at;areas;units;checkin_consent\n${good};20 12 34 56;${danish(Date.now() - 2 * 3_600_000)};pande;"12,5";ja\nBAD-1;20 12 34 57;${danish(Date.now() + 3 * 86_400_000)};pande;10;ja\n`);
    const run = (...flags: string[]) => spawnSync(tsx, ["src/cli/treatments-cli.ts", "import", file, ...flags], { cwd: root, env, encoding: "utf8" });

    const refused = run();
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/^line 3 \(BAD-1\): treated_at: is in the future\nnothing imported: 1 bad row\(s\)/);
    const redis = new Redis(inject("redisUrl"));
    try {
      const store = redisTreatments(redis, { prefix, ttlMs: 30 * 86_400_000 });
      expect(await store.get(treatmentId(good))).toBeNull();

      const skipped = run("--skip-bad");
      expect(skipped.status).toBe(0);
      expect(skipped.stdout).toMatch(/imported 1, already there 0, skipped 1 bad\./);
      const stored = (await store.get(treatmentId(good)))!;
      expect(stored).toMatchObject({ phone: "+4520123456", areas: ["forehead"], units: 12.5, checkinConsent: true });
      const queue = new Queue("timers", { connection: { url: inject("redisUrl") }, prefix: `{${prefix}-bull}` });
      const job = await queue.getJob(`checkin-${stored.id}-${stored.checkin!.snapshot.context.dueAt}`);
      expect(await job?.getState()).toBe("delayed");
      await queue.close();

      expect(run("--skip-bad").stdout).toMatch(/imported 0, already there 1, skipped 1 bad\./);
    } finally {
      redis.disconnect();
    }
  }, 60_000);
});
