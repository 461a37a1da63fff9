import type { Logger } from "pino";
import { onCallAt } from "../clinic/on-call-rota.js";
import { parseOpeningHours, withClosedDays, type OpeningHours } from "../clinic/opening-hours.js";
import type { Config } from "../config.js";
import { EMPTY_ROTA, type Rota, type StaffMember } from "../store/console-store.js";
import type { Stores } from "../store/store.js";

// Who gets pages, calls and digests, and whose SMS are doctor's commands, as the console's rota
// and staff list say; DOCTOR_PHONE and BACKUP_PHONE when no rota is set or it names no one.
// Both are read at most every few seconds. Should the store fail, what was read last stands, so
// a page still goes somewhere: to the last known doctor, or to DOCTOR_PHONE.
const FRESH_MS = 5_000;

export interface OnCall {
  /** The numbers on call at `at`. */
  at(at: number): Promise<{ doctor: string; backup: string | null }>;
  /** The same from what was read last, with no store: for the fail-safe. */
  lastKnown(at: number): { doctor: string; backup: string | null };
  /** DOCTOR_PHONE, BACKUP_PHONE and every staff member with the doctor role. */
  isDoctor(phone: string): Promise<boolean>;
  /** The same from what was read last, with no store: for the fail-safe. */
  isDoctorKnown(phone: string): boolean;
  /** The staff member with this number, if any (for naming who sent an SMS command). */
  staffByPhone(phone: string): Promise<StaffMember | null>;
  /** Opening hours with the rota's closed days; what was read last (sync, for opening a case). */
  hours(): OpeningHours;
  /** Reads the staff and rota again now: after a change in the console, and on each tick. */
  refresh(): Promise<void>;
  /** Reads the rota and the staff again only when what is known is older than a few seconds. */
  refreshIfStale(): Promise<void>;
}

export function onCall(config: Config, stores: Pick<Stores, "staff" | "rota">, log: Logger): OnCall {
  let staff: StaffMember[] = [];
  let rota: Rota = EMPTY_ROTA;
  let hours: OpeningHours = config.hours;
  let readAt = -Infinity;

  async function refresh(): Promise<void> {
    try {
      [staff, rota] = await Promise.all([stores.staff.list(), stores.rota.get()]);
      readAt = Date.now();
    } catch (err) {
      log.warn({ err: (err as Error).message }, "rota not read; the last known rota stands");
      return;
    }
    try {
      hours = withClosedDays(rota.hours ? parseOpeningHours(rota.hours) : config.hours, rota.closedDays);
    } catch {
      hours = withClosedDays(config.hours, rota.closedDays);
    }
  }
  const fresh = async () => {
    if (Date.now() - readAt > FRESH_MS) await refresh();
  };
  const phoneOf = (id: string | null | undefined) => (id ? staff.find((m) => m.id === id)?.phone ?? null : null);
  const known = (phone: string) => phone === config.doctorPhone || phone === config.backupPhone || staff.some((m) => m.role === "doctor" && m.phone === phone);

  const lastKnown = (at: number) => {
    const who = onCallAt(rota, at);
    const doctor = phoneOf(who?.primary);
    if (!doctor) return { doctor: config.doctorPhone, backup: config.backupPhone ?? null };
    return { doctor, backup: phoneOf(who?.backup) };
  };

  return {
    async at(at) {
      await fresh();
      return lastKnown(at);
    },
    lastKnown,
    async isDoctor(phone) {
      await fresh();
      return known(phone);
    },
    isDoctorKnown: known,
    async staffByPhone(phone) {
      await fresh();
      return staff.find((m) => m.phone === phone) ?? null;
    },
    hours: () => hours,
    refresh,
    refreshIfStale: fresh,
  };
}
