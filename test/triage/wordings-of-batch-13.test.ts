import { describe, expect, it } from "vitest";
import { assess } from "../../src/triage/assess.js";

// The mechanisms held-out batch 13 taught, each checked with wordings of its own, not the batch's.
const level = (text: string) => assess(text).level;

describe("how people write as they speak", () => {
  it("reads English 'th' said as 'f'", () => {
    expect(level("me froat is closin up")).toBe("emergency");
    expect(level("cant get me breff proper")).toBe("emergency");
  });

  it("reads a bare Danish 'hæs' as hoarse, and the English 'has' as itself", () => {
    expect(level("Hæs. Dag 3.")).toBe("emergency");
    expect(level("she has a question about the price")).toBe("info");
  });

  it("reads 'stadigvæk' as 'stadig'", () => {
    expect(level("stikket ved brynet bløder stadigvæk")).toBe("urgent");
  });

  it("reads fillers between 'vil' and 'ikke'", () => {
    expect(level("maden vil ligesom ikke rigtig gå ned")).toBe("emergency");
  });
});

describe("red flags told in other words", () => {
  it.each([
    "min röst har försvunnit, det kommer bara en viskning",
    "læberne puster sig op",
    "my lips keep puffing up",
  ])("%s", (text) => {
    expect(level(text)).toBe("emergency");
  });

  it("reads the world seen doubled as double vision", () => {
    expect(level("driving home every car had a twin, two of every car")).toBe("urgent");
    expect(level("everything looks doubled since tonight")).toBe("urgent");
    expect(level("the price looks doubled since last year?")).toBe("info");
  });
});

describe("what is still to come and what is as usual", () => {
  it("asks when the writer wonders what will happen to them", () => {
    expect(level("Will I lose feeling in my forehead?")).toBe("info");
    expect(level("Will I be able to breathe normally after?")).toBe("info");
  });

  it("reads a whole list said to be as usual as fine", () => {
    expect(level("alt er fint, ingen hævelse, kan synke og snakke som altid")).toBe("info");
  });
});

describe("sweat and sounds told in other words", () => {
  it("reads sweat that drips down the back and chest as sweat, not the breath", () => {
    expect(level("sveder ik under armene mer, men nu drypper det ned ad ryggen å brystet")).toBe("review");
    expect(level("jeg sveder på ryggen og det trykker i brystet")).toBe("emergency");
  });

  it("reads a sound in the ears named as a sound", () => {
    expect(level("jeg har haft en høj biiip lyd i begge ører siden behandlingen")).toBe("review");
    expect(assess("swelling by my nose and ears").findings.map((f) => f.sign)).not.toContain("tinnitus");
  });
});
