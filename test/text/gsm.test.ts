import { describe, expect, it } from "vitest";
import { segments, toGsm } from "../../src/text/gsm.js";

describe("GSM-7", () => {
  it("counts æøå as single GSM characters", () => {
    expect(segments("Hængende øjenlåg på højre side")).toEqual({ gsm: true, count: 1 });
  });

  it("turns a message with a curly quote or emoji into UCS-2", () => {
    expect(segments("Det er “fint”").gsm).toBe(false);
    expect(segments("ok 🙂").gsm).toBe(false);
  });

  it("counts extension characters twice and splits at 153 units", () => {
    expect(segments("a".repeat(160))).toEqual({ gsm: true, count: 1 });
    expect(segments("a".repeat(161))).toEqual({ gsm: true, count: 2 });
    expect(segments("€".repeat(80))).toEqual({ gsm: true, count: 1 });
    expect(segments("€".repeat(81))).toEqual({ gsm: true, count: 2 });
  });

  it("replaces typographic marks and drops what GSM cannot carry", () => {
    expect(toGsm("“Ring” – nu… 🙂")).toBe('"Ring" - nu... ');
  });
});
