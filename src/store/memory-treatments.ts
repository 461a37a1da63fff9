import { StaleWriteError } from "./store.js";
import { checkinDueAt, expiresAt, type CheckinNote, type TreatmentRecord, type TreatmentStore } from "./treatment-store.js";

// Local mode's treatments: JSON in a map, each gone DATA_TTL_DAYS after its treatment, as in Redis.
export function memoryTreatments(now: () => number, options: { ttlMs: number }): TreatmentStore {
  const records = new Map<string, { rev: number; json: string; until: number }>();
  const notes = new Map<string, CheckinNote>();
  const live = (id: string) => {
    const entry = records.get(id);
    if (entry && entry.until <= now()) records.delete(id);
    return records.get(id);
  };
  const read = (id: string): TreatmentRecord | null => {
    const entry = live(id);
    return entry ? (JSON.parse(entry.json) as TreatmentRecord) : null;
  };
  const write = (record: TreatmentRecord, rev: number) =>
    records.set(record.id, { rev, json: JSON.stringify({ ...record, rev }), until: expiresAt(record, options.ttlMs) });
  const all = () => [...records.keys()].map(read).filter((r): r is TreatmentRecord => r !== null);

  return {
    async add(record) {
      if (live(record.id)) return false;
      write(record, 0);
      return true;
    },
    get: async (id) => read(id),
    async put(record) {
      if ((live(record.id)?.rev ?? 0) !== (record.rev ?? 0)) throw new StaleWriteError(`treatment ${record.id} changed since it was read`);
      write(record, (record.rev ?? 0) + 1);
    },
    async remove(id) {
      records.delete(id);
    },
    forPatient: async (phone) => all().filter((r) => r.phone === phone).sort((a, b) => b.treatedAt - a.treatedAt),
    recent: async (limit) => all().sort((a, b) => b.treatedAt - a.treatedAt).slice(0, limit),
    due: async (at) => all().filter((r) => (checkinDueAt(r) ?? Infinity) <= at),
    notes: {
      async add(note) {
        // A note holds a number and an outcome: it goes with the data it is about.
        for (const [id, n] of notes) if (n.result.at + options.ttlMs <= now()) notes.delete(id);
        notes.set(note.id, note);
      },
      due: async (at) => [...notes.values()].filter((n) => n.digestAt <= at && n.result.at + options.ttlMs > now()).sort((a, b) => a.result.at - b.result.at),
      async remove(done) {
        for (const n of done) notes.delete(n.id);
      },
    },
  };
}
