import { describe, expect, it } from "vitest";
import { gsmUnits, segments, toGsm } from "../../src/text/gsm.js";

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

  it("knows every character of the basic set and its extension, and nothing else", () => {
    expect(gsmUnits("ΔΦΓΛΩ @£$¥ èéùìò ÇØÅÆßÉ ÄÖÑÜ§¿ äöñüà")).toBe(36);
    expect(gsmUnits("[]{}|~^\\€")).toBe(18);
    for (const outside of ["ç", "ê", "á", "Ő", "–", "\u00a0", "\t", "🙂"]) expect(gsmUnits(`a${outside}b`)).toBeNull();
  });

  it("leaves text that is already GSM-7 as it is", () => {
    const text = "Ring 112 nu. [K1] koster 100 € & mere: \"ja\"";
    expect(toGsm(text)).toBe(text);
  });

  it("replaces typographic marks and drops what GSM cannot carry", () => {
    expect(toGsm("“Ring” – nu… 🙂")).toBe('"Ring" - nu... ');
  });
});
