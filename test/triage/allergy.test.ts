import { describe, expect, it } from "vitest";
import { levelOf, signsOf } from "../helpers.js";

describe("allergic reactions", () => {
  it("calls hives on the face with normal breathing urgent", () => {
    expect(levelOf("Jeg har fået nældefeber i ansigtet men kan trække vejret fint")).toBe("urgent");
    expect(levelOf("itchy rash on my forehead but I can breathe fine")).toBe("urgent");
    expect(levelOf("Røde kløende pletter i ansigtet")).toBe("urgent");
    expect(signsOf("udslæt i ansigtet")).toContain("rash-hives");
  });

  it("calls widespread hives with faintness an emergency", () => {
    expect(levelOf("Udslæt over hele kroppen og jeg føler jeg skal besvime")).toBe("emergency");
    expect(levelOf("svimmel og nældefeber over hele kroppen")).toBe("emergency");
  });

  it("calls swollen tongue, lips or throat an emergency", () => {
    expect(levelOf("Mine læber er hævet op")).toBe("emergency");
    expect(levelOf("My tongue is swollen")).toBe("emergency");
    expect(levelOf("min hals føles hævet indeni")).toBe("emergency");
  });

  it("calls a swollen face urgent, and slight swelling at the needle points expected", () => {
    expect(levelOf("Hele ansigtet er hævet")).toBe("urgent");
    expect(levelOf("Ansigtet er hævet op")).toBe("urgent");
    expect(levelOf("Lidt hævet ved stikkene")).toBe("expected");
  });
});

describe("swelling all over", () => {
  it("is for the doctor tonight, but 'generelt' (in general) is not all over", () => {
    expect(levelOf("I'm swelling up everywhere")).toBe("urgent");
    expect(levelOf("mit ansigt bliver ved med at hæve")).toBe("urgent");
    expect(levelOf("Generelt er hævelsen lille")).toBe("expected");
    expect(levelOf("hives and my tongue feels weird")).toBe("emergency");
  });
});

describe("an allergy one has had all along", () => {
  it("is a question for the clinic, not a reaction; a reaction now still counts", () => {
    expect(levelOf("jeg har allergi over for æg, kan jeg få botox?")).toBe("info");
    expect(levelOf("I have an allergy to nuts, is botox ok?")).toBe("info");
    expect(levelOf("jeg har fået en allergisk reaktion")).toBe("urgent");
    expect(levelOf("jeg tror jeg har allergi")).toBe("urgent");
  });
});
