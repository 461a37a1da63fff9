import type { Rota } from "../store/console-store.js";
import { localTime } from "./opening-hours.js";

// Who is on call at a moment, from the console's rota, in Copenhagen time. Pure.
const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
};
const two = (n: number) => String(n).padStart(2, "0");

/** "2026-12-24T21:05": the local wall-clock time, comparable as text with an override's ends. */
export function localStamp(at: number): string {
  const l = localTime(at);
  return `${l.y}-${two(l.mo)}-${two(l.d)}T${two(Math.floor(l.minute / 60))}:${two(l.minute % 60)}`;
}

/** The staff ids on call: a dated override first, then the weekly slot; null when the rota is silent. */
export function onCallAt(rota: Rota, at: number): { primary: string; backup: string | null } | null {
  const stamp = localStamp(at);
  const override = rota.overrides.find((o) => o.from <= stamp && stamp < o.to);
  if (override) return { primary: override.primary, backup: override.backup };
  const l = localTime(at);
  const yesterday = (l.day + 6) % 7;
  const slot = rota.slots.find((s) => {
    const from = minutes(s.from);
    const to = minutes(s.to);
    // A slot whose end is not after its start runs past midnight into the next day.
    if (to > from) return s.day === l.day && l.minute >= from && l.minute < to;
    return (s.day === l.day && l.minute >= from) || (s.day === yesterday && l.minute < to);
  });
  return slot ? { primary: slot.primary, backup: slot.backup } : null;
}
