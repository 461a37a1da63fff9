import { describe, expect, it } from "vitest";
import { assess } from "../../src/triage/assess.js";
import { rank } from "../../src/triage/types.js";

// The mechanisms held-out batch 10 taught, each checked with wordings of its own, not the batch's.
const reached = (text: string) => {
  const a = assess(text);
  return rank(a.level) >= rank("emergency") || (a.screen !== null && rank(a.level) >= rank("urgent"));
};

describe("arms told by the everyday task they cannot do", () => {
  it.each([
    "kan ikke børste hår eller tage t-shirt af",
    "jeg kan ikke få skjorten knappet, fingrene vil ikke",
    "I can't get my shirt off over my head",
    "she can't brush her hair this evening",
    "klarer ikke at binde snørebånd",
    "kan næsten ikke skrue låget af flasken",
  ])("reaches a person: %s", (text) => {
    expect(reached(text)).toBe(true);
  });

  it.each([
    "jeg kan ikke finde min jakke",
    "kan jeg vaske håret i aften?",
    "tøjet sidder fint, tak for i dag",
  ])("is no weakness: %s", (text) => {
    expect(reached(text)).toBe(false);
  });
});
