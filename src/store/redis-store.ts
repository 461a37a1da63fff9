import { Redis } from "ioredis";
import type { Logger } from "pino";
import { caseDueAt, type CaseRecord, type ConversationRecord } from "../flows/records.js";
import { StaleWriteError, TRANSCRIPT_MAX, type CaseStore, type ConversationStore, type MessageClaims, type SenderLock, type Stores, type TranscriptEntry, type Deliveries, type DeliveryInfo, type Counters } from "./store.js";

// Redis keys, each with a hash tag ({...}) so a script only ever touches one cluster slot:
//   per sender  <prefix>:conv|log|ticket|serving:{+4512345678}  <prefix>:msg|rate:{+45...}:...
//   per case    <prefix>:{cases}:case:K7, with <prefix>:{cases}:open|seq
//   elsewhere   <prefix>:msg:{SM...} (doctor and status claims), <prefix>:sms:{SM...}
// A sender's messages take turns through a ticket lock (INCR ticket / "serving"), so they are
// handled in arrival order across instances. Records are hashes {rev, data}; a write names
// the revision it read (check-and-set), so a writer whose turn ran out cannot overwrite
// newer state. Every record carries a TTL. A message's turn costs two round trips: BEGIN
// (claim, ticket, rate count and, when nobody is ahead, the read) and COMMIT (write,
// transcript, release). Scripts go by EVALSHA.
const BEGIN = `
if ARGV[1] ~= '' and not redis.call('SET', KEYS[1], '1', 'PX', ARGV[1], 'NX') then return {0} end
local t = redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
redis.call('PEXPIRE', KEYS[3], ARGV[2])
local n = redis.call('INCR', KEYS[5])
if n == 1 then redis.call('PEXPIRE', KEYS[5], ARGV[3]) end
local serving = tonumber(redis.call('GET', KEYS[3]) or '0')
if serving ~= t - 1 then return {1, t, serving, n} end
local record = redis.call('HMGET', KEYS[4], 'data', 'rev')
return {1, t, serving, n, record[1], record[2]}`;
// KEYS: conversation, transcript, serving. ARGV: rev read, data ('' writes nothing), TTL,
// ticket, transcript max, entries... The turn ends whether or not the write went through.
const COMMIT = `
local ok = 1
if ARGV[2] ~= '' then
  if (redis.call('HGET', KEYS[1], 'rev') or '0') ~= ARGV[1] then ok = 0 else
    redis.call('HSET', KEYS[1], 'rev', tostring(tonumber(ARGV[1]) + 1), 'data', ARGV[2])
    redis.call('PEXPIRE', KEYS[1], ARGV[3])
  end
end
if ok == 1 and #ARGV > 5 then
  redis.call('RPUSH', KEYS[2], unpack(ARGV, 6))
  redis.call('LTRIM', KEYS[2], -tonumber(ARGV[5]), -1)
  redis.call('PEXPIRE', KEYS[2], ARGV[3])
end
if tonumber(redis.call('GET', KEYS[3]) or '0') == tonumber(ARGV[4]) - 1 then
  redis.call('SET', KEYS[3], ARGV[4], 'PX', ARGV[3])
end
return ok`;
// KEYS: case, open set, due index. ARGV: rev read, data, TTL, ref, closed ('1' or '0'),
// when it is next due ('' for never).
const PUT_CASE = `
if (redis.call('HGET', KEYS[1], 'rev') or '0') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'rev', tostring(tonumber(ARGV[1]) + 1), 'data', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
if ARGV[5] == '1' then redis.call('SREM', KEYS[2], ARGV[4]) else redis.call('SADD', KEYS[2], ARGV[4]) end
if ARGV[6] == '' then redis.call('ZREM', KEYS[3], ARGV[4]) else redis.call('ZADD', KEYS[3], ARGV[6], ARGV[4]) end
return 1`;
// A ticket lock: first come, first served across every instance. KEYS: ticket, serving.
const TAKE_TICKET = `
local t = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[1])
return {t, tonumber(redis.call('GET', KEYS[2]) or '0')}`;
// Moves "serving" from ARGV[1] to ARGV[2] only if nobody else moved it.
const ADVANCE = `
if tonumber(redis.call('GET', KEYS[1]) or '0') == tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0`;

const SCRIPTS = { begin: [5, BEGIN], commit: [3, COMMIT], putCase: [3, PUT_CASE], takeTicket: [2, TAKE_TICKET], advance: [1, ADVANCE] } as const;
type Scripted = Record<keyof typeof SCRIPTS, (...keysAndArgs: (string | number)[]) => Promise<unknown>>;

export interface RedisStoreOptions {
  prefix: string;
  /** How long health data is kept after its last change. */
  ttlMs: number;
  /** How long a lock holder may go without progress before the next in line skips it. */
  lockTtlMs?: number;
  /** How long a message waits for the lock before giving up (the fail-safe then answers). */
  lockWaitMs?: number;
}

const CASE_NUMBER_BLOCK = 10;

