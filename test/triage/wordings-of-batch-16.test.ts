import { describe, expect, it } from "vitest";
import { assess } from "../../src/triage/assess.js";

// The mechanisms held-out batch 16 taught, each checked with wordings of its own, not the batch's.
const level = (text: string) => assess(text).level;

describe("Swedish and Norwegian red flags", () => {
  it.each([
    "halsen sväller och det är jobbigt att svälja",
    "jag får inte ner maten, den fastnar halvvägs",
    "stemmen er helt hes og det kommer nesten ikke lyd",
  ])("%s", (text) => {
    expect(assess(text).level === "emergency" || (assess(text).screen !== null && level(text) === "urgent")).toBe(true);
  });
});

describe("what the writer cannot do with the voice or the eye", () => {
  it("reads not being able to shout as the voice, even at the dog", () => {
    expect(level("jeg kan ikke råbe ad hunden, stemmen forsvinder")).toBe("emergency");
    expect(level("vores hund kan ikke synke")).toBe("info");
  });

  it("reads an eye that stands half open as one that will not close", () => {
    expect(level("mit øje står halvt åbent når jeg sover")).toBe("urgent");
  });
});

describe("faints and bleeding told at the end", () => {
  it("reads everything going black with hives as the emergency it is", () => {
    expect(level("kløende pletter over hele ryggen, og når jeg rejser mig bliver alt sort")).toBe("emergency");
  });

  it("reads a bleed that 'keeps going' after pressing on it as one that will not stop", () => {
    expect(level("the spot started bleeding again, I pressed a tissue on it for 30 min and it keeps going")).toBe("urgent");
    expect(level("it bled a little this morning but it's fine now")).toBe("info");
  });
});

describe("food that will not go down, told before the food", () => {
  it("reads 'får ikke ned maden' and the Swedish 'får inte ner maten' as swallowing", () => {
    expect(level("får ikke ned maden i aften")).toBe("emergency");
    expect(level("jag får inte ner maten")).toBe("emergency");
  });
});
