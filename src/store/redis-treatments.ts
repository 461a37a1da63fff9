import type { Redis } from "ioredis";
import { StaleWriteError } from "./store.js";
import { checkinDueAt, expiresAt, summaryOf, type CheckinNote, type TreatmentRecord, type TreatmentStore } from "./treatment-store.js";

// Redis keys, all in the {treatments} slot so each script touches one cluster slot:
//   <prefix>:{treatments}:t:<id>            hash {rev, data}, expiring DATA_TTL_DAYS after the treatment
//   <prefix>:{treatments}:patient:<phone>   sorted set of ids by treatment time
//   <prefix>:{treatments}:due               sorted set of ids by their next check-in timer, for the sweep
//   <prefix>:{treatments}:recent            sorted set of ids by treatment time, for the console's list
//   <prefix>:{treatments}:notes             sorted set of check-in notes (JSON) by digest time
// and, outside that slot, in the patient's own:
//   <prefix>:treated:{+4512345678}         hash id -> what triage reads of the treatment, for the
//   <prefix>:treated:{whatsapp:+4512345678}   SMS and the WhatsApp address alike (see treatedKey)
// Every key expires: the indexes live as long as the newest record they point to.
// KEYS: record, patient index, due index, recent index. ARGV: data, expiry (epoch ms), id,
// treated at, due ('' none), TTL, the treatment time at or before which a record has expired.
const ADD = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'rev', '1', 'data', ARGV[1])
redis.call('PEXPIREAT', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[3])
if redis.call('PEXPIRETIME', KEYS[2]) < tonumber(ARGV[2]) then redis.call('PEXPIREAT', KEYS[2], ARGV[2]) end
redis.call('ZADD', KEYS[4], ARGV[4], ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', ARGV[7])
if redis.call('PEXPIRETIME', KEYS[4]) < tonumber(ARGV[2]) then redis.call('PEXPIREAT', KEYS[4], ARGV[2]) end
if ARGV[5] ~= '' then
  redis.call('ZADD', KEYS[3], ARGV[5], ARGV[3])
  redis.call('PEXPIRE', KEYS[3], ARGV[6])
end
return 1`;
// KEYS: record, due index. ARGV: rev read, data, expiry, id, due ('' none), TTL.
const PUT = `
if (redis.call('HGET', KEYS[1], 'rev') or '0') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'rev', tostring(tonumber(ARGV[1]) + 1), 'data', ARGV[2])
redis.call('PEXPIREAT', KEYS[1], ARGV[3])
if ARGV[5] == '' then redis.call('ZREM', KEYS[2], ARGV[4]) else
  redis.call('ZADD', KEYS[2], ARGV[5], ARGV[4])
  redis.call('PEXPIRE', KEYS[2], ARGV[6])
