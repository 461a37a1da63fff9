import { describe, expect, it } from "vitest";
import { levelOf, signsOf } from "../helpers.js";

describe("signs of infection are urgent", () => {
  it.each([
    "Der kommer materie ud af et stiksted",
    "Der siver gul væske fra et af stikkene",
    "Jeg har 39 i feber efter behandlingen",
    "I have chills and fever",
    "Stikstedet er rødt, varmt og hævet",
    "The injection site is red, hot and getting bigger",
    "Rødmen breder sig over panden",
    "the redness is spreading",
    "I think the injection site is infected",
  ])("%s", (text) => {
    expect(levelOf(text)).toBe("urgent");
    expect(signsOf(text)[0]).toMatch(/infection|swelling-worsening/);
  });

  it("treats swelling that keeps growing as urgent", () => {
    expect(levelOf("Hævelsen bliver større og større")).toBe("urgent");
    expect(levelOf("the swelling keeps getting worse")).toBe("urgent");
    expect(levelOf("Det blå mærke bliver større og større")).toBe("urgent");
  });

  it("does not call a swelling that is not getting worse urgent", () => {
    expect(levelOf("Hævelsen er ikke blevet værre, bare lidt hævet")).toBe("expected");
  });

  it("does not mistake 'injected' for 'infected'", () => {
    expect(levelOf("It's a bit red and swollen where you injected")).toBe("expected");
  });
});

describe("a throbbing site", () => {
  it("is for the doctor tonight, but a pounding head with a little redness is not", () => {
    expect(levelOf("det dunker i stikket")).toBe("urgent");
    expect(levelOf("hovedet dunker, og stikstedet er lidt hævet")).toBe("expected");
  });
});

describe("more ways to say it about an infection", () => {
  it.each(["a boil has formed where you injected", "en lille hvid prik i et stiksted", "the site is weeping fluid"])("%s -> urgent", (text) => {
    expect(levelOf(text)).toBe("urgent");
  });
});
