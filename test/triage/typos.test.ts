import { describe, expect, it } from "vitest";
import { levelOf } from "../helpers.js";

describe("spelling variants and typos", () => {
  it.each([
    ["haengende oejenlaag", "review"],
    ["hangende ojenlag", "review"],
    ["hængene øjnlåg", "review"],
    ["jeg har svaert ved at synke", "emergency"],
    ["aandenoed", "emergency"],
    ["Kan ik trække vejret", "emergency"],
    ["kan ikk trække vejret rigtigt", "emergency"],
    ["syngebesvær", "emergency"],
    ["Blaat maerke ved oejet", "expected"],
    ["hovdpine i fire dage", "review"],
    ["cant breath", "emergency"],
    ["kan ikkke synke", "emergency"],
    ["benene kan ikle bære mig", "emergency"],
    ["kan ikke syjke", "emergency"],
    ["har svært ved at synje", "emergency"],
    ["Jeg har ikek feber", "info"],
    ["Jeg har svært ved at få ludt", "emergency"],
    ["jeg mangler luuft", "emergency"],
    ["får sgu ikke lift", "emergency"],
    ["får ikke lugt", "info"],
    ["Jeg har faaet nogle roede prikker rundt om stikkene", "expected"],
    ["jeg har sveart ved at synke", "emergency"],
    ["har sært ved at lukke øjnene", "urgent"],
    ["It's hsrd to swallow since this morning", "emergency"],
    ["I had to swallow a pill this morning", "info"],
    ["jeg er ved at blive skør af at vente", "info"],
    ["Jeg kan næstn ikke synke mit spyt", "emergency"],
    ["Synke kan jeg næaten ikke", "emergency"],
    ["cannt breath", "emergency"],
  ] as const)("%s -> %s", (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it("reads inflections of the same word", () => {
    for (const text of ["Øjenlåget hænger", "Øjenlågene hænger", "hængende øjenlåg", "øjenlåget er begyndt at hænge"]) {
      expect(levelOf(text)).toBe("review");
    }
  });
});

describe("everyday words one letter from a symptom word", () => {
  it.each([
    ["Jeg havde det fint i går", "info"],
    ["I have been feeling great since the treatment", "info"],
    ["Kan jeg gå til træning i morgen?", "info"],
    ["Tak for i dag. Lidt hævet ved stikket, hilsen Anna", "expected"],
    ["Jeg har bare et spørgsmål om næste tid", "info"],
    ["Hvad laver man ved en kontrol?", "info"],
    ["Lægen har sagt at jeg skal vente to uger", "info"],
    ["Et lille blåt mærke ved mit højre øje", "expected"],
    ["Jeg har været i skolen i dag", "info"],
    ["Generelt er hævelsen lille", "expected"],
  ] as const)("%s -> %s", (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it("still reads the symptom words they sit next to", () => {
    expect(levelOf("I have been feeling weak in my arms")).toBe("emergency");
    expect(levelOf("Mit øjenlåg føles tungere i dag")).toBe("review");
  });
});

describe("a slip in a short stem", () => {
  it("is read only before a short ending, never in a long word of its own", () => {
    expect(levelOf("wedding saturday, am I allowed prosecco before??")).toBe("info");
    expect(levelOf("han syjker dårligt")).toBe("emergency");
  });
});
