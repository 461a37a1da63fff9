import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIGURES, IDIOMS, rewriter } from "../../src/text/fold.js";

// The one-pass test before the idioms and figures must change nothing: on every labelled
// message, and on every message with each rule's own match in it, the filtered rewrite equals
// running every rule in turn.
const read = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text.toLowerCase());
const texts = [...read("../cases/triage-cases.jsonl"), ...read("../cases/held-out.jsonl")];
const everyRule = (rules: ReadonlyArray<[RegExp, string]>) => (s: string) => rules.reduce((t, [re, to]) => t.replace(re, to), s);

describe("the idioms' and figures' one-pass filter", () => {
  it.each([["figures", FIGURES], ["idioms", IDIOMS]] as const)("rewrites the %s exactly as running every rule does", (_name, rules) => {
    const filtered = rewriter(rules);
    const plain = everyRule(rules);
    const differ = texts.filter((t) => filtered(t) !== plain(t));
    expect(differ).toEqual([]);
    // The filter must also let through what each rule matches: some messages must be rewritten.
    expect(texts.filter((t) => plain(t) !== t).length).toBeGreaterThan(10);
  });

  it("refuses a rule whose flags would change its meaning in the combined test", () => {
    expect(() => rewriter([[/x/gi, "y"]])).toThrow(/flag g alone/);
  });
});
