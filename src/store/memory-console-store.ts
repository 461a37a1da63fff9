import type { Store as SessionStore } from "express-session";
import { EMPTY_ROTA, matchesAudit, type AuditEntry, type ConsoleStores, type HistoryEntry, type Rota, type StaffMember } from "./console-store.js";
import { ExpiringMap } from "./memory-store.js";

const copy = <T>(value: T): T => structuredClone(value);

/** The console's stores in local mode: history expires as cases do, the audit log after its own TTL. */
export function memoryConsoleStores(now: () => number, options: { ttlMs: number; maxEntries: number; auditTtlMs: number }): ConsoleStores {
  const staff = new Map<string, StaffMember>();
  let rota: Rota = EMPTY_ROTA;
  const history = new ExpiringMap<HistoryEntry[]>(now, options.maxEntries);
  let audit: AuditEntry[] = [];
  let sessions: Promise<SessionStore> | undefined;
  return {
    staff: {
      list: async () => [...staff.values()].map(copy),
      get: async (id) => copy(staff.get(id) ?? null),
      byPhone: async (phone) => copy([...staff.values()].find((m) => m.phone === phone) ?? null),
      put: async (member) => void staff.set(member.id, copy(member)),
      remove: async (id) => void staff.delete(id),
    },
    rota: {
      get: async () => copy(rota),
      put: async (next) => void (rota = copy(next)),
    },
    history: {
      // Each entry keeps the case's history alive for the data TTL from its last change, as the case itself.
      append: async (ref, entry) => history.set(ref, [...(history.get(ref) ?? []), copy(entry)], options.ttlMs),
      list: async (ref) => copy(history.get(ref.toUpperCase()) ?? []),
    },
    audit: {
      async append(entry) {
        audit = [...audit.filter((e) => e.at > now() - options.auditTtlMs), copy(entry)];
      },
      list: async (filter) => audit.filter((e) => e.at > now() - options.auditTtlMs && matchesAudit(e, filter)).reverse().slice(0, filter.limit ?? 500).map(copy),
    },
    sessions: () => (sessions ??= import("express-session").then((session) => new session.default.MemoryStore())),
  };
}
