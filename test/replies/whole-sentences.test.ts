import { describe, expect, it } from "vitest";
import { helpText, SAFETY_NET, TEXTS } from "../../src/flows/bot-texts.js";
import { TOPICS } from "../../src/knowledge/leaflet.js";
import { ROUTES } from "../../src/knowledge/routes.js";
import { replyTo } from "../helpers.js";

// "Ved svært ved at synke ...: ring 112." is a note, not a sentence a nurse would write.
const TELEGRAM = /\bVed [^.]*: ?ring 112|Ved akut brug|: call 112/i;

/** Every fixed text a patient can get, in both languages. */
function patientTexts(): string[] {
  const pairs = [SAFETY_NET, ...Object.values(TEXTS), ...TOPICS.map((t) => t.reply), ...ROUTES.flatMap((r) => (r.gap?.partial ? [r.gap.partial] : []))];
  return [
    ...pairs.flatMap((t) => [t.da, t.en]),
    helpText("da", "1813"), helpText("en", "1813"),
    replyTo("Hej").text, replyTo("Hello").text, replyTo("bla bla").text, replyTo("hmm ok then").text,
  ];
}

describe("when to call 112, in whole sentences", () => {
  it("says it as a nurse would: 'Får du svært ved at synke, tale eller trække vejret, så ring 112.'", () => {
    expect(SAFETY_NET.da).toBe("Får du svært ved at synke, tale eller trække vejret, så ring 112.");
    expect(SAFETY_NET.en).toBe("If you have trouble swallowing, speaking or breathing, call 112.");
    expect(TEXTS.stopped.da).toMatch(/Er det akut, så ring 112\.$/);
    expect(TEXTS.stopped.en).toMatch(/In an emergency, call 112\.$/);
  });

  it("leaves no telegram style in any text a patient can get", () => {
    const texts = patientTexts();
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) expect(text).not.toMatch(TELEGRAM);
  });
});
