import { readFileSync } from "node:fs";
import { storeTreatment } from "../bot/checkins.js";
import { ConfigError, loadConfig } from "../config.js";
import { createLogger } from "../log/logger.js";
import { bullQueues } from "../queue/job-queues.js";
import { connectRedis } from "../store/redis-store.js";
import { redisTreatments } from "../store/redis-treatments.js";
import { CSV_COLUMNS } from "../treatments/treatment-csv.js";
import { importTreatments } from "../treatments/import-treatments.js";

// `npm run treatments -- import file.csv [--skip-bad] [--dry-run]`: the clinic's treatments into
// the bot's Redis, with their check-ins scheduled on its queue. Each bad row is named with its
// reasons; a file with a bad row imports nothing unless --skip-bad. --dry-run only checks.
const USAGE = `usage: npm run treatments -- import FILE.csv [--skip-bad] [--dry-run]\n  columns: ${CSV_COLUMNS.join(";")} (see the README)\n`;
const fail = (message: string, code = 2): never => {
  process.stderr.write(message);
  process.exit(code);
};

const args = process.argv.slice(2);
const [command, file] = args.filter((a) => !a.startsWith("--"));
const flags = new Set(args.filter((a) => a.startsWith("--")));
const unknown = [...flags].filter((f) => f !== "--skip-bad" && f !== "--dry-run");
if (command !== "import" || !file || unknown.length) fail(USAGE);

let config;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  fail(`treatments: ${err.message}\n`);
}
const dryRun = flags.has("--dry-run");
if (!config!.redis && !dryRun) {
  fail("treatments: REDIS_URL is not set. In local mode treatments live in the running bot's memory: add them with POST /api/treatments or npm run chat's /treatment, or check a file with --dry-run.\n");
}

let content: string;
try {
  content = readFileSync(file!, "utf8");
} catch (err) {
  fail(`treatments: cannot read ${file}: ${(err as Error).message}\n`);
}

const log = createLogger("warn");
const redis = config!.redis && !dryRun ? connectRedis(config!.redis.url, log) : null;
const jobs = redis ? bullQueues({ url: config!.redis!.url, prefix: config!.redis!.prefix, ttlMs: config!.dataTtlMs, attempts: config!.outbound.attempts, backoffMs: Math.max(config!.outbound.retryMs, 1), log }) : null;
try {
  if (redis) await redis.connect();
  const treatments = redis ? redisTreatments(redis, { prefix: config!.redis!.prefix, ttlMs: config!.dataTtlMs }) : null;
  const report = await importTreatments(content!, Date.now(), { skipBad: flags.has("--skip-bad") || dryRun, keptMs: config!.dataTtlMs }, async (t) => {
    if (!treatments) return true;
    return (await storeTreatment({ config: config!, treatments, jobs: jobs ?? undefined, now: Date.now, log }, t)).created;
  });
  for (const row of report.bad) process.stdout.write(`line ${row.line}${row.externalId ? ` (${row.externalId})` : ""}: ${row.errors.join("; ")}\n`);
  if (report.refused) {
    process.stdout.write(`nothing imported: ${report.bad.length} bad row(s). Fix them, or import the good rows with --skip-bad.\n`);
    process.exitCode = 1;
  } else if (dryRun) {
    process.stdout.write(`checked: ${report.imported} row(s) can be imported, ${report.bad.length} bad.\n`);
    if (report.bad.length) process.exitCode = 1;
  } else {
    process.stdout.write(`imported ${report.imported}, already there ${report.already}, skipped ${report.bad.length} bad.\n`);
  }
} finally {
  await jobs?.close();
  redis?.disconnect();
}
