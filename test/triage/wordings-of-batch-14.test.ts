import { describe, expect, it } from "vitest";
import { assess } from "../../src/triage/assess.js";

// The mechanisms held-out batch 14 taught, each checked with wordings of its own, not the batch's.
const level = (text: string) => assess(text).level;

describe("how phones and writers mark their words", () => {
  it("reads words between stars or underscores as the words", () => {
    expect(level("jeg kan *ikke* synke")).toBe("emergency");
    expect(level("I _can't_ breathe properly")).toBe("emergency");
  });

  it("puts a starred correction in place of the word autocorrect chose", () => {
    expect(level("jeg har svært ved at synes\n*synke")).toBe("emergency");
    expect(level("hvad gør jeg hvis jeg får svært ved at synes? *synke. spørger bare")).toBe("info");
  });
});

describe("what the writer sees, and how much sweat", () => {
  it("reads 'kan se det i spejlet' as looking, not sight lost", () => {
    expect(level("øjenbrynet er sunket og føles tungt, jeg kan se det i spejlet")).toBe("review");
    expect(level("jeg kan ikke se mig selv i spejlet, alt er sløret")).toBe("emergency");
  });

  it("reads 'som aldrig før' as more than ever, no denial", () => {
    expect(level("efter armhulerne sveder jeg som aldrig før på ryggen")).toBe("review");
  });
});

describe("the face at work", () => {
  it.each([
    ["kæben sætter sig fast når jeg gaber", "review"],
    ["nu løber mine øjne i vand hele tiden", "review"],
    ["my smile is lopsided now, left side lifts and right side stays flat", "review"],
    ["øynene mine er så hovne at jeg ikke fikk dem opp i morges", "urgent"],
  ])("%s -> %s", (text, want) => {
    expect(level(text)).toBe(want);
  });

  it("still reads an arm that cannot lift beside a face sign", () => {
    expect(level("my smile is lopsided and I can't lift my arm")).toBe("emergency");
  });
});

describe("a comparison with other people", () => {
  it("never reads a red flag away: the writer may be telling their own by it", () => {
    expect(level("my face feels like those people who had a stroke, I can't smile on the left")).toBe("emergency");
  });
});

describe("a message full of stars", () => {
  it("still reads the red flag after them", () => {
    expect(level(`${"*ok ".repeat(500)}jeg kan *ikke* synke`)).toBe("emergency");
  });
});
