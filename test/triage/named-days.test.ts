import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/text/tokenize.js";
import { daysMentioned, daysSinceNamedDay } from "../../src/triage/time-clues.js";

// Thursday 26 November 2026, as a patient's phone shows the date in Copenhagen.
const THURSDAY = { y: 2026, mo: 11, d: 26, day: 3 };
const named = (text: string, today = THURSDAY) => daysSinceNamedDay(tokenize(text).folded, today);

describe("a weekday or a date, read as days since the treatment", () => {
  it.each([
    ["Jeg blev behandlet i tirsdags", 2],
    ["Hovedpine siden tirsdag", 2],
    ["I have had a headache since Tuesday", 2],
    ["I was treated on Tuesday", 2],
    ["behandlet mandag, nu hænger øjet", 3],
    ["fik botox sidste fredag", 6],
    ["last Friday", 6],
    ["i torsdags", 7],
    ["Jeg blev behandlet d. 3/11", 23],
    ["behandlet den 3.11.", 23],
    ["behandlet 3/11-2026", 23],
    ["fik det lavet den 3. november", 23],
    ["treated on the 3rd of November", 23],
    ["treated November 3", 23],
  ] as const)("%s -> %i days", (text, days) => {
    expect(named(text)).toBe(days);
  });

  it.each([
    "Jeg kommer til kontrol på tirsdag",
    "næste tirsdag har jeg tid",
    "see you next Tuesday",
    "jeg træner hver tirsdag",
    "kontrol d. 3/12",
    "en 1/2 time efter",
    "I kan kontaktes 24/7",
    "Hvordan har du det?",
  ])("reads nothing from %s", (text) => {
    expect(named(text)).toBeNull();
  });

  it("counts back across the new year", () => {
    expect(named("behandlet d. 28/12", { y: 2027, mo: 1, d: 3, day: 6 })).toBe(6);
  });

  it("reads 'i forgårs' and 'forgårs' as two days", () => {
    expect(daysMentioned(tokenize("jeg blev behandlet i forgårs").folded)).toBe(2);
    expect(daysMentioned(tokenize("behandlet forgårs").folded)).toBe(2);
  });
});
