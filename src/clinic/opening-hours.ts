// CLINIC_HOURS such as "mon-fri 08:00-16:00; sat 09:00-12:00", read in Europe/Copenhagen time.
const ZONE = "Europe/Copenhagen";
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DANISH_DAYS: Record<string, string> = { man: "mon", tir: "tue", ons: "wed", tor: "thu", fre: "fri", lor: "sat", lør: "sat", son: "sun", søn: "sun" };
const DAY_NAMES = {
  da: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

export interface Period {
  day: number;
  from: number;
  to: number;
}
export interface OpeningHours {
  periods: Period[];
  /** Dates the clinic stays closed ("2026-12-25", Copenhagen), set in the console's rota. */
  closed?: string[];
}

const dateKey = (y: number, mo: number, d: number) => `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** The same hours, closed on these dates as well. */
export function withClosedDays(hours: OpeningHours, closed: string[]): OpeningHours {
  return closed.length ? { periods: hours.periods, closed: [...closed] } : hours;
}

function dayIndex(raw: string): number {
  const key = raw.toLowerCase().slice(0, 3);
  const i = DAYS.indexOf(DANISH_DAYS[key] ?? key);
  if (i < 0) throw new Error(`unknown day "${raw}"`);
  return i;
}

function minutesOf(hhmm: string): number {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(hhmm);
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) throw new Error(`bad time "${hhmm}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function parseOpeningHours(spec: string): OpeningHours {
  const periods: Period[] = [];
  for (const part of spec.split(/[;,]/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^([a-zæøå]+)(?:\s*-\s*([a-zæøå]+))?\s+(\S+)\s*-\s*(\S+)$/i.exec(part);
    if (!m) throw new Error(`cannot read "${part}" (write e.g. "mon-fri 08:00-16:00")`);
    const first = dayIndex(m[1]!);
    const last = m[2] ? dayIndex(m[2]) : first;
    const from = minutesOf(m[3]!);
    const to = minutesOf(m[4]!);
    if (to <= from) throw new Error(`"${part}" closes before it opens`);
    for (let d = first; ; d = (d + 1) % 7) {
      periods.push({ day: d, from, to });
      if (d === last) break;
    }
  }
  if (periods.length === 0) throw new Error("holds no opening hours");
  return { periods };
}

interface Local {
  y: number;
  mo: number;
  d: number;
  day: number;
  minute: number;
}

// Made on first use: loading the time zone's data costs 20 ms, too much for every start.
let formatter: Intl.DateTimeFormat | undefined;

/** Milliseconds Copenhagen is ahead of UTC at `at`, read from the time zone's data. */
function zoneOffset(at: number): number {
  const parts = Object.fromEntries((formatter ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: ZONE, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23",
  })).formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return wall - Math.floor(at / 60_000) * 60_000;
}

// Reading the time zone costs tens of microseconds, and every message reads the local time.
// Copenhagen changes its offset only on a whole UTC hour (01:00 UTC), so one reading holds
// for the rest of that hour.
const HOUR = 3_600_000;
let lastOffset: { hour: number; offset: number } | null = null;

function offsetAt(at: number): number {
  const hour = Math.floor(at / HOUR);
  if (lastOffset?.hour !== hour) lastOffset = { hour, offset: zoneOffset(hour * HOUR) };
  return lastOffset.offset;
}

export function localTime(at: number): Local {
  const wall = new Date(at + offsetAt(at));
  return {
    y: wall.getUTCFullYear(), mo: wall.getUTCMonth() + 1, d: wall.getUTCDate(),
    // Monday first, as DAYS.
    day: (wall.getUTCDay() + 6) % 7,
    minute: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/** UTC epoch ms of a Copenhagen wall-clock time, across summer time changes. */
export function utcOf(y: number, mo: number, d: number, minute: number): number {
  const naive = Date.UTC(y, mo - 1, d, 0, minute);
  const guess = naive - offsetAt(naive);
  return naive - offsetAt(guess);
}

export function isOpen(hours: OpeningHours, at: number): boolean {
  const l = localTime(at);
  if (hours.closed?.includes(dateKey(l.y, l.mo, l.d))) return false;
  return hours.periods.some((p) => p.day === l.day && l.minute >= p.from && l.minute < p.to);
}

// Reading Copenhagen wall-clock time is costly and the answer holds for a minute at least.
let lastNext: { hours: OpeningHours; minute: number; value: number } | null = null;

/** The start of the first opening period that begins after `at`. */
export function nextOpening(hours: OpeningHours, at: number): number {
  const minute = Math.floor(at / 60_000);
  if (lastNext && lastNext.hours === hours && lastNext.minute === minute && lastNext.value > at) return lastNext.value;
  const value = findNextOpening(hours, at);
  lastNext = { hours, minute, value };
  return value;
}

// A week, and as many days more as the clinic has closed days: a holiday pushes the opening on.
function findNextOpening(hours: OpeningHours, at: number): number {
  const l = localTime(at);
  for (let ahead = 0; ahead <= 7 + (hours.closed?.length ?? 0); ahead++) {
    const date = new Date(Date.UTC(l.y, l.mo - 1, l.d + ahead));
    if (hours.closed?.includes(dateKey(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()))) continue;
    const day = (l.day + ahead) % 7;
    const starts = hours.periods.filter((p) => p.day === day).map((p) => p.from).sort((a, b) => a - b);
    for (const from of starts) {
      const t = utcOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), from);
      if (t > at) return t;
    }
  }
  throw new Error("no opening within a week of open days");
}

/** "i dag", "i morgen" or "på mandag": when the next opening is, as the patient reads it. */
export function whenNextOpen(hours: OpeningHours, at: number, lang: "da" | "en"): string {
  const next = localTime(nextOpening(hours, at));
  const now = localTime(at);
  const days = Math.round((Date.UTC(next.y, next.mo - 1, next.d) - Date.UTC(now.y, now.mo - 1, now.d)) / 86_400_000);
  if (days === 0) return lang === "da" ? "i dag" : "today";
  if (days === 1) return lang === "da" ? "i morgen" : "tomorrow";
  return lang === "da" ? `på ${DAY_NAMES.da[next.day]}` : `on ${DAY_NAMES.en[next.day]}`;
}
