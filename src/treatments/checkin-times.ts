import { localTime, utcOf } from "../clinic/opening-hours.js";

// When check-ins may go out: the clinic's local day, never at night. Pure time arithmetic in
// Copenhagen time, across summer-time changes.
export const CHECKIN_DAYS = [1, 5, 14] as const;
export type CheckinDay = (typeof CHECKIN_DAYS)[number];

/** The daily window in Copenhagen minutes after midnight: from (inclusive) to (exclusive). */
export interface CheckinWindow {
  from: number;
  to: number;
}

// A check-in leaves the patient an hour of the window to answer before the evening ends.
const ANSWER_ROOM_MIN = 60;

export function inWindow(at: number, w: CheckinWindow): boolean {
  const minute = localTime(at).minute;
  return minute >= w.from && minute < w.to;
}

/** The next moment the window opens after `at` (today's start if it is still ahead). */
export function nextWindowStart(at: number, w: CheckinWindow): number {
  const l = localTime(at);
  const ahead = l.minute < w.from ? 0 : 1;
  const day = new Date(Date.UTC(l.y, l.mo - 1, l.d + ahead));
  return utcOf(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), w.from);
}

/**
 * Day 1, 5 and 14 after the treatment, at the treatment's time of day moved into the window
 * (a treatment at 07:30 is asked about at 09:00, one at 20:30 an hour before the window ends).
 * Only check-ins still ahead of `now` are planned.
 */
export function checkinPlan(treatedAt: number, w: CheckinWindow, now: number): Array<{ day: CheckinDay; at: number }> {
  const t = localTime(treatedAt);
  const minute = Math.min(Math.max(t.minute, w.from), Math.max(w.from, w.to - ANSWER_ROOM_MIN));
  return CHECKIN_DAYS.map((day) => {
    const date = new Date(Date.UTC(t.y, t.mo - 1, t.d + day));
    return { day, at: utcOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), minute) };
  }).filter((c) => c.at > now);
}

/** "09-20" or "09:00-20:00" as a window. */
export function parseWindow(spec: string): CheckinWindow | null {
  const m = /^\s*(\d{1,2})(?:[:.](\d{2}))?\s*-\s*(\d{1,2})(?:[:.](\d{2}))?\s*$/.exec(spec);
  if (!m) return null;
  const from = Number(m[1]) * 60 + Number(m[2] ?? 0);
  const to = Number(m[3]) * 60 + Number(m[4] ?? 0);
  return from < to && to <= 24 * 60 && to - from >= 2 * 60 ? { from, to } : null;
}
