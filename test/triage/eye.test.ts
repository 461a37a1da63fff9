import { describe, expect, it } from "vitest";
import { levelOf, signsOf } from "../helpers.js";

describe("eye signs", () => {
  it.each([
    ["Jeg kan ikke lukke øjet helt", "eye-cannot-close"],
    ["Øjet lukker ikke helt når jeg blinker", "eye-cannot-close"],
    ["my eye doesn't close properly", "eye-cannot-close"],
    ["My eye won't shut all the way", "eye-cannot-close"],
    ["Meget ondt i øjet", "eye-pain"],
    ["Jeg ser dobbelt", "double-vision"],
    ["dobbeltsyn", "double-vision"],
    ["my vision is blurry since yesterday", "blurred-vision"],
    ["Synet er blevet uskarpt", "blurred-vision"],
    ["Øjenlågene er så hævede at øjnene næsten er lukkede", "eyes-swollen-shut"],
    ["Øjenlågene er så hævede, at jeg næsten ikke kan se ud af øjnene", "eyes-swollen-shut"],
  ])("%s is urgent (%s)", (text, sign) => {
    expect(levelOf(text)).toBe("urgent");
    expect(signsOf(text)).toContain(sign);
  });

  it.each([
    ["Mit øjenlåg hænger", "drooping-eyelid"],
    ["hængende øjenlåg på højre side", "drooping-eyelid"],
    ["Det venstre øje er halvt lukket", "drooping-eyelid"],
    ["Mine øjne er meget tørre efter behandlingen", "dry-eyes"],
    ["Hævede øjenlåg en uge efter behandlingen", "eyelid-swelling"],
    ["Lidt ondt i øjet", "eye-pain-mild"],
  ])("%s is for review (%s)", (text, sign) => {
    expect(levelOf(text)).toBe("review");
    expect(signsOf(text)).toContain(sign);
  });

  it("keeps a bruise next to the eye as expected", () => {
    expect(levelOf("Blåt mærke ved øjet efter 3 dage")).toBe("expected");
  });

  it("does not read 'dobbelthage' as double vision", () => {
    expect(levelOf("Kan botox bruges mod dobbelthage?")).toBe("info");
  });
});

describe("more ways to say it about the eyes", () => {
  it.each([
    ["jeg har svært ved at læse, bogstaverne flyder sammen", "blurred-vision"],
    ["det er som at se gennem tåge", "blurred-vision"],
    ["jeg kan ikke blinke", "eye-cannot-close"],
    ["min sidesyn er væk på højre side", "vision-loss"],
    ["I have a shadow over part of my vision", "vision-loss"],
    ["jeg ser en sort plet midt i synsfeltet", "vision-loss"],
    ["one eye won't follow the other", "double-vision"],
    ["det hvide i øjet er rødt", "red-eye"],
    ["jeg har fået et blodskud i øjet", "red-eye"],
    ["the white of my eye is red", "red-eye"],
  ])("%s -> %s", (text, sign) => {
    expect(signsOf(text)).toContain(sign);
  });

  it("does not read 'tage'/'taget' (take, taken) as 'tåge'/'tåget' (fog, foggy)", () => {
    expect(levelOf("Skal jeg tage noget for de tørre øjne?")).toBe("review");
    expect(levelOf("jeg har taget en pille for øjet")).toBe("info");
    expect(levelOf("alt er tåget")).toBe("urgent");
    expect(levelOf("jeg ser lidt tåget om morgenen")).toBe("urgent");
  });

  it("keeps redness by the eye after a needle an expected effect, and a red painful eye urgent", () => {
    expect(levelOf("rødt ved øjet efter stikket")).toBe("expected");
    expect(levelOf("øjet er rødt og gør meget ondt")).toBe("urgent");
  });
});
