import { createRequire } from "node:module";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { caseDueAt, type CaseRecord, type ConversationRecord } from "../flows/records.js";
import { redisConsoleStores } from "./redis-console-store.js";
import { treatedKey } from "./redis-treatments.js";
import { StaleWriteError, TRANSCRIPT_MAX, type CaseStore, type ConversationStore, type MessageClaims, type SenderLock, type Stores, type TranscriptEntry, type TurnOptions, type Deliveries, type DeliveryInfo, type Counters } from "./store.js";
import type { TreatmentSummary } from "./treatment-store.js";

// Redis keys, each with a hash tag ({...}) so a script only ever touches one cluster slot:
//   per sender  <prefix>:conv|log|ticket|serving|lease:{+4512345678}  <prefix>:msg|rate:{+45...}:...
//   per case    <prefix>:{cases}:case:K7, with <prefix>:{cases}:open|seq
//   elsewhere   <prefix>:msg:{SM...} (doctor and status claims), <prefix>:sms:{SM...}
// A sender's messages take turns through a ticket lock (INCR ticket / "serving"), so they are
// handled in arrival order across instances. Every ticket holds a lease (a sorted set of
// ticket -> expiry, on Redis's clock) that its live owner renews while it waits and works. A
// ticket whose lease ran out is dead: a process killed mid-turn, a turn begun by a script that
// ran after its caller gave up (Redis paused), or a waiter that gave up. The next in line skips
// it, within one lease of the death, and a dead ticket can no longer commit (its lease is the
// fencing token). A MessageSid's claim names its ticket until the turn commits and reads
// "done" after: a delivery whose turn died is handled again, a committed one never.
// Records are hashes {rev, data}; a write names the revision it read (check-and-set). Every
// record carries a TTL. A message's turn costs two round trips: BEGIN (claim, ticket, rate
// count, the sender's treatments and, when nobody is ahead, the read) and COMMIT (write,
// transcript, release). Scripts go by EVALSHA.
const CLOCK = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local function alive(leases, ticket)
  local expires = redis.call('ZSCORE', leases, ticket)
  return expires and tonumber(expires) > now
end
local function lease(leases, ticket, ms)
  redis.call('ZADD', leases, now + tonumber(ms), ticket)
  if redis.call('PTTL', leases) < tonumber(ms) then redis.call('PEXPIRE', leases, ms) end
end
-- Moves "serving" past the dead tickets ahead of ours; returns where it stands.
local function skipDead(serving, leases, ticket, ttl)
  local at = tonumber(redis.call('GET', serving) or '0')
  local from = at
  while at < ticket - 1 and not alive(leases, at + 1) do at = at + 1 end
  if at ~= from then
    redis.call('SET', serving, at, 'PX', ttl)
    redis.call('ZREMRANGEBYSCORE', leases, '-inf', now)
  end
  return at
end
-- A fresh counter starts the queue afresh; else the queue keeps the sender's data TTL.
local function takeTicket(ticketKey, serving, leases, ttl, ms)
  local t = redis.call('INCR', ticketKey)
  redis.call('PEXPIRE', ticketKey, ttl)
  if t == 1 then redis.call('SET', serving, 0, 'PX', ttl) else redis.call('PEXPIRE', serving, ttl) end
  lease(leases, t, ms)
  return t
end
`;
// KEYS: claim, ticket, serving, conversation, rate, leases, the sender's treatments. ARGV:
// claim TTL ('' claims nothing), TTL, rate window, lease. {0}: already handled; {2}: a live
// turn has it, ask again; else {1, ticket, serving, rate count, treatments, data, rev}.
const BEGIN = `${CLOCK}
if ARGV[1] ~= '' then
  local claim = redis.call('GET', KEYS[1])
  if claim == 'done' then return {0} end
  if claim and alive(KEYS[6], claim) then return {2} end
