import { describe, expect, it } from "vitest";
import { assess } from "../../src/triage/assess.js";

// The mechanisms held-out batch 15 taught, each checked with wordings of its own, not the batch's.
const level = (text: string) => assess(text).level;
const screened = (text: string) => assess(text).screen !== null;

describe("sight told by what it shows", () => {
  it("reads an eye that 'slukker' and seeing only black as sight lost", () => {
    expect(level("det venstre øje har besluttet sig for at slukke 🙃 ser bare sort på den side")).toBe("emergency");
    expect(level("jeg ser kun sort på højre side siden i aftes")).toBe("emergency");
  });

  it("reads gloom as no sight", () => {
    expect(level("jeg ser sort på fremtiden haha, hvornår kan jeg booke?")).toBe("info");
    expect(level("det ser sort ud for min ferie")).toBe("info");
  });
});

describe("faces that tell a symptom without a word", () => {
  it("reads the dizzy, woozy and feverish faces", () => {
    expect(level("botox i går og nu 😵‍💫😵‍💫")).toBe("urgent");
    expect(level("🤒 siden i aftes efter botox")).toBe("urgent");
  });
});

describe("Norwegian and Swedish words for the throat and the mouth", () => {
  it("reads a throat that 'kjennes tett' and 'hovner opp' as closing", () => {
    expect(level("det kjennes tett i halsen og den hovner opp")).toBe("emergency");
  });

  it("reads 'dreglar' as drooling", () => {
    expect(level("jag dreglar från vänster mungipa när jag dricker")).toBe("review");
  });
});

describe("what a message says only to be sure", () => {
  it("reads 'for en god ordens skyld' as no words that fail", () => {
    expect(screened("bare for en god ordens skyld: ingen hævelse, alt er fint")).toBe(false);
  });

  it("reads mouth breathing with a cold as the cold, but a fever with it still as a fever", () => {
    expect(screened("I have a cold so I've been mouth breathing at night")).toBe(false);
    expect(level("I have a cold and a fever of 39 since the botox")).toBe("urgent");
  });
});