end
return 1`;

// KEYS: the patient's summaries. ARGV: id, summary, expiry (epoch ms).
const PUT_SUMMARY = `
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if redis.call('PEXPIRETIME', KEYS[1]) < tonumber(ARGV[3]) then redis.call('PEXPIREAT', KEYS[1], ARGV[3]) end
return 1`;

/**
 * The patient's treatments as triage reads them, in the sender's own hash slot: the script that
 * begins a conversation's turn returns them with it, so a message costs no round trip for them.
 */
export const treatedKey = (prefix: string, sender: string) => `${prefix}:treated:{${sender}}`;
const addressesOf = (phone: string) => [phone, `whatsapp:${phone}`];

type Scripted = Record<"treatmentAdd" | "treatmentPut" | "treatmentSummary", (...keysAndArgs: (string | number)[]) => Promise<number>>;

export function redisTreatments(redis: Redis, options: { prefix: string; ttlMs: number }): TreatmentStore {
  const p = `${options.prefix}:{treatments}`;
  const key = (id: string) => `${p}:t:${id}`;
  const patientKey = (phone: string) => `${p}:patient:${phone}`;
  const dueKey = `${p}:due`;
  const recentKey = `${p}:recent`;
  const notesKey = `${p}:notes`;
  redis.defineCommand("treatmentAdd", { numberOfKeys: 4, lua: ADD });
  redis.defineCommand("treatmentPut", { numberOfKeys: 2, lua: PUT });
  redis.defineCommand("treatmentSummary", { numberOfKeys: 1, lua: PUT_SUMMARY });
  const run = redis as unknown as Scripted;
  const data = (record: TreatmentRecord) => JSON.stringify({ ...record, rev: undefined });

  async function getMany(ids: string[], index: string): Promise<TreatmentRecord[]> {
    if (ids.length === 0) return [];
    const rows = (await ids.reduce((pipe, id) => pipe.hmget(key(id), "data", "rev"), redis.pipeline()).exec()) ?? [];
    const records = rows.map(([err, row]): TreatmentRecord | null => {
      const [json, rev] = (err ? [null, null] : row) as [string | null, string | null];
      return json ? ({ ...(JSON.parse(json) as TreatmentRecord), rev: Number(rev ?? 0) }) : null;
    });
    const gone = ids.filter((_, i) => !records[i]);
    if (gone.length) await redis.zrem(index, ...gone);
    return records.filter((r): r is TreatmentRecord => r !== null);
  }

  const summarise = (record: TreatmentRecord) => Promise.all(addressesOf(record.phone).map((sender) =>
    run.treatmentSummary(treatedKey(options.prefix, sender), record.id, JSON.stringify(summaryOf(record, options.ttlMs)), expiresAt(record, options.ttlMs))));

  return {
    // The summaries are written before the record and removed after it: should the process die
    // in between, triage reads a treatment too many (its rules only raise a level), never one
    // too few. A treatment sent again is summarised as it was stored the first time.
    async add(record) {
      await summarise(record);
      const due = checkinDueAt(record);
      // Redis expires the records by its own clock, so the index is trimmed by the real one too.
      const expiredUpTo = Date.now() - options.ttlMs;
      const added = (await run.treatmentAdd(key(record.id), patientKey(record.phone), dueKey, recentKey, data(record), expiresAt(record, options.ttlMs), record.id, record.treatedAt, due ?? "", options.ttlMs, expiredUpTo)) === 1;
      const stored = added ? null : (await getMany([record.id], dueKey))[0];
      if (stored) await summarise(stored);
      return added;
    },
    async get(id) {
      return (await getMany([id], dueKey))[0] ?? null;
    },
    async put(record) {
      const due = checkinDueAt(record);
      const ok = await run.treatmentPut(key(record.id), dueKey, record.rev ?? 0, data(record), expiresAt(record, options.ttlMs), record.id, due ?? "", options.ttlMs);
      if (ok !== 1) throw new StaleWriteError(`treatment ${record.id} changed since it was read`);
    },
    async remove(id) {
      const record = (await getMany([id], dueKey))[0];
      const pipe = redis.multi().del(key(id)).zrem(dueKey, id).zrem(recentKey, id);
      if (record) pipe.zrem(patientKey(record.phone), id);
      await pipe.exec();
      if (record) await Promise.all(addressesOf(record.phone).map((sender) => redis.hdel(treatedKey(options.prefix, sender), id)));
    },
    async forPatient(phone) {
      const ids = await redis.zrevrange(patientKey(phone), 0, 49);
      return getMany(ids, patientKey(phone));
    },
    recent: async (limit) => getMany(await redis.zrevrange(recentKey, 0, limit - 1), recentKey),
    due: async (at) => getMany(await redis.zrangebyscore(dueKey, "-inf", at), dueKey),
    notes: {
      async add(note) {
        await redis.multi()
          .zremrangebyscore(notesKey, "-inf", Date.now() - options.ttlMs)
          .zadd(notesKey, note.digestAt, JSON.stringify(note))
          .pexpire(notesKey, options.ttlMs)
          .exec();
      },
      async due(at) {
        return (await redis.zrangebyscore(notesKey, "-inf", at)).map((line) => JSON.parse(line) as CheckinNote);
      },
      async remove(done) {
        if (done.length) await redis.zrem(notesKey, ...done.map((n) => JSON.stringify(n)));
      },
    },
  };
}
