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
  ] as const)("%s -> %s", (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it("reads inflections of the same word", () => {
    for (const text of ["Øjenlåget hænger", "Øjenlågene hænger", "hængende øjenlåg", "øjenlåget er begyndt at hænge"]) {
      expect(levelOf(text)).toBe("review");
    }
  });
});