end
local t = takeTicket(KEYS[2], KEYS[3], KEYS[6], ARGV[2], ARGV[4])
if ARGV[1] ~= '' then redis.call('SET', KEYS[1], t, 'PX', ARGV[1]) end
local n = redis.call('INCR', KEYS[5])
if n == 1 then redis.call('PEXPIRE', KEYS[5], ARGV[3]) end
local serving = skipDead(KEYS[3], KEYS[6], t, ARGV[2])
local treated = redis.call('HVALS', KEYS[7])
if serving ~= t - 1 then return {1, t, serving, n, treated} end
local record = redis.call('HMGET', KEYS[4], 'data', 'rev')
return {1, t, serving, n, treated, record[1], record[2]}`;
// KEYS: conversation, transcript, serving, leases, claim. ARGV: rev read, data ('' writes
// nothing), TTL, ticket, transcript max, '1' when the MessageSid was claimed, entries...
// -1: the turn's lease ran out (it may have been skipped), nothing written. The turn ends
// whether or not the write went through.
const COMMIT = `${CLOCK}
local t = tonumber(ARGV[4])
if not alive(KEYS[4], t) or tonumber(redis.call('GET', KEYS[3]) or '0') ~= t - 1 then return -1 end
local ok = 1
if ARGV[2] ~= '' then
  if (redis.call('HGET', KEYS[1], 'rev') or '0') ~= ARGV[1] then ok = 0 else
    redis.call('HSET', KEYS[1], 'rev', tostring(tonumber(ARGV[1]) + 1), 'data', ARGV[2])
    redis.call('PEXPIRE', KEYS[1], ARGV[3])
  end
end
if ok == 1 then
  if #ARGV > 6 then
    redis.call('RPUSH', KEYS[2], unpack(ARGV, 7))
    redis.call('LTRIM', KEYS[2], -tonumber(ARGV[5]), -1)
    redis.call('PEXPIRE', KEYS[2], ARGV[3])
  end
  if ARGV[6] == '1' then redis.call('SET', KEYS[5], 'done', 'KEEPTTL') end
end
redis.call('SET', KEYS[3], t, 'PX', ARGV[3])
redis.call('ZREM', KEYS[4], t)
return ok`;
// KEYS: case, open set, due index, closed index. ARGV: rev read, data, TTL, ref, closed ('1'
// or '0'), when it is next due ('' for never), when it closed. The closed index (for the
// console) drops what is older than the TTL, and expires as a whole when nothing closes.
const PUT_CASE = `
if (redis.call('HGET', KEYS[1], 'rev') or '0') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'rev', tostring(tonumber(ARGV[1]) + 1), 'data', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
if ARGV[5] == '1' then
  redis.call('SREM', KEYS[2], ARGV[4])
  redis.call('ZADD', KEYS[4], ARGV[7], ARGV[4])
  redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', tonumber(ARGV[7]) - tonumber(ARGV[3]))
  redis.call('PEXPIRE', KEYS[4], ARGV[3])
