import { caseDueAt, type CaseRecord, type ConversationRecord } from "../flows/records.js";
import { StaleWriteError, TRANSCRIPT_MAX, type CaseStore, type ConversationStore, type MessageClaims, type SenderLock, type Stores, type TranscriptEntry, type Turn, type TurnOptions, type Deliveries, type DeliveryInfo, type Counters } from "./store.js";

// Values are kept as JSON, as a real store would keep them, so no caller can change stored
// state by holding on to an object; a read parses, a write serialises, once each.
interface Stored {
  rev: number;
  json: string;
}

function checked(stored: Stored | undefined, record: { rev?: number }): Stored {
  if ((stored?.rev ?? 0) !== (record.rev ?? 0)) throw new StaleWriteError("record changed since it was read");
  const rev = (record.rev ?? 0) + 1;
  return { rev, json: JSON.stringify({ ...record, rev }) };
}

const read = <T>(stored: Stored | undefined): T | null => (stored ? (JSON.parse(stored.json) as T) : null);

class MemoryConversations implements ConversationStore {
  private readonly map = new Map<string, Stored>();
  private readonly logs = new Map<string, string[]>();
  constructor(private readonly claims: TurnClaims, private readonly lock: MemoryLock, private readonly counters: MemoryCounters) {}

  async begin(sender: string, options: TurnOptions): Promise<Turn | null> {
    const claim = options.messageSid ? await this.claims.take(options.messageSid) : null;
    if (claim === "done") return null;
    const { ticket, release } = await this.lock.acquire(sender);
    const recent = await this.counters.hit(`turns:${sender}`, options.rateWindowMs);
    let ended = false;
    const end = async (committed = false) => {
      if (!ended) {
        release();
        claim?.settle(committed ? options.claimTtlMs : null);
      }
      ended = true;
    };
    return {
      ticket,
      recent,
      record: read<ConversationRecord>(this.map.get(sender)),
      commit: async (record, entries) => {
        if (ended) throw new Error("turn already ended");
        let committed = false;
        try {
          if (record) this.map.set(sender, checked(this.map.get(sender), record));
          this.append(sender, entries);
          committed = true;
        } finally {
          await end(committed);
        }
      },
      end: () => end(),
    };
  }

  private append(sender: string, entries: TranscriptEntry[]) {
    const log = this.logs.get(sender) ?? [];
    for (const entry of entries) log.push(JSON.stringify(entry));
    if (log.length > TRANSCRIPT_MAX) log.splice(0, log.length - TRANSCRIPT_MAX);
    this.logs.set(sender, log);
  }

  async transcript(sender: string) {
    return (this.logs.get(sender) ?? []).map((line) => JSON.parse(line) as TranscriptEntry);
  }
  async get(sender: string) {
    return read<ConversationRecord>(this.map.get(sender));
  }
}

class MemoryCases implements CaseStore {
  private readonly map = new Map<string, Stored & { closed: boolean; dueAt: number | null }>();
  private counter = 0;
  async nextNumber() {
    return ++this.counter;
  }
  spareNumber() {
    return ++this.counter;
  }
  async get(ref: string) {
    return read<CaseRecord>(this.map.get(ref.toUpperCase()));
  }
  async put(record: CaseRecord) {
    this.map.set(record.ref, { ...checked(this.map.get(record.ref), record), closed: record.snapshot.value === "closed", dueAt: caseDueAt(record) });
  }
  async open() {
    return [...this.map.values()].filter((c) => !c.closed).map((c) => read<CaseRecord>(c)!);
  }
  async due(at: number) {
    return [...this.map.values()].filter((c) => c.dueAt !== null && c.dueAt <= at).map((c) => read<CaseRecord>(c)!);
  }
}

// Expired entries are swept at most once a minute, so a claim stays O(1).
function sweeper<V>(map: Map<string, V>, expired: (v: V, now: number) => boolean): (now: number) => void {
  let last = 0;
  return (now) => {
    if (now - last < 60_000) return;
    last = now;
    for (const [k, v] of map) if (expired(v, now)) map.delete(k);
  };
}