export function redisStores(redis: Redis, options: RedisStoreOptions): Stores {
  const p = options.prefix;
  const ttl = String(options.ttlMs);
  const lockTtl = options.lockTtlMs ?? 30_000;
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

  async function getRecord<T>(key: string): Promise<T | null> {
    const [data, rev] = await redis.hmget(key, "data", "rev");
    return parse<T>(data ?? null, rev ?? null);
  }

  /** Waits until "serving" reaches ticket - 1, skipping a holder that stopped making progress. */
  async function awaitTurn(servingKey: string, ticket: number, first: number): Promise<void> {
    let serving = first;
    let since = Date.now();
    const started = since;
    for (let wait = 2; serving < ticket - 1; wait = Math.min(wait * 2, 50)) {
      if (Date.now() - started > lockWait) throw new Error("conversation lock not acquired in time");
      await new Promise((r) => setTimeout(r, wait));
      const now = Number((await redis.get(servingKey)) ?? 0);
      if (now !== serving) {
        serving = now;
        since = Date.now();
      } else if (Date.now() - since > lockTtl) {
        // The holder died with the lock: skip its turn.
        await run.advance(servingKey, serving, serving + 1, ttl);
      }
    }
  }

  // serving > ticket - 1 means the counters were reset under us: our turn all the same.
  const release = (servingKey: string, ticket: number) => run.advance(servingKey, ticket - 1, ticket, ttl).catch(() => undefined);

  const conversations: ConversationStore = {
    async begin(sender, turn) {
      const keys = [`${p}:msg:{${sender}}:${turn.messageSid ?? ""}`, `${p}:ticket:{${sender}}`, `${p}:serving:{${sender}}`, `${p}:conv:{${sender}}`, `${p}:rate:{${sender}}:${Math.floor(Date.now() / turn.rateWindowMs)}`];
      const reply = (await run.begin(...keys, turn.messageSid ? turn.claimTtlMs : "", ttl, turn.rateWindowMs)) as [number, number, number, number, string | null, string | null];
      if (reply[0] === 0) return null;
      const [, ticket, serving, recent] = reply;
      const servingKey = keys[2]!;
      let record: ConversationRecord | null;
      if (serving === ticket - 1) record = parse<ConversationRecord>(reply[4] ?? null, reply[5] ?? null);
      else {
        try {
          await awaitTurn(servingKey, ticket, serving);
        } catch (err) {
          // Give the turn up, so those behind are not held for the lock's TTL.
          await release(servingKey, ticket);
          throw err;
        }
        record = await getRecord<ConversationRecord>(keys[3]!);
      }
      let ended = false;
      return {
        ticket, recent, record,
        async commit(next, entries) {
          if (ended) throw new Error("turn already ended");
          ended = true;
          const rev = next?.rev ?? 0;
          const data = next ? JSON.stringify({ ...next, rev: undefined }) : "";
          const ok = await run.commit(keys[3]!, `${p}:log:{${sender}}`, servingKey, rev, data, ttl, ticket, TRANSCRIPT_MAX, ...entries.map((e) => JSON.stringify(e)));
          if (ok !== 1) throw new StaleWriteError(`conversation changed since it was read`);
        },
        async end() {
          if (ended) return;
          ended = true;
          await release(servingKey, ticket);
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
  /** The records behind these refs, in one round trip; refs whose record expired are dropped from the set. */
  async function caseRecords(refs: string[], set: string): Promise<CaseRecord[]> {
    if (refs.length === 0) return [];
    const rows = await refs.reduce((pipe, ref) => pipe.hmget(caseKey(ref), "data", "rev"), redis.pipeline()).exec();
    const records = (rows ?? []).map(([err, row]) => (err ? null : parse<CaseRecord>(...(row as [string | null, string | null]))));
    const gone = refs.filter((_, i) => !records[i]);
    if (gone.length) await (set === openSet ? redis.srem(set, ...gone) : redis.zrem(set, ...gone));
    return records.filter((r): r is CaseRecord => r !== null && r.snapshot.value !== "closed");
  }
  const caseKey = (ref: string) => `${p}:{cases}:case:${ref.toUpperCase()}`;
  // Case numbers are reserved a block at a time per instance: one round trip in ten cases
  // instead of one per case. Numbers stay unique across instances; a restart skips the rest
  // of a block, so references can jump (K7, then K11).
  let block = { next: 1, last: 0 };
  async function nextNumber(): Promise<number> {
    if (block.next > block.last) {
      const last = await redis.incrby(`${p}:{cases}:seq`, CASE_NUMBER_BLOCK);
      block = { next: last - CASE_NUMBER_BLOCK + 1, last };
    }
    return block.next++;
  }
  const cases: CaseStore = {
    nextNumber,
    get: (ref) => getRecord<CaseRecord>(caseKey(ref)),
    async put(record) {
      const data = JSON.stringify({ ...record, rev: undefined });
      const ok = await run.putCase(caseKey(record.ref), openSet, dueIndex, record.rev ?? 0, data, ttl, record.ref, record.snapshot.value === "closed" ? "1" : "0", caseDueAt(record) ?? "");
      if (ok !== 1) throw new StaleWriteError(`case ${record.ref} changed since it was read`);
    },
    open: async () => caseRecords(await redis.smembers(openSet), openSet),
    due: async (at) => caseRecords(await redis.zrangebyscore(dueIndex, "-inf", at), dueIndex),
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
      const ticketKey = `${p}:ticket:{${key}}`;
      const servingKey = `${p}:serving:{${key}}`;
      const [ticket, first] = (await run.takeTicket(ticketKey, servingKey, ttl)) as [number, number];
      await awaitTurn(servingKey, ticket, first);
      try {
        return await task(ticket);
      } finally {
        await release(servingKey, ticket);
      }
    },
  };

  return {
    conversations, cases, claims, lock, deliveries, counters,
    connect: async () => {
      if (redis.status === "wait") await redis.connect();
      await redis.ping();
    },
    ping: async () => (await redis.ping().catch(() => null)) === "PONG",
    close: async () => void (await redis.quit().catch(() => redis.disconnect())),
  };
}

export function connectRedis(url: string, log: Logger): Redis {
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
