import { caseDueAt, type CaseRecord, type ConversationRecord } from "../flows/records.js";
import { memoryConsoleStores } from "./memory-console-store.js";
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

export interface MemoryStoreOptions {
  /** How long health data is kept after its last change (DATA_TTL_DAYS), as Redis mode keeps it. */
  ttlMs: number;
  /** Most entries each map holds (senders, cases, claims, deliveries, rate counters). */
  maxEntries: number;
}

// Local mode keeps what Redis mode keeps, for as long: an entry expires its TTL after its
// last write, and is gone once read after that or swept (at most once a minute). A flood
// cannot grow a map without end either: over the cap, the entry written longest ago goes
// first, except those `keepLonger` names (open cases), which go only when nothing else is
// left. Hand-written rather than lru-cache: it runs on the store's clock, which the tests move.
export class ExpiringMap<V> {
  private readonly map = new Map<string, { value: V; until: number }>();
  // The keys of the entries that go first over the cap, in write order. Walking the map for
  // the oldest of them cost a pass over every open case for each new case once the cap was
  // full of them (a night of 100,000 messages with no doctor answering).
  private readonly goFirst = new Set<string>();
  private lastSweep = -Infinity;
  constructor(
    private readonly now: () => number,
    private readonly max: number,
    private readonly keepLonger: (value: V) => boolean = () => false,
  ) {}

  get(key: string): V | undefined {
    const entry = this.map.get(key);
    if (entry && entry.until <= this.now()) this.delete(key);
    else return entry?.value;
  }

  /** Writes the entry as the newest, to expire `ttlMs` from now. */
  set(key: string, value: V, ttlMs: number): void {
    const t = this.now();
    this.sweep(t);
    this.delete(key);
    this.map.set(key, { value, until: t + ttlMs });
    if (!this.keepLonger(value)) this.goFirst.add(key);
    if (this.map.size > this.max) this.evict();
  }

  values(): V[] {
    this.sweep(this.now(), true);
    return [...this.map.values()].map((entry) => entry.value);
  }

  private sweep(t: number, always = false): void {
    if (!always && t - this.lastSweep < 60_000) return;
    this.lastSweep = t;
    for (const [key, entry] of this.map) if (entry.until <= t) this.delete(key);
  }

  private evict(): void {
    this.delete((this.goFirst.size > 0 ? this.goFirst : this.map).keys().next().value!);
  }

  private delete(key: string): void {
    this.map.delete(key);
    this.goFirst.delete(key);
  }
}

// A sender's conversation and transcript live and expire together, as one entry.
interface SenderData {
  record?: Stored;
  log: string[];
}

class MemoryConversations implements ConversationStore {
  private readonly senders: ExpiringMap<SenderData>;
  constructor(private readonly claims: TurnClaims, private readonly lock: MemoryLock, private readonly counters: MemoryCounters, now: () => number, private readonly options: MemoryStoreOptions) {
    this.senders = new ExpiringMap(now, options.maxEntries);
  }

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
      record: read<ConversationRecord>(this.senders.get(sender)?.record),
      commit: async (record, entries) => {
        if (ended) throw new Error("turn already ended");
        let committed = false;
        try {
          const data = this.senders.get(sender) ?? { log: [] };
          const next = { record: record ? checked(data.record, record) : data.record, log: [...data.log, ...entries.map((entry) => JSON.stringify(entry))].slice(-TRANSCRIPT_MAX) };
          if (record || entries.length) this.senders.set(sender, next, this.options.ttlMs);
          committed = true;
        } finally {
          await end(committed);
        }
      },
      end: () => end(),
    };
  }

  async transcript(sender: string) {
    return (this.senders.get(sender)?.log ?? []).map((line) => JSON.parse(line) as TranscriptEntry);
  }
  async get(sender: string) {
    return read<ConversationRecord>(this.senders.get(sender)?.record);
  }
}

type StoredCase = Stored & { closed: boolean; dueAt: number | null };

