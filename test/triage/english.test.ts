import { describe, expect, it } from "vitest";
import { assess } from "../../src/triage/assess.js";
import { replyTo } from "../helpers.js";

describe("English-writing patients", () => {
  it.each([
    ["I can't breathe properly since the injections", "emergency"],
    ["difficulty swallowing and double vision", "emergency"],
    ["my throat feels tight and I'm wheezing", "emergency"],
    ["The injection site is red, hot and getting bigger", "urgent"],
    ["My eyebrow is drooping", "review"],
    ["I have a heavy forehead feeling", "review"],
    ["small bruise near the injection site", "expected"],
    ["Can I bring someone with me to the consultation?", "info"],
  ] as const)("%s -> %s, answered in English", (text, level) => {
    const a = assess(text);
    expect(a.level).toBe(level);
    expect(a.language).toBe("en");
    expect(replyTo(text).text).not.toMatch(/\b(og|ikke|lægen)\b/);
  });

  it("answers Danish by default", () => {
    expect(assess("Mit øjenlåg hænger").language).toBe("da");
    expect(assess("ok").language).toBe("da");
    expect(assess("botox?").language).toBe("da");
  });
});
