import { describe, expect, it } from "vitest";
import { assess } from "../../src/triage/assess.js";
import { levelOf } from "../helpers.js";

describe("a message written over several lines", () => {
  it("reads each line's report on its own: a word on the next line cancels nothing", () => {
    expect(levelOf("Jeg kan pludselig ikke se\nblåt mærke i går, i dag lidt gult")).toBe("emergency");
    expect(levelOf("synsfeltet er indskrænket\nlidt hævet")).toBe("emergency");
    expect(levelOf("Ansigtet er hævet op\nmild hovedpine i dag efter behandlingen")).toBe("urgent");
    expect(levelOf("Jeg kan ikke\nsynke")).toBe("emergency");
  });

  it("reads a question on a line of its own as a question, and the lines before it as stated", () => {
    const asked = assess("Jeg har lidt hovedpine efter behandlingen i dag\nhvis jeg får svært ved at synke, hvad skal jeg så gøre?");
    expect(asked.level).toBe("expected");
    expect(asked.asked.map((f) => f.sign)).toContain("swallowing");
    expect(levelOf("Jeg har svært ved at synke\nhvad skal jeg gøre?")).toBe("emergency");
  });

  it("reads a question's condition with it, after a statement or a greeting on its own line", () => {
    const read = assess("Mine øjenbryn er blevet lavere og jeg ser træt ud, hvis jeg får svært ved at synke, hvad skal jeg så gøre?");
    expect(read.level).toBe("review");
    expect(read.asked.map((f) => f.sign)).toContain("swallowing");
    expect(levelOf("rød prik hvor nålen gik ind\nhej, kan man få svært ved at synke af botox?")).toBe("expected");
    expect(levelOf("Jeg har svært ved at synke, hvis det bliver værre, hvad gør jeg?")).toBe("emergency");
  });

  it("ends a question without its question mark at the line break", () => {
    expect(levelOf("er der en modgift hvis det går galt\nkløe i halsen")).toBe("urgent");
  });
});

describe("a question without its question mark, then a statement", () => {
  it("counts what the statement reports", () => {
    expect(levelOf("kan jeg få en tid til kontrol om 2 uger, og det er tungt at trække vejret")).toBe("emergency");
    expect(levelOf("hvor tit skal man have botox for at forebygge rynker, og det er rødt, hævet og varmt")).toBe("urgent");
    expect(levelOf("er der nogen bivirkninger, og armene er lammede")).toBe("emergency");
    expect(levelOf("hvor længe kan man se de blå mærker, og har svaert ved at traekke vejret")).toBe("emergency");
    expect(levelOf("hvad koster det at få lavet panden - hele ansigtet er hævet")).toBe("urgent");
    expect(levelOf("kan jeg få en tid til kontrol om 2 uger - synker lidt dårligt")).toBe("emergency");
    expect(levelOf("kan jeg få et mimikløst ansigt, og svært ved at snakke")).toBe("emergency");
    expect(levelOf("skal jeg vente nogle dage efter konsultationen - halsen snører sig sammen")).toBe("emergency");
    expect(levelOf("er der nogen bivirkninger, og øjet lukker ikke helt når jeg blinker")).toBe("urgent");
    expect(levelOf("bliver mit ansigt helt lammet, og dobbelt ser jeg, når jeg kigger op")).toBe("urgent");
  });

  it("still asks when the next clause goes on asking", () => {
    expect(levelOf("Kan man få hængende øjenlåg, og hvor længe varer det")).toBe("info");
    expect(levelOf("Kan man få hovedpine af botox, og har man så feber")).toBe("info");
    expect(levelOf("kan man få hovedpine, og ser man så dårligt")).toBe("info");
  });

  it("reads past a link word that opens the sentence", () => {
    const read = assess("my jaw feels locked. Og så hvis jeg får svært ved at synke, hvad skal jeg så gøre?");
    expect(read.level).toBe("review");
    expect(read.asked.map((f) => f.sign)).toContain("swallowing");
    expect(levelOf("Og jeg kan ikke synke")).toBe("emergency");
  });
});

describe("a sentence run into a question without a full stop", () => {
  it("starts the question at its capital letter", () => {
    expect(levelOf("Ambulancen er på vej Hvad skal jeg gøre?")).toBe("urgent");
    expect(levelOf("Jeg kan ikke synke Er det normalt?")).toBe("emergency");
  });
});

describe("a function said to be fine", () => {
  it("is not read with a 'kan ikke' later in the message", () => {
    expect(levelOf("Vejrtrækningen er fin, men jeg kan ikke komme på arbejde")).toBe("info");
    expect(levelOf("vejrtrækningen er fin men jeg kan ikke synke")).toBe("emergency");
    expect(levelOf("vejret er fint men jeg har svært ved at trække vejret helt ned")).toBe("emergency");
    expect(levelOf("Ikke noget med vejrtrækningen, kun et blåt mærke, tunge øjenlåg siden behandlingen")).toBe("review");
  });
});