class MemoryCases implements CaseStore {
  private readonly map: ExpiringMap<StoredCase>;
  private counter = 0;
  // Over the cap an open case is the last to go: it may still have a doctor to wake.
  constructor(now: () => number, private readonly options: MemoryStoreOptions) {
    this.map = new ExpiringMap(now, options.maxEntries, (c) => !c.closed);
  }
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
    this.map.set(record.ref, { ...checked(this.map.get(record.ref), record), closed: record.snapshot.value === "closed", dueAt: caseDueAt(record) }, this.options.ttlMs);
  }
  async open() {
    return this.map.values().filter((c) => !c.closed).map((c) => read<CaseRecord>(c)!);
  }
  async due(at: number) {
    return this.map.values().filter((c) => c.dueAt !== null && c.dueAt <= at).map((c) => read<CaseRecord>(c)!);
  }
  async closedSince(at: number) {
    return this.map.values().filter((c) => c.closed).map((c) => read<CaseRecord>(c)!).filter((r) => (r.snapshot.context.closedAt ?? 0) >= at);
  }
}

// Over the cap the oldest claim goes: a late retry of that message may then be handled twice,
// which beats running out of memory (a duplicate beats none).
class MemoryClaims implements MessageClaims {
  private readonly seen: ExpiringMap<true>;
  constructor(now: () => number, options: MemoryStoreOptions) {
    this.seen = new ExpiringMap(now, options.maxEntries);
  }
  async claim(messageSid: string, ttlMs: number) {
    if (this.seen.get(messageSid)) return false;
    this.seen.set(messageSid, true, ttlMs);
    return true;
  }
}

class MemoryDeliveries implements Deliveries {
  private readonly map: ExpiringMap<DeliveryInfo>;
  constructor(now: () => number, options: MemoryStoreOptions) {
    this.map = new ExpiringMap(now, options.maxEntries);
  }
  async remember(sid: string, info: DeliveryInfo, ttlMs: number) {
    this.map.set(sid, info, ttlMs);
  }
  async lookup(sid: string) {
    return this.map.get(sid) ?? null;
  }
}

class MemoryCounters implements Counters {
  private readonly map: ExpiringMap<number>;
  constructor(private readonly now: () => number, options: MemoryStoreOptions) {
    this.map = new ExpiringMap(now, options.maxEntries);
  }
  async hit(key: string, windowMs: number) {
    const t = this.now();
    const window = Math.floor(t / windowMs);
    const slot = `${key}:${window}`;
    const count = (this.map.get(slot) ?? 0) + 1;
    this.map.set(slot, count, (window + 1) * windowMs - t);
    return count;
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

// The defaults are DATA_TTL_DAYS' default and room for far more senders than a night brings.
const DEFAULTS: MemoryStoreOptions = { ttlMs: 30 * 24 * 60 * 60 * 1000, maxEntries: 10_000 };
const AUDIT_TTL_MS = 3650 * 24 * 60 * 60 * 1000;

/**
 * A MessageSid counts as handled once its turn commits. A copy that comes while the turn is
 * in hand waits for its outcome; a turn that ends without committing leaves the message to
 * the next copy (or the fallback replay). Handled ones expire and are capped as MemoryClaims are.
 */
class TurnClaims {
  private readonly inHand = new Map<string, Promise<void>>();
  private readonly done: ExpiringMap<true>;
  constructor(now: () => number, options: MemoryStoreOptions) {
    this.done = new ExpiringMap(now, options.maxEntries);
  }

  async take(messageSid: string): Promise<"done" | { settle(keepMs: number | null): void }> {
    for (;;) {
      if (this.done.get(messageSid)) return "done";
      const settled = this.inHand.get(messageSid);
      if (!settled) break;
      await settled;
    }
    let resolve!: () => void;
    this.inHand.set(messageSid, new Promise<void>((r) => (resolve = r)));
    return {
      settle: (keepMs) => {
        this.inHand.delete(messageSid);
        if (keepMs !== null) this.done.set(messageSid, true, keepMs);
        resolve();
      },
    };
  }
}

export function memoryStores(now: () => number, overrides: Partial<MemoryStoreOptions & { auditTtlMs: number }> = {}): Stores {
  const options = { ...DEFAULTS, ...overrides };
  const claims = new MemoryClaims(now, options);
  const lock = new MemoryLock();
  const counters = new MemoryCounters(now, options);
  return {
    conversations: new MemoryConversations(new TurnClaims(now, options), lock, counters, now, options),
    cases: new MemoryCases(now, options),
    claims,
    lock,
    deliveries: new MemoryDeliveries(now, options),
    counters,
    ...memoryConsoleStores(now, { ttlMs: options.ttlMs, maxEntries: options.maxEntries, auditTtlMs: overrides.auditTtlMs ?? AUDIT_TTL_MS }),
    connect: async () => undefined,
    ping: async () => true,
    close: async () => undefined,
  };
}
