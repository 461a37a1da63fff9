// npm run bench [-- --quick] [-- --out FILE]
// Drives three targets with autocannon in one run on this machine, in turns over three rounds:
// (a) bare Express, (b) the bot in local mode, (c) the bot on Redis, both as the production
// build (dist/) runs, and as a reference our HTTP stack around a fixed answer; then measures
// triage alone and inside the loaded bot, Redis bytes, round trips and commands per message,
// memory growth per 10,000 conversations and the RSS after 100,000 in local mode, the time to
// start, and the latency at a quiet night's 5 messages a second.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { request, Agent } from "node:http";
import { cpus, tmpdir, totalmem } from "node:os";
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
const DURATION_S = quick ? 2 : 8;
// The targets take turns, round after round; each one's median round is reported.
const ROUNDS = quick ? 1 : 3;
// "middleware" is a reference, not one of the agreed targets: our HTTP stack around a bot
// that answers a fixed text (bench/targets/middleware-floor.ts), the ceiling for (b) and (c).
const NAMES = ["bare", "middleware", "local", "redis"] as const;
type TargetName = (typeof NAMES)[number];
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
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error("build failed");
}

async function waitHealthy(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}

/** The Node flags production runs the bot with: `npm run start:prod`'s, which a test keeps equal to the Docker image's. */
function productionFlags(): string[] {
  const command = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts["start:prod"]!;
  return command.split(/\s+/).filter((word) => word.startsWith("--") && !word.startsWith("--env-file"));
}

async function startTarget(script: string, env: Record<string, string>, nodeFlags: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  // One process per target (no tsx wrapper in between), so its CPU time can be read; the bot
  // with the flags it runs with in production.
  const args = script.endsWith(".ts") ? ["--import", "tsx", script] : [...productionFlags(), ...nodeFlags, script];
  const child = spawn(process.execPath, args, { cwd: root, stdio: "ignore", env: { ...process.env, ...env, PORT: String(port) } });
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url);
  return { child, url };
}

/** Ends a target and waits for it: the triage probe writes its numbers as the process exits. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill();
  await exited;
}

/**
 * Milliseconds from spawning the bot in local mode to its first 200 on /healthz, asked every
 * 2 ms; the median of a few starts.
 */
async function startupMs(env: Record<string, string>, starts: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < starts; i++) {
    const port = await freePort();
    const started = performance.now();
    const child = spawn(process.execPath, [...productionFlags(), "dist/server.js"], { cwd: root, stdio: "ignore", env: { ...process.env, ...env, PORT: String(port) } });
    try {
      for (let tries = 0; !(await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)); tries++) {
        if (tries > 5_000) throw new Error("the bot did not start");
        await new Promise((r) => setTimeout(r, 2));
      }
      times.push(performance.now() - started);
    } finally {
      await stop(child);
    }
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!);
}

/**
 * Latency at the pace of a busy night, not a flood: one request every 200 ms, each sent on
 * time whether or not the one before has been answered, timed from sending to the last byte.
 */
async function latencyAt5rps(url: string, count: number): Promise<{ p50_ms: number; p99_ms: number }> {
  const first = takeSeqs(count);
  const signed = Array.from({ length: count }, (_, i) => signedRequest(first + i));
  const agent = new Agent({ keepAlive: true });
  const { hostname, port } = new URL(url);
  const send = (r: { body: string; signature: string }) => new Promise<number>((resolve, reject) => {
    const started = performance.now();
    const req = request({ hostname, port, path: "/sms", method: "POST", agent, headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(r.body), "x-twilio-signature": r.signature } }, (res) => {
      res.resume();
      res.on("end", () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on("error", reject);
    req.end(r.body);
  });
  const start = performance.now();
  const pending = signed.map(async (r, i) => {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + i * 200 - performance.now())));
    return send(r);
  });
  const times = (await Promise.all(pending)).sort((a, b) => a - b);
  agent.destroy();
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
  return { p50_ms: at(0.5), p99_ms: at(0.99) };
}

