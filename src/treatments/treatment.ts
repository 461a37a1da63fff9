import { createHash } from "node:crypto";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { localTime, utcOf } from "../clinic/opening-hours.js";
import type { Language } from "../triage/types.js";

// A treatment the clinic gave: who, when, where, with what, and whether the patient agreed to
// check-in messages. Pure: validation and the facts the rest of the bot reads from it.
export const AREAS = ["forehead", "frown-lines", "crows-feet", "bunny-lines", "lip", "chin", "masseter", "neck", "armpits", "other"] as const;
export type AreaId = (typeof AREAS)[number];

/** Each area as the doctor reads it on a page and as a patient reads it in a reply. */
export const AREA_NAMES: Record<AreaId, { da: string; en: string; inDa: string; inEn: string }> = {
  forehead: { da: "pande", en: "forehead", inDa: "i panden", inEn: "in the forehead" },
  "frown-lines": { da: "mellem brynene", en: "frown lines", inDa: "mellem brynene", inEn: "between the brows" },
  "crows-feet": { da: "kragetæer", en: "crow's feet", inDa: "ved øjnene", inEn: "around the eyes" },
  "bunny-lines": { da: "næserynker", en: "bunny lines", inDa: "ved næsen", inEn: "on the nose" },
  lip: { da: "læber", en: "lip", inDa: "ved læberne", inEn: "around the lips" },
  chin: { da: "hage", en: "chin", inDa: "i hagen", inEn: "in the chin" },
  masseter: { da: "kæbe (masseter)", en: "jaw (masseter)", inDa: "i kæben", inEn: "in the jaw" },
  neck: { da: "hals", en: "neck", inDa: "på halsen", inEn: "in the neck" },
  armpits: { da: "armhuler", en: "armpits", inDa: "i armhulerne", inEn: "in the armpits" },
  other: { da: "andet", en: "other", inDa: "", inEn: "" },
};

// Danish words a clinic's spreadsheet may use for an area, beside the ids.
const AREA_WORDS: Record<string, AreaId> = {
  pande: "forehead", panden: "forehead", "mellem brynene": "frown-lines", bekymringsrynke: "frown-lines", glabella: "frown-lines",
  kragetæer: "crows-feet", næserynker: "bunny-lines", læber: "lip", læbe: "lip", hage: "chin", kæbe: "masseter", kæber: "masseter",
  hals: "neck", armhuler: "armpits", andet: "other",
};

export interface Treatment {
  externalId: string;
  /** E.164. */
  phone: string;
  name?: string;
  treatedAt: number;
  areas: AreaId[];
  product?: string;
  /** Units in all, or per area. */
  units?: number | Partial<Record<AreaId, number>>;
  doctor?: string;
  checkinConsent: boolean;
  /** The language the patient's messages go in; Danish unless the record or the patient says English. */
  language?: Language;
}

const YEAR_MS = 366 * 86_400_000;
// A clock a few minutes apart between the booking system and the bot is no treatment from the future.
const CLOCK_SKEW_MS = 5 * 60_000;

/** The phone number in E.164; a Danish number may be written without +45 (or with 0045, spaces). */
export function normalisePhone(raw: string): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), "DK");
  return parsed?.isValid() ? parsed.number : null;
}

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;
const DANISH_DATE = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * When the treatment was given. ISO 8601 with an offset is read as it is; without one (and
 * the Danish "20-11-2026 14:30" when `danish`) it is Copenhagen time, as the clinic writes it.
 */
export function parseTreatedAt(raw: string, { danish = false } = {}): number | null {
  const s = raw.trim();
  if (WITH_OFFSET.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : t;
  }
  const iso = ISO_LOCAL.exec(s);
  const dk = danish ? DANISH_DATE.exec(s) : null;
  const parts = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5]] : dk ? [dk[3], dk[2], dk[1], dk[4], dk[5]] : null;
  if (!parts) return null;
  const [y, mo, d, h, mi] = parts.map((p) => (p === undefined ? 0 : Number(p))) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return null;
  return utcOf(y, mo, d, h * 60 + mi);
}

const text = (max: number) => z.string().trim().min(1).max(max);
const area = z.string().transform((raw, ctx) => {
  const key = raw.trim().toLowerCase();
  const id = (AREAS as readonly string[]).includes(key) ? (key as AreaId) : AREA_WORDS[key];
  if (!id) ctx.addIssue({ code: "custom", message: `unknown area "${raw.trim()}" (use ${AREAS.join(", ")})` });
  return id ?? "other";
});