else redis.call('SADD', KEYS[2], ARGV[4]) end
if ARGV[6] == '' then redis.call('ZREM', KEYS[3], ARGV[4]) else redis.call('ZADD', KEYS[3], ARGV[6], ARGV[4]) end
return 1`;
// A ticket lock: first come, first served across every instance. KEYS: ticket, serving,
// leases. ARGV: TTL, lease. Returns the ticket and where "serving" stands.
const TAKE_TICKET = `${CLOCK}
local t = takeTicket(KEYS[1], KEYS[2], KEYS[3], ARGV[1], ARGV[2])
return {t, skipDead(KEYS[2], KEYS[3], t, ARGV[1])}`;
// A waiter's look at the queue. KEYS: serving, leases. ARGV: ticket, TTL. 1: our turn;
// 0: still waiting; -1: our own lease ran out, so we may have been skipped.
const POLL = `${CLOCK}
local t = tonumber(ARGV[1])
if not alive(KEYS[2], t) then return -1 end
if skipDead(KEYS[1], KEYS[2], t, ARGV[2]) == t - 1 then return 1 end
return 0`;
// The live owner's heartbeat. KEYS: leases. ARGV: ticket, lease. A lease that ran out stays out.
const RENEW = `${CLOCK}
if not alive(KEYS[1], ARGV[1]) then return 0 end
lease(KEYS[1], ARGV[1], ARGV[2])
return 1`;
// Ends a turn that is not committing: its lease goes, and "serving" moves on if it was ours.
// KEYS: serving, leases. ARGV: ticket, TTL.
const END = `
local t = tonumber(ARGV[1])
redis.call('ZREM', KEYS[2], t)
if tonumber(redis.call('GET', KEYS[1]) or '0') == t - 1 then redis.call('SET', KEYS[1], t, 'PX', ARGV[2]) end
return 1`;

const SCRIPTS = { begin: [7, BEGIN], commit: [5, COMMIT], putCase: [4, PUT_CASE], takeTicket: [3, TAKE_TICKET], poll: [2, POLL], renew: [1, RENEW], endTurn: [2, END] } as const;
type Scripted = Record<keyof typeof SCRIPTS, (...keysAndArgs: (string | number)[]) => Promise<unknown>>;
/** One key's ticket queue: the next ticket, the ticket served last, and the live tickets' leases. */
interface Queue {
  ticket: string;
  serving: string;
  leases: string;
}

export interface RedisStoreOptions {
  prefix: string;
  /** How long health data is kept after its last change. */
  ttlMs: number;
  /** How long the console's audit log keeps an entry (AUDIT_TTL_DAYS). */
  auditTtlMs?: number;
  /** How long a turn's lease lasts without renewal: a dead holder is skipped this long after it died. */
  leaseMs?: number;
  /** How long a message waits for the lock before giving up (the fail-safe then answers). */
  lockWaitMs?: number;
}

const CASE_NUMBER_BLOCK = 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function redisStores(redis: Redis, options: RedisStoreOptions): Stores {
  const p = options.prefix;
  const ttl = String(options.ttlMs);
  const leaseMs = options.leaseMs ?? 3_000;
  const lockWait = options.lockWaitMs ?? 15_000;
  for (const [name, [numberOfKeys, lua]] of Object.entries(SCRIPTS)) redis.defineCommand(name, { numberOfKeys, lua });
  const run = redis as unknown as Scripted;

  function parse<T>(data: string | null, rev: string | null): T | null {
    if (!data) return null;
    try {
      return { ...(JSON.parse(data) as T), rev: Number(rev ?? 0) };
    } catch {
      return null;
    }
  }

  // An unreadable summary is left out, as a missing one: the message is read without it.
  function summaries(json: string[]): TreatmentSummary[] {
    return json.flatMap((one) => {
      try {
        return [JSON.parse(one) as TreatmentSummary];
      } catch {
        return [];
      }
    });
  }

  async function getRecord<T>(key: string): Promise<T | null> {
    const [data, rev] = await redis.hmget(key, "data", "rev");
    return parse<T>(data ?? null, rev ?? null);
  }

  /** Renews the ticket's lease while its owner lives; the returned function stops it. */
  function heartbeat(leases: string, ticket: number): () => void {
    const timer = setInterval(() => void run.renew(leases, ticket, leaseMs).catch(() => undefined), Math.max(10, Math.floor(leaseMs / 3)));
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Waits until "serving" reaches ticket - 1; the dead tickets ahead are skipped on the way. */
  async function awaitTurn(queue: Queue, ticket: number, first: number): Promise<void> {
    if (first === ticket - 1) return;
    const started = Date.now();
    for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
      if (Date.now() - started > lockWait) throw new Error("lock not acquired in time");
      await sleep(wait);
      const state = Number(await run.poll(queue.serving, queue.leases, ticket, ttl));
      if (state === 1) return;
      if (state === -1) throw new Error("lock lease ran out while waiting");
    }
  }

  // A turn that will not commit gives its place up at once, so those behind need not wait
  // out its lease; should this fail too, the lease runs out all the same.
  const release = (queue: Queue, ticket: number) => run.endTurn(queue.serving, queue.leases, ticket, ttl).catch(() => undefined);
  const queueOf = (key: string): Queue => ({ ticket: `${p}:ticket:{${key}}`, serving: `${p}:serving:{${key}}`, leases: `${p}:lease:{${key}}` });

  /** BEGIN, asked again while a live turn elsewhere has the same MessageSid: its outcome decides. */
  async function beginScript(keys: string[], turn: TurnOptions): Promise<(number | string | null)[]> {
    const started = Date.now();
    for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
      const reply = (await run.begin(...keys, turn.messageSid ? turn.claimTtlMs : "", ttl, turn.rateWindowMs, leaseMs)) as (number | string | null)[];
      if (reply[0] !== 2) return reply;
      if (Date.now() - started > lockWait) throw new Error("message still in hand elsewhere");
      await sleep(wait);
    }
  }

  const conversations: ConversationStore = {
    async begin(sender, turn) {
      const queue = queueOf(sender);
      const conv = `${p}:conv:{${sender}}`;
      const claim = `${p}:msg:{${sender}}:${turn.messageSid ?? ""}`;
      const reply = await beginScript([claim, queue.ticket, queue.serving, conv, `${p}:rate:{${sender}}:${Math.floor(Date.now() / turn.rateWindowMs)}`, queue.leases, treatedKey(p, sender)], turn);
      if (reply[0] === 0) return null;
      const [ticket, serving, recent] = [Number(reply[1]), Number(reply[2]), Number(reply[3])];
      const treatments = summaries(reply[4] as unknown as string[]);
      const stopHeartbeat = heartbeat(queue.leases, ticket);
      let record: ConversationRecord | null;
      try {
        if (serving === ticket - 1) record = parse<ConversationRecord>((reply[5] as string | null) ?? null, (reply[6] as string | null) ?? null);
        else {
          await awaitTurn(queue, ticket, serving);
          record = await getRecord<ConversationRecord>(conv);
        }
      } catch (err) {
        // Not awaited: the caller's fail-safe must not wait on a store that hangs.
        stopHeartbeat();
        void release(queue, ticket);
        throw err;
      }
      let ended = false;
      return {
        ticket, recent, record, treatments,
        async commit(next, entries) {
          if (ended) throw new Error("turn already ended");
          ended = true;
          const rev = next?.rev ?? 0;
          const data = next ? JSON.stringify({ ...next, rev: undefined }) : "";
          try {
            const ok = Number(await run.commit(conv, `${p}:log:{${sender}}`, queue.serving, queue.leases, claim, rev, data, ttl, ticket, TRANSCRIPT_MAX, turn.messageSid ? "1" : "0", ...entries.map((e) => JSON.stringify(e))));
            if (ok === -1) throw new StaleWriteError("the turn's lease ran out before it committed");
            if (ok !== 1) throw new StaleWriteError("conversation changed since it was read");
          } finally {
            stopHeartbeat();
          }
        },
        async end() {
          if (ended) return;
          ended = true;
          stopHeartbeat();
          await release(queue, ticket);
        },
      };
    },
    get: (sender) => getRecord<ConversationRecord>(`${p}:conv:{${sender}}`),
    async transcript(sender) {
      return (await redis.lrange(`${p}:log:{${sender}}`, 0, -1)).map((line) => JSON.parse(line) as TranscriptEntry);
    },
  };

  const openSet = `${p}:{cases}:open`;
  const dueIndex = `${p}:{cases}:due`;
  const closedIndex = `${p}:{cases}:closed`;
  /** The records behind these refs, in one round trip; refs whose record expired are dropped from the set. */
  async function caseRecords(refs: string[], set: string, closed = false): Promise<CaseRecord[]> {
    if (refs.length === 0) return [];
    const rows = await refs.reduce((pipe, ref) => pipe.hmget(caseKey(ref), "data", "rev"), redis.pipeline()).exec();
    const records = (rows ?? []).map(([err, row]) => (err ? null : parse<CaseRecord>(...(row as [string | null, string | null]))));
    const gone = refs.filter((_, i) => !records[i]);
    if (gone.length) await (set === openSet ? redis.srem(set, ...gone) : redis.zrem(set, ...gone));
    return records.filter((r): r is CaseRecord => r !== null && (r.snapshot.value === "closed") === closed);
  }
  const caseKey = (ref: string) => `${p}:{cases}:case:${ref.toUpperCase()}`;
  // Case numbers are reserved a block at a time per instance: one round trip in ten cases
  // instead of one per case. The first block is reserved at connect and the next as soon as
  // one is used up, so the fail-safe finds a spare number while Redis is down. Numbers stay
  // unique across instances; a restart skips the rest of a block, so references can jump
  // (K7, then K11).
  let block = { next: 1, last: 0 };
  let reserving: Promise<void> | null = null;
  function reserveBlock(): Promise<void> {
    reserving ??= redis
      .incrby(`${p}:{cases}:seq`, CASE_NUMBER_BLOCK)
      .then((last) => void (block = { next: last - CASE_NUMBER_BLOCK + 1, last }))
      .finally(() => (reserving = null));
    return reserving;
  }
  function spareNumber(): number | null {
    if (block.next > block.last) return null;
    const number = block.next++;
    if (block.next > block.last) void reserveBlock().catch(() => undefined);
    return number;
  }
  async function nextNumber(): Promise<number> {
    for (;;) {
      const number = spareNumber();
      if (number !== null) return number;
      await reserveBlock();
    }
  }
  const cases: CaseStore = {
    nextNumber,
    spareNumber,
    get: (ref) => getRecord<CaseRecord>(caseKey(ref)),
    async put(record) {
      const data = JSON.stringify({ ...record, rev: undefined });
      const ok = await run.putCase(caseKey(record.ref), openSet, dueIndex, closedIndex, record.rev ?? 0, data, ttl, record.ref, record.snapshot.value === "closed" ? "1" : "0", caseDueAt(record) ?? "", record.snapshot.context.closedAt ?? 0);
      if (ok !== 1) throw new StaleWriteError(`case ${record.ref} changed since it was read`);
    },
    open: async () => caseRecords(await redis.smembers(openSet), openSet),
    due: async (at) => caseRecords(await redis.zrangebyscore(dueIndex, "-inf", at), dueIndex),
    closedSince: async (at) => caseRecords(await redis.zrangebyscore(closedIndex, at, "+inf"), closedIndex, true),
  };

  const deliveries: Deliveries = {
    async remember(sid, info, ttlMs) {
      await redis.set(`${p}:sms:{${sid}}`, JSON.stringify(info), "PX", ttlMs);
    },
    async lookup(sid) {
      const found = await redis.get(`${p}:sms:{${sid}}`);
      return found ? (JSON.parse(found) as DeliveryInfo) : null;
    },
  };

  const counters: Counters = {
    async hit(key, windowMs) {
      const slot = `${p}:rate:{${key}}:${Math.floor(Date.now() / windowMs)}`;
      const [[, count]] = (await redis.multi().incr(slot).pexpire(slot, windowMs).exec()) as [[null, number], unknown];
      return count;
    },
  };

  const claims: MessageClaims = {
    claim: async (sid, ttlMs) => (await redis.set(`${p}:msg:{${sid}}`, "1", "PX", ttlMs, "NX")) === "OK",
  };

  const lock: SenderLock = {
    async run(key, task) {
      const queue = queueOf(key);
      const [ticket, serving] = (await run.takeTicket(queue.ticket, queue.serving, queue.leases, ttl, leaseMs)) as [number, number];
      const stopHeartbeat = heartbeat(queue.leases, ticket);
      try {
        await awaitTurn(queue, ticket, serving);
        return await task(ticket);
      } finally {
        stopHeartbeat();
        await release(queue, ticket);
      }
    },
  };

  return {
    conversations, cases, claims, lock, deliveries, counters,
    ...redisConsoleStores(redis, { prefix: p, ttlMs: options.ttlMs, auditTtlMs: options.auditTtlMs ?? 3650 * 24 * 60 * 60 * 1000 }),
    connect: async () => {
      if (redis.status === "wait") await redis.connect();
      await redis.ping();
      if (block.next > block.last) await reserveBlock();
    },
    ping: async () => (await redis.ping().catch(() => null)) === "PONG",
    close: async () => void (await redis.quit().catch(() => redis.disconnect())),
  };
}

export function connectRedis(url: string, log: Logger): Redis {
  // Loaded here, on Redis only: local mode never pays for ioredis at start-up.
  const { Redis } = createRequire(import.meta.url)("ioredis") as typeof import("ioredis");
  // RESP2 keeps replies plain arrays; the short timeouts and no offline queue let a request
  // fail fast (and the fail-safe answer) instead of hanging while Redis is down. Commands
  // from requests in flight at once share one socket write (auto-pipelining): a write system
  // call per command cost more than any other single function of a message on Redis.
  const redis = new Redis(url, { protocol: 2, enableAutoPipelining: true, connectionName: "akutlinje-store", connectTimeout: 2_000, commandTimeout: 2_000, maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
  let down = false;
  redis.on("error", (err: Error) => {
    if (!down) log.error({ err: err.message }, "redis unreachable");
    down = true;
  });
  redis.on("ready", () => {
    if (down) log.info("redis reachable again");
    down = false;
  });
  return redis;
}
