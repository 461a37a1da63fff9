import type { Store as SessionStore } from "express-session";
import type { Redis } from "ioredis";
import { EMPTY_ROTA, matchesAudit, type AuditEntry, type ConsoleStores, type HistoryEntry, type Rota, type StaffMember } from "./console-store.js";

// Keys: <prefix>:staff (hash id -> member), <prefix>:rota, <prefix>:{cases}:history:K7 (a list
// that expires with the case), <prefix>:audit (a stream: append-only, trimmed to AUDIT_TTL_DAYS
// on every append and expiring as a whole when nothing is written for that long), and
// <prefix>:sess:<id> (express-session, through connect-redis).
const AUDIT_READ_MAX = 5_000;

/** connect-redis 9 talks node-redis; these are the five calls it makes, on ioredis. */
function nodeRedisFace(redis: Redis) {
  return {
    get: (key: string) => redis.get(key),
    set: (key: string, value: string, options?: { expiration?: { type: "EX"; value: number } }) =>
      options?.expiration ? redis.set(key, value, "EX", options.expiration.value) : redis.set(key, value),
    expire: (key: string, seconds: number) => redis.expire(key, seconds),
    del: (keys: string | string[]) => redis.del(...(Array.isArray(keys) ? keys : [keys])),
    mGet: (keys: string[]) => redis.mget(...keys),
  };
}

const APPEND_EXPIRING = "redis.call('RPUSH', KEYS[1], ARGV[1]) redis.call('PEXPIRE', KEYS[1], ARGV[2])";

export function redisConsoleStores(redis: Redis, options: { prefix: string; ttlMs: number; auditTtlMs: number }): ConsoleStores {
  const p = options.prefix;
  const staffKey = `${p}:staff`;
  const rotaKey = `${p}:rota`;
  const auditKey = `${p}:audit`;
  const historyKey = (ref: string) => `${p}:{cases}:history:${ref.toUpperCase()}`;
  const parse = <T>(json: string | null): T | null => (json ? (JSON.parse(json) as T) : null);
  let sessions: Promise<SessionStore> | undefined;
  return {
    staff: {
      list: async () => Object.values(await redis.hgetall(staffKey)).map((json) => JSON.parse(json) as StaffMember),
      get: async (id) => parse<StaffMember>(await redis.hget(staffKey, id)),
      async byPhone(phone) {
        return Object.values(await redis.hgetall(staffKey)).map((json) => JSON.parse(json) as StaffMember).find((m) => m.phone === phone) ?? null;
      },
      put: async (member) => void (await redis.hset(staffKey, member.id, JSON.stringify(member))),
      remove: async (id) => void (await redis.hdel(staffKey, id)),
    },
    rota: {
      get: async () => ({ ...EMPTY_ROTA, ...parse<Rota>(await redis.get(rotaKey)) }),
      put: async (rota) => void (await redis.set(rotaKey, JSON.stringify(rota))),
    },
    history: {
      async append(ref, entry: HistoryEntry) {
        // One script, one round trip: an entry never stays without the case's expiry.
        await redis.eval(APPEND_EXPIRING, 1, historyKey(ref), JSON.stringify(entry), options.ttlMs);
      },
      list: async (ref) => (await redis.lrange(historyKey(ref), 0, -1)).map((json) => JSON.parse(json) as HistoryEntry),
    },
    audit: {
      async append(entry) {
        // Stream ids are Redis's own clock: entries older than the TTL are trimmed by it.
        const oldest = Date.now() - options.auditTtlMs;
        await redis.multi().xadd(auditKey, "MINID", "~", String(Math.max(0, oldest)), "*", "entry", JSON.stringify(entry)).pexpire(auditKey, options.auditTtlMs).exec();
      },
      async list(filter) {
        const rows = (await redis.xrevrange(auditKey, "+", "-", "COUNT", AUDIT_READ_MAX)) as [string, string[]][];
        const entries = rows.map(([, fields]) => JSON.parse(fields[1]!) as AuditEntry);
        return entries.filter((e) => matchesAudit(e, filter)).slice(0, filter.limit ?? 500);
      },
    },
    sessions: () => (sessions ??= import("connect-redis").then(({ RedisStore }) => new RedisStore({ client: nodeRedisFace(redis), prefix: `${p}:sess:` }))),
  };
}
