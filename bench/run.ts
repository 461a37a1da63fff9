// npm run bench [-- --quick] [-- --out FILE]
// Drives three targets with autocannon in one run on this machine: (a) bare Express, (b) the
// bot in local mode, (c) the bot on Redis, both as the production build (dist/) runs; then
// measures triage alone, Redis bytes, round trips and commands per message, and memory growth
// per 10,000 conversations in local mode.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { Writable } from "node:stream";
import { loadConfig } from "../src/config.js";
import { assess } from "../src/triage/assess.js";
import { wire } from "../src/wiring.js";
import { freePort, startRedisServer } from "../test/support/redis-server.js";
import { cases, PUBLIC, signedRequest, textFor, TOKEN } from "./requests.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const out = args.includes("--out") ? args[args.indexOf("--out") + 1]! : join(root, "bench/results/latest.json");
const WARMUP_S = quick ? 1 : 3;
const DURATION_S = quick ? 2 : 15;
const CONNECTIONS = quick ? 10 : 50;
const tsx = join(root, "node_modules/.bin/tsx");

// Each load run gets senders of its own: a fresh range of request numbers.
let nextSeq = 1;
const takeSeqs = (count: number) => { const first = nextSeq; nextSeq += count; return first; };

/** Builds dist/ when a source is newer than it: the bot is measured as production runs it. */
function ensureBuilt(): void {
  const newest = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    const path = join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
  const built = (() => { try { return statSync(join(root, "dist/server.js")).mtimeMs; } catch { return 0; } })();
  const sources = Math.max(newest(join(root, "src")), ...["tsconfig.json", "tsconfig.build.json", "package-lock.json"].map((f) => statSync(join(root, f)).mtimeMs));
  if (built > sources) return;
  const tsc = spawnSync(join(root, "node_modules/.bin/tsc"), ["-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  if (tsc.status !== 0) throw new Error("build failed");
}

async function waitHealthy(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}

async function startTarget(script: string, env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const command = script.endsWith(".ts") ? [tsx, script] : [process.execPath, script];
  const child = spawn(command[0]!, command.slice(1), { cwd: root, stdio: "ignore", env: { ...process.env, ...env, PORT: String(port) } });
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url);
  return { child, url };
}

/**
 * Memory growth per 10,000 conversations in local mode, measured in this process with a
 * garbage collection before and after, which the noisy RSS of a loaded server cannot give.
 */
async function bytesPer10kConversations(): Promise<{ rss: number; heap: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const quiet = new Writable({ write(_c, _e, done) { done(); } });
  const { bot } = wire(loadConfig({ LOG_LEVEL: "warn", RATE_LIMIT_PER_MINUTE: "100000" }), { print: () => undefined, logDestination: quiet });
  const n = quick ? 2_000 : 10_000;
  const warm = async (from: number, count: number) => {
    for (let i = from; i < from + count; i++) {
      await bot.handle({ from: `+458${String(i).padStart(7, "0")}`, body: textFor(i), messageSid: `SMmem${i}`, media: [] });
    }
  };
  await warm(0, 500);
  gc?.();
  const before = process.memoryUsage();
  await warm(1_000, n);
  gc?.();
  const after = process.memoryUsage();
  const per10k = (bytes: number) => Math.round((bytes / n) * 10_000);
  return { rss: per10k(after.rss - before.rss), heap: per10k(after.heapUsed - before.heapUsed) };
}

interface LoadResult { rps: number; p50_ms: number; p99_ms: number; p999_ms: number; non2xx: number; requests: number }

/** One autocannon run from a process of its own (bench/load-generator.ts). */
async function load(url: string, seconds: number): Promise<LoadResult> {
  const first = takeSeqs(12_000 * seconds + 1);
  const child = spawn(tsx, ["bench/load-generator.ts", url, String(seconds), String(CONNECTIONS), String(first)], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`load generator exited with ${code}`);
  return JSON.parse(output.trim().split("\n").pop()!) as LoadResult;
}

interface TargetResult extends LoadResult { ratio?: number }

async function measure(url: string): Promise<TargetResult> {
  await load(url, WARMUP_S);
  return load(url, DURATION_S);
}

function triageMicros(): { p50: number; p99: number } {
  const texts = cases.map((c) => c.text);
  for (const t of texts) assess(t);
  const samples: number[] = [];
  for (let round = 0; round < (quick ? 3 : 50); round++) {
    for (const t of texts) {
      const start = process.hrtime.bigint();
      assess(t);
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => Math.round(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]! * 10) / 10;
  return { p50: at(0.5), p99: at(0.99) };
}

async function commandCount(redis: Redis): Promise<number> {
  const info = await redis.info("commandstats");
  return [...info.matchAll(/calls=(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
}

/**
 * Round trips to Redis per message, counted with MONITOR while messages of the mix are sent
 * one at a time: every command a client sends outside a script is one round trip (the bot
 * sends no pipelines on this path). The store's and the queue producer's connections carry
 * the message; the queue's workers (sending the pages afterwards) are counted apart.
 */
async function roundTrips(redisUrl: string, url: string, messages: number): Promise<{ perMessage: number; workerCommands: number }> {
  const admin = new Redis(redisUrl);
  const monitor = await admin.monitor();
  const bySource = new Map<string, number>();
  monitor.on("monitor", (_time: string, _args: string[], source: string) => bySource.set(source, (bySource.get(source) ?? 0) + 1));
  const first = takeSeqs(messages);
  for (let i = 0; i < messages; i++) {
    const next = signedRequest(first + i);
    await fetch(`${url}/sms`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": next.signature }, body: next.body });
  }
  await new Promise((r) => setTimeout(r, 1_500));
  monitor.disconnect();
  const names = new Map(((await admin.client("LIST")) as string).split("\n").map((line) => [/addr=(\S+)/.exec(line)?.[1] ?? "", /name=(\S*)/.exec(line)?.[1] ?? ""]));
  await admin.quit();
  let request = 0;
  let worker = 0;
  for (const [source, count] of bySource) {
    const name = names.get(source);
    if (name === "akutlinje-store" || name === "akutlinje-queue") request += count;
    if (name === "akutlinje-worker") worker += count;
  }
  return { perMessage: round2(request / messages), workerCommands: round2(worker / messages) };
}

async function averageMemory(redis: Redis, pattern: string): Promise<number> {
  const keys: string[] = [];
  let cursor = "0";
  do {
    const [next, found] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 1000);
    cursor = next;
    keys.push(...found);
  } while (cursor !== "0" && keys.length < 2_000);
  if (keys.length === 0) return 0;
  const sizes = await Promise.all(keys.map((k) => redis.memory("USAGE", k)));
  return Math.round(sizes.reduce((a: number, b) => a + Number(b ?? 0), 0) / keys.length);
}

async function main(): Promise<void> {
  // Measured as the after-hours line it is: the clinic is closed today, so review cases wait
  // for the morning digest instead of being digested every tick while the clinic is open.
  const closedToday = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][(new Date().getDay() + 3) % 7]!;
  const common = { TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_BASE_URL: PUBLIC, LOG_LEVEL: "info", NODE_ENV: "development", RATE_LIMIT_PER_MINUTE: "100000", CLINIC_HOURS: `${closedToday} 08:00-16:00` };
  const ownRedis = process.env.REDIS_URL ? null : await startRedisServer();
  const redisUrl = process.env.REDIS_URL ?? ownRedis!.url;
  const prefix = `bench-${Date.now()}`;
  const redis = new Redis(redisUrl);
  const started: ChildProcess[] = [];
  // Triage and memory first, while this process is quiet: the load runs below allocate a lot.
  const triage = triageMicros();
  const memory = await bytesPer10kConversations();
  try {
    const bare = await startTarget("bench/targets/bare-express.ts", {});
    started.push(bare.child);
    const a = await measure(bare.url);
    bare.child.kill();

    ensureBuilt();
    const local = await startTarget("dist/server.js", common);
    started.push(local.child);
    const b = await measure(local.url);
    local.child.kill();

    const onRedis = await startTarget("dist/server.js", { ...common, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix });
    started.push(onRedis.child);
    await load(onRedis.url, WARMUP_S);
    const before = await commandCount(redis);
    const c: TargetResult = await load(onRedis.url, DURATION_S);
    const after = await commandCount(redis);
    const bytesConversation = await averageMemory(redis, `${prefix}:conv:*`);
    const bytesCase = await averageMemory(redis, `${prefix}:{cases}:case:*`);
    const trips = await roundTrips(redisUrl, onRedis.url, quick ? 50 : 400);
    onRedis.child.kill();

    const result = {
      machine: `${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      at: new Date().toISOString(),
      quick,
      targets: {
        bare: { rps: a.rps, p50_ms: a.p50_ms, p99_ms: a.p99_ms, p999_ms: a.p999_ms },
        local: { rps: b.rps, p50_ms: b.p50_ms, p99_ms: b.p99_ms, p999_ms: b.p999_ms, ratio: round2(b.rps / a.rps) },
        redis: { rps: c.rps, p50_ms: c.p50_ms, p99_ms: c.p99_ms, p999_ms: c.p999_ms, ratio: round2(c.rps / a.rps) },
      },
      triage_us: triage,
      redis_bytes_per_conversation: bytesConversation,
      redis_bytes_per_case: bytesCase,
      redis_round_trips_per_message: trips.perMessage,
      redis_worker_commands_per_message: trips.workerCommands,
      redis_commands_per_message: round2((after - before) / Math.max(1, c.requests)),
      rss_bytes_per_10k_conversations: memory.rss,
      heap_bytes_per_10k_conversations: memory.heap,
      errors: { bare: a.non2xx, local: b.non2xx, redis: c.non2xx },
    };
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
    printTable(result);
  } finally {
    for (const child of started) child.kill();
    await redis.quit();
    await ownRedis?.stop();
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function printTable(r: { machine: string; targets: Record<string, { rps: number; p50_ms: number; p99_ms: number; p999_ms: number; ratio?: number }>; triage_us: { p50: number; p99: number }; redis_bytes_per_conversation: number; redis_bytes_per_case: number; redis_round_trips_per_message: number; redis_worker_commands_per_message: number; redis_commands_per_message: number; rss_bytes_per_10k_conversations: number; heap_bytes_per_10k_conversations: number }) {
  const rows = Object.entries(r.targets).map(([name, t]) => `| ${name} | ${t.rps} | ${t.p50_ms} | ${t.p99_ms} | ${t.p999_ms} | ${t.ratio ?? 1} |`);
  process.stdout.write([
    `machine: ${r.machine}`,
    "| target | req/s | p50 ms | p99 ms | p99.9 ms | ratio to bare |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
    `triage alone: p50 ${r.triage_us.p50} µs, p99 ${r.triage_us.p99} µs per message`,
    `Redis: ${r.redis_bytes_per_conversation} bytes per conversation, ${r.redis_bytes_per_case} bytes per case`,
    `Redis per message: ${r.redis_round_trips_per_message} round trips while handling it, ${r.redis_worker_commands_per_message} commands by the queue's workers afterwards, ${r.redis_commands_per_message} commands in all (INFO commandstats, scripts' inner commands and queue polling included)`,
    `local mode, per 10,000 conversations: ${r.rss_bytes_per_10k_conversations} bytes of RSS, ${r.heap_bytes_per_10k_conversations} bytes of heap`,
    "",
  ].join("\n"));
}

await main();
