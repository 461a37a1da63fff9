import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/text/tokenize.js";
import { findConcepts, patternsToTry } from "../../src/triage/match-signs.js";
import { SIGNS } from "../../src/triage/signs.js";
import type { TermHit } from "../../src/text/term-index.js";

// The first-slot index against trying every pattern of the table, over every labelled message.
const messages = ["triage-cases", "held-out"].flatMap((file) =>
  readFileSync(new URL(`../cases/${file}.jsonl`, import.meta.url), "utf8").split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text));

/** Every pattern of the rule table tried, one by one: what the first-slot index must agree with. */
function everyPattern(hits: readonly TermHit[], days: number | null) {
  const found: Array<{ sign: string; when: number; slotHits: TermHit[][] }> = [];
  for (const sign of SIGNS) {
    sign.when.forEach((p, when) => {
      const { all, minDays = 0 } = typeof p === "string" ? { all: p } : p;
      if (minDays > 0 && (days ?? 0) < minDays) return;
      const slots = all.split(/[+>]/).map((slot) => slot.trim().split("|").map((c) => c.trim()));
      const slotHits = slots.map((slot) => slot.flatMap((c) => hits.filter((h) => h.concept === c)));
      if (slotHits.every((list) => list.length > 0)) found.push({ sign: sign.id, when, slotHits });
    });
  }
  return found;
}

describe("the patterns a message tries", () => {
  it("are exactly those, in the table's order and with the same hits, that trying every pattern finds", () => {
    let tried = 0;
    for (const text of messages) {
      const hits = findConcepts(tokenize(text).words);
      for (const days of [null, 1, 14, 60]) {
        const indexed = patternsToTry(hits, days).map((t) => ({ sign: t.compiled.sign.id, when: t.when, slotHits: t.slotHits }));
        expect(indexed, text).toEqual(everyPattern(hits, days));
        tried += indexed.length;
      }
    }
    // The comparison saw patterns to try, not only empty lists.
    expect(tried).toBeGreaterThan(messages.length);
  });
});
