import { describe, expect, it } from "vitest";
import { levelOf, signsOf } from "../helpers.js";

describe("mouth and lower face", () => {
  it.each([
    ["Min mund er skæv når jeg smiler", "mouth-asymmetry"],
    ["My smile is crooked since the treatment", "mouth-asymmetry"],
    ["Mundvigen hænger i den ene side", "mouth-asymmetry"],
    ["Mine læber er svage", "mouth-asymmetry"],
    ["Jeg savler fra mundvigen", "drooling"],
    ["Jeg spilder når jeg drikker", "drooling"],
    ["Jeg er tør i munden", "dry-mouth"],
    ["mundtørhed siden behandlingen", "dry-mouth"],
    ["Kæben er svag når jeg tygger", "weak-chewing"],
    ["jeg kan ikke tygge", "weak-chewing"],
    ["Musklen i kinden er blevet mindre", "muscle-wasting"],
  ])("%s is for review (%s)", (text, sign) => {
    expect(levelOf(text)).toBe("review");
    expect(signsOf(text)).toContain(sign);
  });

  it("lets trouble swallowing beside weak chewing make it an emergency", () => {
    expect(levelOf("kan ikke tygge eller synke")).toBe("emergency");
  });
});

describe('"tunge": a tongue, or heavy', () => {
  it.each([
    ["min tunge er hævet", "emergency"],
    ["Tunge og læber er hævede", "emergency"],
    ["Armene føles tunge", "emergency"],
    ["mine øjenlåg er hævede og tunge", "review"],
    ["jeg har tunge øjenlåg", "review"],
    ["mine øjne er så tunge", "review"],
  ] as const)("%s -> %s", (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it("keeps the tongue a tongue when heavy is said of it", () => {
    expect(signsOf("min tunge føles tung og hævet")).toContain("tongue-lip-swelling");
  });
});

describe("a lip swelling that is going", () => {
  it("is no emergency once the patient says it is almost gone, and still one when it is not gone", () => {
    expect(levelOf("Hævelsen i læben er næsten væk")).toBe("expected");
    expect(levelOf("Hævelsen i læben er ikke væk")).toBe("emergency");
    expect(levelOf("Hævelsen i læben er væk, men tungen hæver")).toBe("emergency");
  });
});

describe("how it looks is not what the writer sees", () => {
  it("reads 'det ser stift ud' as a look, and 'slappe af' as the muscle resting", () => {
    expect(levelOf("jeg kan ikke smile rigtigt, det ser stift ud")).toBe("review");
    expect(levelOf("jeg kan ikke se noget")).toBe("emergency");
    expect(levelOf("Jeg ser ikke noget ud af højre øje")).toBe("emergency");
    expect(levelOf("alt ser sort ud")).toBe("emergency");
    expect(levelOf("Musklerne skal slappe af")).toBe("info");
    expect(levelOf("jeg har slappe arme")).toBe("emergency");
    expect(levelOf("jeg kan ikke drikke af et glas uden at spilde")).toBe("review");
  });
});

describe("more ways to say it about the mouth", () => {
  it.each(["jeg bider mig selv i kinden", "mundvigene peger nedad", "I keep biting the inside of my cheek"])("%s -> review", (text) => {
    expect(levelOf(text)).toBe("review");
  });
});
