import type { CaseRecord, ConversationRecord } from "../flows/records.js";
import { StaleWriteError, TRANSCRIPT_MAX, type CaseStore, type ConversationStore, type MessageClaims, type SenderLock, type Stores, type TranscriptEntry, type Deliveries, type DeliveryInfo, type Counters } from "./store.js";

// Values are copied in and out through JSON, as a real store would, so no caller can
// change stored state by holding on to an object.
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function checked<T extends { rev?: number }>(stored: T | undefined, record: T): T {
  if ((stored?.rev ?? 0) !== (record.rev ?? 0)) throw new StaleWriteError("record changed since it was read");
  return copy({ ...record, rev: (record.rev ?? 0) + 1 });
}

class MemoryConversations implements ConversationStore {
  private readonly map = new Map<string, ConversationRecord>();
  private readonly logs = new Map<string, TranscriptEntry[]>();
  async append(sender: string, entries: TranscriptEntry[]) {
    this.logs.set(sender, [...(this.logs.get(sender) ?? []), ...copy(entries)].slice(-TRANSCRIPT_MAX));
  }
  async transcript(sender: string) {
    return copy(this.logs.get(sender) ?? []);
  }
  async get(sender: string) {
    const found = this.map.get(sender);
    return found ? copy(found) : null;
  }
  async put(sender: string, record: ConversationRecord) {
    this.map.set(sender, checked(this.map.get(sender), record));
  }
}

class MemoryCases implements CaseStore {
  private readonly map = new Map<string, CaseRecord>();
  private counter = 0;
  async nextNumber() {
    return ++this.counter;
  }
  async get(ref: string) {
    const found = this.map.get(ref.toUpperCase());
    return found ? copy(found) : null;
  }
  async put(record: CaseRecord) {
    this.map.set(record.ref, checked(this.map.get(record.ref), record));
  }
  async open() {
    return [...this.map.values()].filter((c) => c.snapshot.value !== "closed").map(copy);
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
  run<T>(key: string, task: (ticket: number) => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const ticket = ++this.ticket;
    const result = previous.then(() => task(ticket), () => task(ticket));
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

export function memoryStores(now: () => number): Stores {
  return {
    conversations: new MemoryConversations(),
    cases: new MemoryCases(),
    claims: new MemoryClaims(now),
    lock: new MemoryLock(),
    deliveries: new MemoryDeliveries(now),
    counters: new MemoryCounters(now),
    connect: async () => undefined,
    ping: async () => true,
    close: async () => undefined,
  };
}
