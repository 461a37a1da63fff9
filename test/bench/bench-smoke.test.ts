import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

// Not a speed test: it checks that `npm run bench -- --quick` runs all three targets (and the
// middleware reference) and writes its JSON in the agreed shape. The numbers live in bench/results/latest.json.
describe("npm run bench -- --quick", () => {
  it("runs the three targets and writes the results JSON", () => {
    const out = join(mkdtempSync(join(tmpdir(), "akut-bench-")), "quick.json");
    const run = spawnSync("npm", ["run", "--silent", "bench", "--", "--quick", "--out", out], { cwd: root, encoding: "utf8", timeout: 150_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\| bare \|/);
    const result = JSON.parse(readFileSync(out, "utf8"));
    expect(Object.keys(result.targets)).toEqual(["bare", "local", "redis"]);
    for (const name of ["bare", "local", "redis"]) {
      expect(result.targets[name].rps, name).toBeGreaterThan(0);
      expect(result.targets[name]).toHaveProperty("p999_ms");
    }
    expect(result.targets.local.ratio).toBeGreaterThan(0);
    expect(result.reference.middleware.rps).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/\| middleware \|/);
    expect(result.rounds).toBe(1);
    for (const name of ["bare", "local", "redis"]) expect(result.rps_by_round[name], name).toEqual([result.targets[name].rps]);
    if (process.platform === "linux") for (const name of ["bare", "local", "redis"]) expect(result.cpu_us_per_request[name], name).toBeGreaterThan(0);
    expect(result.errors).toEqual({ bare: 0, middleware: 0, local: 0, redis: 0 });
    expect(result.triage_us.p50).toBeGreaterThan(0);
    expect(result.redis_bytes_per_conversation).toBeGreaterThan(0);
    expect(result.redis_commands_per_message).toBeGreaterThan(0);
    expect(result.redis_round_trips_per_message).toBeGreaterThan(0);
    expect(result.redis_round_trips_per_message).toBeLessThan(result.redis_commands_per_message);
    expect(typeof result.rss_bytes_per_10k_conversations).toBe("number");
    if (process.platform === "linux") expect(result.rss_bytes_after_1k_conversations).toBeGreaterThan(0);
    expect(result.startup_ms).toBeGreaterThan(0);
    for (const name of ["local", "redis"]) expect(result.latency_at_5rps[name].p99_ms, name).toBeGreaterThanOrEqual(result.latency_at_5rps[name].p50_ms);
    expect(result.latency_at_5rps.local.p50_ms).toBeGreaterThan(0);
    expect(result.triage_in_server_us.p50).toBeGreaterThan(0);
    expect(Date.parse(result.at)).not.toBeNaN();
  }, 160_000);
});
