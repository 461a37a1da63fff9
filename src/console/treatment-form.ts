import { randomUUID } from "node:crypto";
import { localTime } from "../clinic/opening-hours.js";
import { AREAS, validateTreatment, type AreaId, type Treatment } from "../treatments/treatment.js";
import type { TextKey } from "./console-texts.js";

// The console's treatment form: what the staff member typed, read into the same input the API
// takes, and checked by the same validateTreatment. Only the form's own shape is read here (a
// date and a time field, a tick per area, units with a decimal comma, a yes or no to
// consent); every rule about a treatment stays in validateTreatment. Pure.

/** What the form holds, as typed: shown again beside the reasons when it is refused. */
export interface TreatmentFormValues {
  /** console-<uuid>, made with the blank form: a second submit of the same form is stored once. */
  externalId: string;
  phone: string;
  name: string;
  /** YYYY-MM-DD and HH:MM, Copenhagen time. */
  date: string;
  time: string;
  areas: string[];
  /** Units in all, or per area. */
  units: string;
  unitsByArea: Record<string, string>;
  product: string;
  doctor: string;
  /** "yes", "no" or "" (not chosen). */
  consent: string;
  language: string;
}

/** Where a reason is shown, and in which words (console-texts.ts). */
export type FormField = "form" | "phone" | "name" | "when" | "areas" | "units" | "product" | "doctor" | "consent" | "language";
export interface FormError {
  field: FormField;
  key: TextKey;
}

export type ReadForm = { ok: true; treatment: Treatment } | { ok: false; errors: FormError[] };

const CONSOLE_ID = /^console-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FIGURE = /^\d+(?:[.,]\d+)?$/;
const pad = (n: number) => String(n).padStart(2, "0");

/** A blank form for today (Copenhagen), with a new external id. */
export function blankForm(now: number, doctor = ""): TreatmentFormValues {
  const l = localTime(now);
  return {
    externalId: `console-${randomUUID()}`, phone: "", name: "", date: `${l.y}-${pad(l.mo)}-${pad(l.d)}`, time: "",
    areas: [], units: "", unitsByArea: {}, product: "", doctor, consent: "", language: "da",
  };
}

/** The form's fields from a urlencoded body; a repeated field (the areas) comes as a list. */
export function formValues(body: Record<string, unknown>): TreatmentFormValues {
  const one = (key: string) => {
    const v = body[key];
    return (Array.isArray(v) ? String(v[0] ?? "") : typeof v === "string" ? v : "").slice(0, 200);
  };
  const areas = body.areas === undefined ? [] : (Array.isArray(body.areas) ? body.areas : [body.areas]).map(String).slice(0, AREAS.length * 2);
  const unitsByArea = Object.fromEntries(AREAS.map((a) => [a, one(`units_${a}`).trim()]).filter(([, v]) => v));
  return {
    externalId: one("externalId").trim(), phone: one("phone"), name: one("name"), date: one("date").trim(), time: one("time").trim(),
    areas, units: one("units").trim(), unitsByArea, product: one("product"), doctor: one("doctor"), consent: one("consent"), language: one("language").trim(),
  };
}

const figure = (raw: string) => Number(raw.replace(",", "."));

/** The units as the API takes them, or the form's own reason why they cannot be read. */
function unitsOf(v: TreatmentFormValues): { units?: Treatment["units"]; error?: TextKey } {
  const perArea = Object.entries(v.unitsByArea);
  if ([v.units, ...perArea.map(([, n]) => n)].some((raw) => raw && !FIGURE.test(raw))) return { error: "errUnits" };
  if (v.units && perArea.length) return { error: "errUnitsBoth" };
  if (v.units) return { units: figure(v.units) };
  return perArea.length ? { units: Object.fromEntries(perArea.map(([a, n]) => [a, figure(n)])) as Partial<Record<AreaId, number>> } : {};
}

/** validateTreatment's reason ("treatedAt: is in the future") as the field it belongs to and the console's words for it. */
export function formError(reason: string): FormError {
  const [path = "", ...rest] = reason.split(": ");
  const message = rest.join(": ");
  switch (path.split(".")[0]) {
    case "phone": return { field: "phone", key: "errPhone" };
    case "treatedAt":
      return { field: "when", key: /in the future/.test(message) ? "errFuture" : /year back/.test(message) ? "errYearBack" : /DATA_TTL_DAYS/.test(message) ? "errTooOld" : "errWhen" };
    case "areas": return { field: "areas", key: /at least one/.test(message) ? "errNoArea" : "errArea" };
    case "units": return { field: "units", key: path.includes(".") ? "errUnitsArea" : "errUnits" };
    case "name": return { field: "name", key: "errNameLong" };
    case "product": return { field: "product", key: "errProductLong" };
    case "doctor": return { field: "doctor", key: "errDoctorLong" };
    case "checkinConsent": return { field: "consent", key: "errConsent" };
    case "language": return { field: "language", key: "errLanguage" };
    default: return { field: "form", key: "errForm" };
  }
}

/**
 * The treatment the form describes, checked as the API checks it (`keptMs`: DATA_TTL_DAYS), or
 * every reason it is refused, each once and with its field.
 */
export function readTreatmentForm(v: TreatmentFormValues, now: number, keptMs: number): ReadForm {
  const errors: FormError[] = [];
  if (!CONSOLE_ID.test(v.externalId)) errors.push({ field: "form", key: "errForm" });
  const { units, error } = unitsOf(v);
  if (error) errors.push({ field: "units", key: error });
  const optional = (key: string, value: string) => (value.trim() ? { [key]: value } : {});
  const input = {
    externalId: v.externalId,
    phone: v.phone,
    ...optional("name", v.name),
    // Without an offset: Copenhagen time, as validateTreatment reads it.
    treatedAt: v.date && v.time ? `${v.date}T${v.time}` : "",
    areas: v.areas,
    ...optional("product", v.product),
    ...(units === undefined ? {} : { units }),
    ...optional("doctor", v.doctor),
    checkinConsent: v.consent === "yes" ? true : v.consent === "no" ? false : undefined,
    ...optional("language", v.language),
  };
  const checked = validateTreatment(input, now, { keptMs });
  if (!checked.ok) errors.push(...checked.errors.map(formError));
  const unique = errors.filter((e, i) => errors.findIndex((o) => o.field === e.field && o.key === e.key) === i);
  return checked.ok && unique.length === 0 ? checked : { ok: false, errors: unique };
}