/** A treatment as the API and the import take it; `now` decides what counts as the future. */
export function treatmentSchema(now: number, options: { danishDates?: boolean; keptMs?: number } = {}) {
  return z.object({
    externalId: text(100),
    phone: z.string().transform((raw, ctx) => {
      const phone = normalisePhone(raw);
      if (!phone) ctx.addIssue({ code: "custom", message: `"${raw.trim()}" is not a phone number in E.164 (+4512345678; a Danish number may leave out +45)` });
      return phone ?? "";
    }),
    name: text(100).optional(),
    treatedAt: z.string().transform((raw, ctx) => {
      const at = parseTreatedAt(raw, { danish: options.danishDates });
      if (at === null) ctx.addIssue({ code: "custom", message: `"${raw.trim()}" is not a date and time (ISO 8601, e.g. 2026-11-20T14:30:00+01:00${options.danishDates ? ", or 20-11-2026 14:30" : ""})` });
      else if (at > now + CLOCK_SKEW_MS) ctx.addIssue({ code: "custom", message: "is in the future" });
      else if (at < now - YEAR_MS) ctx.addIssue({ code: "custom", message: "is more than a year back" });
      else if (options.keptMs !== undefined && at + options.keptMs <= now) ctx.addIssue({ code: "custom", message: "is older than DATA_TTL_DAYS, so it would not be kept" });
      return at ?? 0;
    }),
    areas: z.array(area).min(1, "name at least one area").max(AREAS.length).transform((list) => [...new Set(list)]),
    product: text(60).optional(),
    units: z.union([z.number().positive().max(1000), z.record(z.string(), z.number().positive().max(1000))]).optional(),
    doctor: text(60).optional(),
    checkinConsent: z.boolean(),
    language: z.enum(["da", "en"]).optional(),
  }).superRefine((t, ctx) => {
    if (t.units && typeof t.units === "object") {
      for (const key of Object.keys(t.units)) {
        if (!(t.areas as string[]).includes(key)) ctx.addIssue({ code: "custom", path: ["units", key], message: `units for an area the treatment does not name (${t.areas.join(", ")})` });
      }
    }
  });
}

export type TreatmentResult = { ok: true; treatment: Treatment } | { ok: false; errors: string[] };

/** The treatment, or every reason it is refused, each naming its field. */
export function validateTreatment(input: unknown, now: number, options: { danishDates?: boolean; keptMs?: number } = {}): TreatmentResult {
  const parsed = treatmentSchema(now, options).safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.filter((k) => typeof k === "string").join(".") || "body"}: ${i.message}`) };
  const { units, ...rest } = parsed.data;
  const treatment: Treatment = Object.fromEntries(Object.entries({ ...rest, units: units as Treatment["units"] }).filter(([, v]) => v !== undefined)) as unknown as Treatment;
  return { ok: true, treatment };
}

/** The treatment's key in the store and in job ids: the external id, hashed (it may hold anything). */
export function treatmentId(externalId: string): string {
  return createHash("sha256").update(externalId).digest("hex").slice(0, 24);
}

/** Whole days since the treatment, as the patient counts them: calendar days in Copenhagen. */
export function daysSince(treatedAt: number, at: number): number {
  const a = localTime(treatedAt);
  const b = localTime(at);
  return Math.round((Date.UTC(b.y, b.mo - 1, b.d) - Date.UTC(a.y, a.mo - 1, a.d)) / 86_400_000);
}

/** "20/11 kl. 14.30": the treatment's day and time in Copenhagen, for the doctor. */
export function treatedOn(treatedAt: number): string {
  const l = localTime(treatedAt);
  return `${l.d}/${l.mo} kl. ${String(Math.floor(l.minute / 60)).padStart(2, "0")}.${String(l.minute % 60).padStart(2, "0")}`;
}

/** "Azzalure 20 E" or "Azzalure (pande 10 E, mellem brynene 20 E)"; empty when the record names neither. */
export function productAndUnits(t: Pick<Treatment, "product" | "units">): string {
  const figure = (n: number) => String(n).replace(".", ",");
  const units = t.units === undefined ? "" : typeof t.units === "number" ? `${figure(t.units)} E`
    : `(${Object.entries(t.units).map(([a, n]) => `${AREA_NAMES[a as AreaId].da} ${figure(n!)} E`).join(", ")})`;
  return [t.product ?? "", units].filter(Boolean).join(" ");
}
