import { describe, expect, it } from "vitest";
import { memoryTreatments } from "../../src/store/memory-treatments.js";
import { importTreatments } from "../../src/treatments/import-treatments.js";
import { parseTreatmentsCsv } from "../../src/treatments/treatment-csv.js";
import { treatmentId, type Treatment } from "../../src/treatments/treatment.js";

const NOW = Date.parse("2026-11-26T20:00:00Z"); // Thursday 21:00 in Copenhagen
const HEADER = "external_id;phone;name;treated_at;areas;product;units;doctor;checkin_consent";
const row = (fields: Partial<Record<"id" | "phone" | "date" | "areas" | "units" | "consent", string>> = {}) =>
  [fields.id ?? "B-1", fields.phone ?? "+4520123456", "Anne", fields.date ?? "20-11-2026 14:30", fields.areas ?? "pande|frown-lines", "Azzalure", fields.units ?? "30", "MKR", fields.consent ?? "ja"].join(";");
const file = (...rows: string[]) => [HEADER, ...rows].join("\r\n") + "\r\n";
const errorsOf = (content: string) => parseTreatmentsCsv(content, NOW).bad.flatMap((b) => b.errors);

describe("the treatments CSV", () => {
  it("reads Danish Excel: a BOM, ; between fields, a comma as decimal mark, dates in Copenhagen time", () => {
    const { good, bad } = parseTreatmentsCsv(`\uFEFF${file(row({ units: '"forehead:12,5|frown-lines:20"' }), row({ id: "B-2", units: "17,5" }))}`, NOW);
    expect(bad).toEqual([]);
    expect(good.map((g) => g.treatment)).toEqual([
      { externalId: "B-1", phone: "+4520123456", name: "Anne", treatedAt: Date.parse("2026-11-20T13:30:00Z"), areas: ["forehead", "frown-lines"], product: "Azzalure", units: { forehead: 12.5, "frown-lines": 20 }, doctor: "MKR", checkinConsent: true },
      expect.objectContaining({ externalId: "B-2", units: 17.5 }),
    ]);
  });

  it("reads a file with , between fields and ISO dates", () => {
    const { good, bad } = parseTreatmentsCsv("external_id,phone,treated_at,areas,checkin_consent\nC-1,+4520123456,2026-11-20T14:30:00+01:00,masseter,no\n", NOW);
    expect(bad).toEqual([]);
    expect(good[0]!.treatment).toMatchObject({ treatedAt: Date.parse("2026-11-20T13:30:00Z"), areas: ["masseter"], checkinConsent: false });
  });

  it("normalises a Danish number written without +45", () => {
    const { good } = parseTreatmentsCsv(file(row({ phone: "20 12 34 56" }), row({ id: "B-2", phone: "0045 20123457" })), NOW);
    expect(good.map((g) => g.treatment.phone)).toEqual(["+4520123456", "+4520123457"]);
  });

  it.each([
    ["a date in the future", { date: "01-12-2026 10:00" }, /treated_at: is in the future/],
    ["a date more than a year back", { date: "01-11-2025 10:00" }, /treated_at: is more than a year back/],
    ["a date that is no date", { date: "31-02-2026 10:00" }, /treated_at: "31-02-2026 10:00" is not a date/],
    ["an unknown area", { areas: "pande|næse" }, /areas: unknown area "næse"/],
    ["no area", { areas: "" }, /areas: name at least one area/],
    ["a number that is not E.164", { phone: "12345" }, /phone: "12345" is not a phone number in E\.164/],
    ["units that are no number", { units: "mange" }, /units: "mange" is neither a number/],
    ["consent that is neither ja nor nej", { consent: "måske" }, /checkin_consent: "måske" is neither ja nor nej/],
  ])("refuses %s, naming the line and the reason", (_what, fields, reason) => {
    const parsed = parseTreatmentsCsv(file(row({ id: "OK-1" }), row({ id: "BAD-1", ...fields })), NOW);
    expect(parsed.good.map((g) => g.treatment.externalId)).toEqual(["OK-1"]);
    expect(parsed.bad).toEqual([{ line: 3, externalId: "BAD-1", errors: [expect.stringMatching(reason)] }]);
  });

  it("refuses a treatment older than the data is kept", () => {
    expect(parseTreatmentsCsv(file(row({ date: "01-10-2026 10:00" })), NOW, { keptMs: 30 * 86_400_000 }).bad[0]!.errors).toEqual(["treated_at: is older than DATA_TTL_DAYS, so it would not be kept"]);
  });

  it("names a header that lacks a column", () => {
    expect(errorsOf("external_id;phone;areas\nB-1;+4520123456;pande\n")).toEqual([expect.stringMatching(/the header lacks the column\(s\) treated_at, checkin_consent/)]);
  });

  it("refuses an external id twice in one file", () => {
    const parsed = parseTreatmentsCsv(file(row(), row()), NOW);
    expect(parsed.good).toHaveLength(1);
    expect(parsed.bad).toEqual([{ line: 3, externalId: "B-1", errors: ['external_id: "B-1" is on line 2 already'] }]);
  });
});

describe("importing the file", () => {
  const store = () => {
    const treatments = memoryTreatments(() => NOW, { ttlMs: 365 * 86_400_000 });
    const add = (t: Treatment) => treatments.add({ ...t, id: treatmentId(t.externalId), createdAt: NOW, closedAt: null, checkin: null });
    return { treatments, add };
  };

  it("imports nothing from a file with a bad row, unless --skip-bad", async () => {
    const { treatments, add } = store();
    const content = file(row(), row({ id: "B-2", areas: "næse" }));
    const refused = await importTreatments(content, NOW, { skipBad: false }, add);
    expect(refused).toMatchObject({ refused: true, imported: 0 });
    expect(await treatments.get(treatmentId("B-1"))).toBeNull();
    const skipped = await importTreatments(content, NOW, { skipBad: true }, add);
    expect(skipped).toMatchObject({ refused: false, imported: 1, already: 0 });
    expect(skipped.bad.map((b) => b.line)).toEqual([3]);
    expect(await treatments.get(treatmentId("B-1"))).not.toBeNull();
  });

  it("does not import an external id twice", async () => {
    const { treatments, add } = store();
    expect(await importTreatments(file(row()), NOW, { skipBad: false }, add)).toMatchObject({ imported: 1, already: 0 });
    expect(await importTreatments(file(row(), row({ id: "B-2" })), NOW, { skipBad: false }, add)).toMatchObject({ imported: 1, already: 1 });
    expect(await treatments.forPatient("+4520123456")).toHaveLength(2);
  });
});
