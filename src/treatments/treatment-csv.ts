import { parse } from "csv-parse/sync";
import { validateTreatment, type Treatment } from "./treatment.js";

// The import file: one treatment a row, under a header row that names the columns. Danish Excel
// writes `;` between fields and a comma as the decimal mark; others write `,` and a point. The
// separator is read from the header row, and a byte-order mark before it is skipped.
export const CSV_COLUMNS = ["external_id", "phone", "name", "treated_at", "areas", "product", "units", "doctor", "checkin_consent", "language"] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: Column[] = ["external_id", "phone", "treated_at", "areas", "checkin_consent"];
const DANISH_HEADERS: Record<string, Column> = {
  id: "external_id", telefon: "phone", mobil: "phone", navn: "name", dato: "treated_at", behandlet: "treated_at", områder: "areas", område: "areas",
  produkt: "product", enheder: "units", læge: "doctor", samtykke: "checkin_consent", sprog: "language",
};
const YES = new Set(["ja", "j", "yes", "y", "true", "1", "x"]);
const NO = new Set(["nej", "n", "no", "false", "0"]);

export interface BadRow {
  /** The row's line in the file (the header is line 1). */
  line: number;
  externalId?: string;
  errors: string[];
}
export interface ParsedFile {
  good: Array<{ line: number; treatment: Treatment }>;
  bad: BadRow[];
}

const header = (name: string): string => {
  const key = name.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return DANISH_HEADERS[key] ?? key;
};

// "12,5" and "12.5" are the same figure; a thousands mark never appears in units.
const figure = (raw: string): number | null => (/^\d+(?:[.,]\d+)?$/.test(raw.trim()) ? Number(raw.trim().replace(",", ".")) : null);

function units(raw: string, errors: string[]): Treatment["units"] | undefined {
  if (!raw.trim()) return undefined;
  const total = figure(raw);
  if (total !== null) return total;
  const perArea: Record<string, number> = {};
  for (const part of raw.split(/[|+]/)) {
    const m = /^\s*([^:=]+?)\s*[:=]\s*(\S+)\s*$/.exec(part);
    const n = m ? figure(m[2]!) : null;
    if (!m || n === null) {
      errors.push(`units: "${raw.trim()}" is neither a number nor area:number pairs (forehead:10|frown-lines:12,5)`);
      return undefined;
    }
    perArea[m[1]!.toLowerCase()] = n;
  }
  return perArea;
}

// The reasons name the file's columns, not the API's fields.
const FIELD_COLUMNS: Record<string, Column> = { externalId: "external_id", treatedAt: "treated_at", checkinConsent: "checkin_consent" };
const asColumn = (error: string) => error.replace(/^(\w+)/, (field) => FIELD_COLUMNS[field] ?? field);

/** Every row read and checked: the good ones with their treatment, the bad ones with each reason. */
export function parseTreatmentsCsv(content: string, now: number, options: { keptMs?: number } = {}): ParsedFile {
  const firstLine = content.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") ? ";" : firstLine.includes("\t") ? "\t" : ",";
  let rows: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    rows = parse(content, { bom: true, delimiter, columns: (names: string[]) => names.map(header), skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as never;
  } catch (err) {
    return { good: [], bad: [{ line: (err as { lines?: number }).lines ?? 0, errors: [`the file cannot be read as CSV: ${(err as Error).message}`] }] };
  }
  const columns = new Set(rows[0] ? Object.keys(rows[0].record) : []);
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (rows.length > 0 && missing.length) return { good: [], bad: [{ line: 1, errors: [`the header lacks the column(s) ${missing.join(", ")} (expected ${CSV_COLUMNS.join(";")})`] }] };

  const result: ParsedFile = { good: [], bad: [] };
  const seen = new Map<string, number>();
  for (const { record: r, info } of rows) {
    const line = info.lines;
    const errors: string[] = [];
    const consent = (r.checkin_consent ?? "").trim().toLowerCase();
    if (!YES.has(consent) && !NO.has(consent)) errors.push(`checkin_consent: "${r.checkin_consent ?? ""}" is neither ja nor nej`);
    const externalId = (r.external_id ?? "").trim();
    const earlier = seen.get(externalId);
    if (externalId && earlier !== undefined) errors.push(`external_id: "${externalId}" is on line ${earlier} already`);
    const input = {
      externalId,
      phone: r.phone ?? "",
      ...(r.name ? { name: r.name } : {}),
      treatedAt: r.treated_at ?? "",
      areas: (r.areas ?? "").split(/[|+,/]/).map((a) => a.trim()).filter(Boolean),
      ...(r.product ? { product: r.product } : {}),
      ...(r.doctor ? { doctor: r.doctor } : {}),
      checkinConsent: YES.has(consent),
      ...(r.language ? { language: r.language.trim().toLowerCase() } : {}),
    };
    const u = units(r.units ?? "", errors);
    const checked = validateTreatment(u === undefined ? input : { ...input, units: u }, now, { danishDates: true, ...options });
    if (!checked.ok) errors.push(...checked.errors.map(asColumn));
    if (externalId && earlier === undefined) seen.set(externalId, line);
    if (errors.length || !checked.ok) result.bad.push({ line, ...(externalId ? { externalId } : {}), errors });
    else result.good.push({ line, treatment: checked.treatment });
  }
  return result;
}