/** The bot's resident memory, as Linux reports it, after `conversations` new senders have each written once. */
async function rssAfter(env: Record<string, string>, conversations: number): Promise<number | null> {
  const target = await startTarget("dist/server.js", env);
  try {
    const result = await load(target.url, 0, takeSeqs(conversations), conversations);
    if (result.non2xx > 0) throw new Error(`${result.non2xx} requests failed while filling local mode`);
    await new Promise((r) => setTimeout(r, 1_000));
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${target.child.pid}/status`, "utf8"))?.[1];
    return rss === undefined ? null : Number(rss) * 1024;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  } finally {
    await stop(target.child);
  }
}

/** CPU seconds (all threads) a process has used so far, where Linux tells; null elsewhere. */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
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

/** One autocannon run from a process of its own (bench/load-generator.ts), for `seconds` or `amount` requests. */
async function load(url: string, seconds: number, first = takeSeqs(12_000 * seconds + 1), amount?: number): Promise<LoadResult> {
  const child = spawn(tsx, ["bench/load-generator.ts", url, String(seconds), String(CONNECTIONS), String(first), ...(amount ? [String(amount)] : [])], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`load generator exited with ${code}`);
  return JSON.parse(output.trim().split("\n").pop()!) as LoadResult;
}

interface TriageProbe { count: number; p50: number; p99: number }
interface Sample extends LoadResult { cpu_us_per_request: number | null; triage?: TriageProbe }

/** A warm-up, then the measured run, with the CPU the target spent on it. */
async function measure(child: ChildProcess, url: string, around?: { before(): Promise<void>; after(): Promise<void> }): Promise<Sample> {
  await load(url, WARMUP_S);
  await around?.before();
  const cpuBefore = cpuSeconds(child.pid);
  const result = await load(url, DURATION_S);
  const cpuAfter = cpuSeconds(child.pid);
  await around?.after();
  const cpu = cpuBefore === null || cpuAfter === null ? null : Math.round(((cpuAfter - cpuBefore) * 1e6) / Math.max(1, result.requests));
  return { ...result, cpu_us_per_request: cpu };
}

/** The run with the median requests/s: its latencies belong to that same run. */
function median(samples: Sample[]): Sample {
  return [...samples].sort((a, b) => a.rps - b.rps)[Math.floor(samples.length / 2)]!;
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
  // Local mode carries the triage probe (bench/triage-probe.mjs), which writes here as it exits.
  const probeDir = mkdtempSync(join(tmpdir(), "akut-probe-"));
  const probeFile = (round: number) => join(probeDir, `triage-${round}.json`);
  let round = 0;
  // Triage, memory and start-up first, while this process is quiet: the load runs below allocate a lot.
  const triage = triageMicros();
  const memory = await bytesPer10kConversations();
  const commands = { before: 0, total: 0, requests: 0 };
  const countCommands = { before: async () => void (commands.before = await commandCount(redis)), after: async () => void (commands.total += (await commandCount(redis)) - commands.before) };
  // The probe counts afresh when the measured run starts.
  let local: ChildProcess | undefined;
  const probeMeasured = { before: async () => void local?.kill("SIGUSR2"), after: async () => undefined };
  const targets: Record<TargetName, { start(): Promise<{ child: ChildProcess; url: string }>; around?: typeof countCommands }> = {
    bare: { start: () => startTarget("bench/targets/bare-express.ts", {}) },
    middleware: { start: () => startTarget("bench/targets/middleware-floor.ts", common) },
    local: {
      start: async () => {
        const target = await startTarget("dist/server.js", { ...common, TRIAGE_PROBE_OUT: probeFile(round) }, ["--import", "./bench/triage-probe.mjs"]);
        local = target.child;
        return target;
      },
      around: probeMeasured,
    },
    redis: { start: () => startTarget("dist/server.js", { ...common, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix }), around: countCommands },
  };
  const samples: Record<TargetName, Sample[]> = { bare: [], middleware: [], local: [], redis: [] };
  let redisFacts = { bytesConversation: 0, bytesCase: 0, trips: { perMessage: 0, workerCommands: 0 } };
  const quiet: Partial<Record<"local" | "redis", { p50_ms: number; p99_ms: number }>> = {};
  try {
    ensureBuilt();
    const startup = await startupMs(common, quick ? 3 : 7);
    for (round = 0; round < ROUNDS; round++) {
      // Each round starts with another target, so a machine that slows down or speeds up
      // during the run weighs on all of them alike.
      const order = NAMES.map((_, i) => NAMES[(i + round) % NAMES.length]!);
      for (const name of order) {
        const target = await targets[name].start();
        started.push(target.child);
        const sample = await measure(target.child, target.url, targets[name].around);
        samples[name].push(sample);
        if (name === "redis") {
          commands.requests += sample.requests;
          if (round === ROUNDS - 1) {
            redisFacts = {
              bytesConversation: await averageMemory(redis, `${prefix}:conv:*`),
              bytesCase: await averageMemory(redis, `${prefix}:{cases}:case:*`),
              trips: await roundTrips(redisUrl, target.url, quick ? 50 : 400),
            };
          }
        }
        if ((name === "local" || name === "redis") && round === ROUNDS - 1) quiet[name] = await latencyAt5rps(target.url, quick ? 10 : 100);
        await stop(target.child);
        if (name === "local") sample.triage = JSON.parse(readFileSync(probeFile(round), "utf8")) as TriageProbe;
      }
    }
    // A night's worth of senders and far more, each new: what local mode keeps is bounded.
    const conversations = quick ? 1_000 : 100_000;
    const rss = await rssAfter(common, conversations);
    const [a, m, b, c] = NAMES.map((name) => median(samples[name])) as [Sample, Sample, Sample, Sample];
    const row = (t: Sample) => ({ rps: t.rps, p50_ms: t.p50_ms, p99_ms: t.p99_ms, p999_ms: t.p999_ms });
    const { bytesConversation, bytesCase, trips } = redisFacts;
    const errors = (name: TargetName) => samples[name].reduce((sum, t) => sum + t.non2xx, 0);
    const result = {
      machine: `${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      at: new Date().toISOString(),
      quick,
      targets: {
        bare: row(a),
        local: { ...row(b), ratio: round2(b.rps / a.rps) },
        redis: { ...row(c), ratio: round2(c.rps / a.rps) },
      },
      reference: { middleware: { ...row(m), ratio: round2(m.rps / a.rps) } },
      rounds: ROUNDS,
      rps_by_round: Object.fromEntries(NAMES.map((name) => [name, samples[name].map((t) => t.rps)])),
      cpu_us_per_request: { bare: a.cpu_us_per_request, middleware: m.cpu_us_per_request, local: b.cpu_us_per_request, redis: c.cpu_us_per_request },
      triage_us: triage,
      redis_bytes_per_conversation: bytesConversation,
      redis_bytes_per_case: bytesCase,
      redis_round_trips_per_message: trips.perMessage,
      redis_worker_commands_per_message: trips.workerCommands,
      redis_commands_per_message: round2(commands.total / Math.max(1, commands.requests)),
      rss_bytes_per_10k_conversations: memory.rss,
      heap_bytes_per_10k_conversations: memory.heap,
      [`rss_bytes_after_${conversations / 1000}k_conversations`]: rss,
      startup_ms: startup,
      latency_at_5rps: quiet,
      // Inside the loaded bot in local mode, per assessment (a message may take two), from the median round.
      triage_in_server_us: { p50: b.triage?.p50 ?? null, p99: b.triage?.p99 ?? null },
      errors: { bare: errors("bare"), middleware: errors("middleware"), local: errors("local"), redis: errors("redis") },
    };
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
    printTable(result, { conversations, bytes: rss });
  } finally {
    for (const child of started) child.kill();
    rmSync(probeDir, { recursive: true, force: true });
    await redis.quit();
    await ownRedis?.stop();
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

type Row = { rps: number; p50_ms: number; p99_ms: number; p999_ms: number; ratio?: number };
type Result = {
  machine: string; targets: Record<string, Row>; reference: Record<string, Row>; rounds: number;
  rps_by_round: Record<string, number[]>; cpu_us_per_request: Record<string, number | null>; triage_us: { p50: number; p99: number };
  redis_bytes_per_conversation: number; redis_bytes_per_case: number; redis_round_trips_per_message: number; redis_worker_commands_per_message: number;
  redis_commands_per_message: number; rss_bytes_per_10k_conversations: number; heap_bytes_per_10k_conversations: number;
  startup_ms: number; latency_at_5rps: Partial<Record<string, { p50_ms: number; p99_ms: number }>>; triage_in_server_us: { p50: number | null; p99: number | null };
};

const mb = (bytes: number | null) => (bytes === null ? "-" : `${Math.round(bytes / 2 ** 20)} MB`);

function printTable(r: Result, rss: { conversations: number; bytes: number | null }) {
  const { bare, ...bot } = r.targets;
  const rows = Object.entries({ bare: bare!, ...r.reference, ...bot }).map(([name, t]) =>
    `| ${name} | ${t.rps} | ${t.p50_ms} | ${t.p99_ms} | ${t.p999_ms} | ${t.ratio ?? 1} | ${r.cpu_us_per_request[name] ?? "-"} | ${r.rps_by_round[name]!.join(", ")} |`);
  process.stdout.write([
    `machine: ${r.machine}`,
    `median of ${r.rounds} round(s) per target:`,
    "| target | req/s | p50 ms | p99 ms | p99.9 ms | ratio to bare | CPU µs/request | req/s by round |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    `triage alone: p50 ${r.triage_us.p50} µs, p99 ${r.triage_us.p99} µs per message`,
    `Redis: ${r.redis_bytes_per_conversation} bytes per conversation, ${r.redis_bytes_per_case} bytes per case`,
    `Redis per message: ${r.redis_round_trips_per_message} round trips while handling it, ${r.redis_worker_commands_per_message} commands by the queue's workers afterwards, ${r.redis_commands_per_message} commands in all (INFO commandstats, scripts' inner commands and queue polling included)`,
    `local mode, per 10,000 conversations: ${r.rss_bytes_per_10k_conversations} bytes of RSS, ${r.heap_bytes_per_10k_conversations} bytes of heap`,
    `local mode after ${rss.conversations} conversations: ${mb(rss.bytes)} RSS`,
    `triage inside the loaded bot (local mode): p50 ${r.triage_in_server_us.p50} µs, p99 ${r.triage_in_server_us.p99} µs per assessment`,
    `start-up to the first /healthz 200 (local mode): ${r.startup_ms} ms`,
    `at 5 requests a second: ${Object.entries(r.latency_at_5rps).map(([name, l]) => `${name} p50 ${l!.p50_ms} ms, p99 ${l!.p99_ms} ms`).join("; ")}`,
    "",
  ].join("\n"));
}

await main();
