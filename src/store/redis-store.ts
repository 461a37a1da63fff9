import { Redis } from "ioredis";
import type { Logger } from "pino";
import type { CaseRecord, ConversationRecord } from "../flows/records.js";
import { StaleWriteError, TRANSCRIPT_MAX, type CaseStore, type ConversationStore, type MessageClaims, type SenderLock, type Stores, type TranscriptEntry, type Deliveries, type DeliveryInfo, type Counters } from "./store.js";

// Redis keys, each with a hash tag ({...}) so a conversation's record and lock share a
// cluster slot:  <prefix>:conv:{+4512345678}  <prefix>:lock:{+4512345678}
//                <prefix>:case:{K7}  <prefix>:msg:{SM...}  <prefix>:{cases}:open|seq
//                <prefix>:log:{...} (transcript)  <prefix>:ticket|serving:{...} (the lock)
// The lock is a ticket lock, so messages are handled in arrival order across instances.
// Records are hashes {rev, data}; a write names the revision it read (check-and-set in Lua),
// so a writer whose lock ran out cannot overwrite newer state. Every record carries a TTL.
const PUT_IF_REV = `
local rev = redis.call('HGET', KEYS[1], 'rev') or '0'
if rev ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'rev', ARGV[2], 'data', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
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

export interface RedisStoreOptions {
  prefix: string;
  /** How long health data is kept after its last change. */
  ttlMs: number;
  /** How long a lock holder may go without progress before the next in line skips it. */
  lockTtlMs?: number;
  /** How long a message waits for the lock before giving up (the fail-safe then answers). */
  lockWaitMs?: number;
}

export function redisStores(redis: Redis, options: RedisStoreOptions): Stores {
  const p = options.prefix;
  const lockTtl = options.lockTtlMs ?? 30_000;
  const lockWait = options.lockWaitMs ?? 15_000;

  async function getRecord<T>(key: string): Promise<T | null> {
    const [data, rev] = await redis.hmget(key, "data", "rev");
    if (!data) return null;
    try {
      return { ...(JSON.parse(data) as T), rev: Number(rev ?? 0) };
    } catch {
      return null;
    }
  }

  async function putRecord(key: string, record: { rev?: number }): Promise<void> {
    const rev = record.rev ?? 0;
    const { rev: _drop, ...data } = record;
    const ok = await redis.eval(PUT_IF_REV, 1, key, String(rev), String(rev + 1), JSON.stringify(data), String(options.ttlMs));
    if (ok !== 1) throw new StaleWriteError(`${key} changed since it was read`);
  }

  const conversations: ConversationStore = {
    get: (sender) => getRecord<ConversationRecord>(`${p}:conv:{${sender}}`),
    put: (sender, record) => putRecord(`${p}:conv:{${sender}}`, record),
    async append(sender, entries) {
      const key = `${p}:log:{${sender}}`;
      await redis.multi().rpush(key, ...entries.map((e) => JSON.stringify(e))).ltrim(key, -TRANSCRIPT_MAX, -1).pexpire(key, options.ttlMs).exec();
    },
    async transcript(sender) {
      return (await redis.lrange(`${p}:log:{${sender}}`, 0, -1)).map((line) => JSON.parse(line) as TranscriptEntry);
    },
  };

  const openSet = `${p}:{cases}:open`;
  const cases: CaseStore = {
    nextNumber: () => redis.incr(`${p}:{cases}:seq`),
    get: (ref) => getRecord<CaseRecord>(`${p}:case:{${ref.toUpperCase()}}`),
    async put(record) {
      await putRecord(`${p}:case:{${record.ref}}`, record);
      if (record.snapshot.value === "closed") await redis.srem(openSet, record.ref);
      else await redis.sadd(openSet, record.ref);
    },
    async open() {
      const refs = await redis.smembers(openSet);
      const records = await Promise.all(refs.map((ref) => cases.get(ref)));
      // A case whose record has expired is no longer open.
      const gone = refs.filter((_, i) => !records[i]);
      if (gone.length) await redis.srem(openSet, ...gone);
      return records.filter((r): r is CaseRecord => r !== null && r.snapshot.value !== "closed");
    },
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
      const [ticket, first] = (await redis.eval(TAKE_TICKET, 2, ticketKey, servingKey, String(options.ttlMs))) as [number, number];
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
          await redis.eval(ADVANCE, 1, servingKey, String(serving), String(serving + 1), String(options.ttlMs));
        }
      }
      try {
        return await task(ticket);
      } finally {
        // serving > ticket - 1 means the counters were reset under us: our turn all the same.
        await redis.eval(ADVANCE, 1, servingKey, String(ticket - 1), String(ticket), String(options.ttlMs)).catch(() => undefined);
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
  // fail fast (and the fail-safe answer) instead of hanging while Redis is down.
  const redis = new Redis(url, { protocol: 2, connectTimeout: 2_000, commandTimeout: 2_000, maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
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
