import { describe, expect, it } from "vitest";
import { assess } from "../../src/triage/assess.js";

// The mechanisms held-out batch 11 taught, each checked with wordings of its own, not the batch's.
const level = (text: string) => assess(text).level;
const screened = (text: string) => assess(text).screen !== null;

describe("Norwegian and Swedish word order and fainting", () => {
  it("reads 'ikke klarer å' as cannot", () => {
    expect(level("han ikke klarer å svelge vann i kveld")).toBe("emergency");
    expect(level("om jag inte klarar att andas ordentligt")).toBe("emergency");
  });

  it("reads a Swedish faint, and hives with it, as the emergency it is", () => {
    expect(level("det svartnade för ögonen när jag reste mig")).toBe("emergency");
    expect(level("röda kliande bulor på magen och jag höll på att svimma")).toBe("emergency");
  });

  it("keeps the Danish 'svimmel' as dizziness", () => {
    expect(assess("jeg er svimmel i aften").findings.map((f) => f.sign)).toEqual(["dizziness"]);
  });
});

describe("the whole face frozen", () => {
  it("is more than the treated muscle: the doctor tonight", () => {
    expect(level("hele mit ansigt er som frosset, jeg kan ikke smile")).toBe("urgent");
    expect(level("her whole face is frozen since this morning")).toBe("urgent");
  });

  it("is a question when it is still to come, and the forehead alone is expected", () => {
    expect(level("Will my whole face look frozen?")).toBe("info");
    expect(level("panden er helt frosset")).toBe("expected");
  });
});

describe("a function said to be as it always is", () => {
  it("is fine, in English too", () => {
    expect(level("breathing is normal and my voice is fine")).toBe("info");
    expect(level("stemmen er som den plejer, og jeg synker fint")).toBe("info");
    expect(level("hun lyder som hun plejer")).toBe("info");
  });

  it("is a change when it is not as usual", () => {
    expect(level("my voice is fine but I can't swallow")).toBe("emergency");
    expect(screened("hun lyder ikke som hun plejer")).toBe(true);
    expect(level("she doesn't sound like herself tonight")).toBe("emergency");
    expect(level("that doesn't sound right, the price was 2000?")).toBe("info");
  });
});

describe("figures and things that only borrow a function's words", () => {
  it("reads relief, and how a cake looks, as no red flag", () => {
    expect(level("de er helt fine, så I kan godt ånde lettet op")).toBe("info");
    expect(level("kagen ser mest ud som en kartoffel haha")).toBe("info");
    expect(level("jeg kan ikke ånde ordentligt")).toBe("emergency");
  });

  it("reads 'hvis jeg nu' as a supposition", () => {
    expect(level("Hvis jeg nu i weekenden får det som om halsen snører sig sammen, hvem skal jeg så kontakte?")).toBe("info");
    expect(level("Nu snører halsen sig sammen, hvem skal jeg kontakte?")).toBe("emergency");
  });
});

describe("a lip or mouth sign told with a comparison", () => {
  it("is the reportable side effect, not a screen", () => {
    expect(level("han savler ud af mundvigen når han drikker, det er som om læberne ikke lukker tæt")).toBe("review");
    expect(level("my mouth feels stuffed with cotton wool, still parched after a litre of water")).toBe("review");
  });
});

describe("sweat in Swedish", () => {
  it("on the back after the armpits is sweat where it was never treated", () => {
    expect(level("armhålorna är torra men nu svettas jag på ryggen hela natten")).toBe("review");
  });
});

describe("a sound in the ears", () => {
  it("is the reportable side effect in any wording", () => {
    expect(level("I've had a ringing in both ears since the treatment")).toBe("review");
    expect(level("det suser og piber i ørerne om natten")).toBe("review");
    expect(level("my ears keep buzzing")).toBe("review");
  });

  it("needs the sound and the ears together", () => {
    expect(assess("telefonen ringer hele tiden, mine ører er trætte af det").findings.map((f) => f.sign)).not.toContain("tinnitus");
  });
});

describe("a brow that sinks", () => {
  it("is the brow, not swallowing", () => {
    expect(level("mine øjenbryn synker ned så jeg ser sur ud på teams")).toBe("review");
    expect(level("jeg kan ikke synke ned")).toBe("emergency");
  });
});