class MemoryClaims implements MessageClaims {
  private readonly seen = new Map<string, number>();
  private readonly sweep = sweeper(this.seen, (until: number, now) => until <= now);
  constructor(private readonly now: () => number) {}
  async claim(messageSid: string, ttlMs: number) {
    const t = this.now();
    this.sweep(t);
    if (this.seen.has(messageSid)) return false;
    this.seen.set(messageSid, t + ttlMs);
    return true;
  }
}

/**
 * A MessageSid counts as handled once its turn commits. A copy that comes while the turn is
 * in hand waits for its outcome; a turn that ends without committing leaves the message to
 * the next copy (or the fallback replay).
 */
class TurnClaims {
  private readonly claims = new Map<string, { until: number } | { settled: Promise<void> }>();
  private readonly sweep = sweeper(this.claims, (c, now) => "until" in c && c.until <= now);
  constructor(private readonly now: () => number) {}

  async take(messageSid: string): Promise<"done" | { settle(keepMs: number | null): void }> {
    for (;;) {
      this.sweep(this.now());
      const claim = this.claims.get(messageSid);
      if (!claim) break;
      if ("until" in claim) {
        if (claim.until > this.now()) return "done";
        break;
      }
      await claim.settled;
    }
    let resolve!: () => void;
    this.claims.set(messageSid, { settled: new Promise<void>((r) => (resolve = r)) });
    return {
      settle: (keepMs) => {
        if (keepMs === null) this.claims.delete(messageSid);
        else this.claims.set(messageSid, { until: this.now() + keepMs });
        resolve();
      },
    };
  }
}

class MemoryDeliveries implements Deliveries {
  private readonly map = new Map<string, { info: DeliveryInfo; until: number }>();
  constructor(private readonly now: () => number) {}
  async remember(sid: string, info: DeliveryInfo, ttlMs: number) {
    this.map.set(sid, { info, until: this.now() + ttlMs });
  }
  async lookup(sid: string) {
    const found = this.map.get(sid);
    return found && found.until > this.now() ? found.info : null;
  }
}

class MemoryCounters implements Counters {
  private readonly map = new Map<string, { count: number; until: number }>();
  private readonly sweep = sweeper(this.map, (v: { until: number }, now) => v.until <= now);
  constructor(private readonly now: () => number) {}
  async hit(key: string, windowMs: number) {
    const t = this.now();
    this.sweep(t);
    const window = Math.floor(t / windowMs);
    const slot = `${key}:${window}`;
    const current = this.map.get(slot) ?? { count: 0, until: (window + 1) * windowMs };
    current.count++;
    this.map.set(slot, current);
    return current.count;
  }
}

class MemoryLock implements SenderLock {
  private readonly tails = new Map<string, Promise<unknown>>();
  private ticket = 0;

  /** Waits for every earlier holder of the key; the caller must release. */
  acquire(key: string): Promise<{ ticket: number; release: () => void }> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const ticket = ++this.ticket;
    let release!: () => void;
    const tail = new Promise<void>((resolve) => (release = resolve));
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return previous.then(() => ({ ticket, release }));
  }

  async run<T>(key: string, task: (ticket: number) => Promise<T>): Promise<T> {
    const { ticket, release } = await this.acquire(key);
    try {
      return await task(ticket);
    } finally {
      release();
    }
  }
}

export function memoryStores(now: () => number): Stores {
  const claims = new MemoryClaims(now);
  const lock = new MemoryLock();
  const counters = new MemoryCounters(now);
  return {
    conversations: new MemoryConversations(new TurnClaims(now), lock, counters),
    cases: new MemoryCases(),
    claims,
    lock,
    deliveries: new MemoryDeliveries(now),
    counters,
    connect: async () => undefined,
    ping: async () => true,
    close: async () => undefined,
  };
}
