import { describe, expect, it } from "vitest";
import { assess } from "../../src/triage/assess.js";

// The mechanisms held-out batch 12 taught, each checked with wordings of its own, not the batch's.
const level = (text: string) => assess(text).level;

describe("readings from a home device", () => {
  it("are judged by their numbers, as a temperature is", () => {
    expect(level("BT 85/50 og kløe over hele kroppen")).toBe("emergency");
    expect(level("sat 88% på mit ur")).toBe("emergency");
    expect(level("pulse 135 and I feel odd")).not.toBe("info");
  });

  it("are no symptom when they are normal", () => {
    expect(level("puls 72, BT 125/80, sat 98, har det fint")).toBe("info");
  });
});

describe("a swelling measured bigger each time", () => {
  it("is a swelling that grows", () => {
    expect(level("hævelsen var 1 cm i morges, nu er den 3 cm")).toBe("urgent");
    expect(level("bump: 4 mm at noon, 7 mm at 5, 11 mm now")).toBe("urgent");
  });

  it("is not read from sizes that shrink over time", () => {
    expect(level("et blåt mærke på 5 mm, det var 8 mm i går")).toBe("expected");
  });
});

describe("a question owned by a later clause", () => {
  it("owns it even two sentences on, and even when asked of 'man'", () => {
    expect(level("kan man mærke et tryk i brystet efter botox? det er nok nerver. det stråler ned i armen")).toBe("emergency");
    expect(level("skal man være bekymret for ondt inde i øjet? ikke i huden, men bagved, det dunker")).toBe("urgent");
    expect(level("kan man få hovedpine af botox? den startede i morges")).toBe("expected");
  });
});

describe("Norwegian speech and a tight throat", () => {
  it.each([
    "han snakker helt grøtete i kveld",
    "det blir trangt i halsen",
    "er det vanlig at jeg må jobbe for å få luft?",
  ])("%s", (text) => {
    expect(level(text)).toBe("emergency");
  });
});

describe("a photo the writer asks us to look at", () => {
  it("is no sight: 'se billede', 'see attached'", () => {
    expect(level("Se billede af min pande når jeg slapper helt af, der er stadig to streger")).not.toBe("emergency");
    expect(level("see attached, my eyelid droops")).toBe("review");
  });

  it("but 'kan ikke se billedet' is", () => {
    expect(level("jeg kan ikke se billedet på skærmen, alt er sort")).toBe("emergency");
  });
});

describe("what the writer adds to a named sign", () => {
  it.each([
    ["det er ømt når han trykker på stederne ved øjnene. Ikke hævet", "expected"],
    ["det stikker og brænder i øjnene", "urgent"],
    ["venstre øjenlåg dækker halvdelen af pupillen, det gjorde det ikke før", "review"],
    ["kan ikke tygge en skorpe længere. spiser suppe som en bedstemor", "review"],
    ["since the armpit botox my back and chest are soaked every night", "review"],
    ["min kone har ondt i alle muskler og led siden fredag, ingen feber", "review"],
  ])("%s -> %s", (text, want) => {
    expect(level(text)).toBe(want);
  });
});

describe("a condition asked without its question mark", () => {
  it("asks with 'hvor', and a question opens with 'findes'", () => {
    expect(level("hvis nu øjenlåget skulle komme til at hænge, hvor længe varer det så")).toBe("info");
    expect(level("findes der noget man kan tage, hvis jeg nu ikke kan lide resultatet")).toBe("info");
  });
});
