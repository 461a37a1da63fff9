import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/text/tokenize.js";
import { contextScopes, modifiersOf, scopesOver } from "../../src/triage/context-modifiers.js";

/** The modifiers that reach the first occurrence of `word` in `text`. */
function at(text: string, word: string, language: "da" | "en" = "da") {
  const { tokens } = tokenize(text);
  const i = tokens.findIndex((t) => t.text === word);
  if (i < 0) throw new Error(`${word} not in ${tokens.map((t) => t.text).join(" ")}`);
  const scopes = contextScopes(tokens, language);
  return { modifiers: [...modifiersOf(scopes, i, i)].sort(), kinds: scopesOver(scopes, i, i).map((s) => s.kind).filter(Boolean) };
}

describe("ConText modifiers", () => {
  it("denies forward within the clause, and a turn ends the denial", () => {
    expect(at("ingen problemer med at synke", "synke").modifiers).toEqual(["negated"]);
    expect(at("ingen problemer med at spise... altså jo, brødet sidder fast", "brodet").modifiers).toEqual([]);
    expect(at("ingen feber, men jeg kan ikke synke", "synke").modifiers).toEqual([]);
    expect(at("no problems swallowing apart from my tablets", "tablets", "en").modifiers).toEqual([]);
  });

  it("denies a list through its commas and its 'og'", () => {
    expect(at("hverken med synet, synkningen eller noget andet", "synkningen").modifiers).toEqual(["negated"]);
    expect(at("eating and drinking fine", "eating", "en").modifiers).toEqual(["negated"]);
    expect(at("det er rødt, og drikke går fint", "rodt").modifiers).toEqual([]);
  });

  it("never lets a pseudo-trigger deny: 'ikke kun', 'ved ikke om', 'not sure if'", () => {
    expect(at("det klør ikke kun i panden", "panden").modifiers).toEqual([]);
    expect(at("jeg ved ikke om jeg kan synke ordentligt", "synke").modifiers).toEqual([]);
    expect(at("not sure if my eyelid droops", "eyelid", "en").modifiers).toEqual([]);
  });

  it("supposes after a condition, hearsay from others, a wish or history", () => {
    expect(at("hvis mit øjenlåg hænger, hvor længe varer det?", "ojenlag").kinds).toContain("condition");
    expect(at("min veninde siger man kan få svært ved at synke", "synke").kinds).toEqual(expect.arrayContaining(["hearsay", "generic"]));
    expect(at("min søster vil gerne have fyldigere læber", "laber").kinds).toContain("wish");
    expect(at("han har haft en blodprop for 5 år siden", "blodprop").kinds).toContain("history");
  });

  it("reads the patient speaking through someone as a report, not hearsay", () => {
    expect(at("Mor sagde at hovedet faldt forover", "hovedet").kinds).not.toContain("hearsay");
    expect(at("min mand siger jeg lyder fuld", "lyder").modifiers).toEqual([]);
  });

  it("knows when the person concerned is someone else, until the writer speaks of themselves", () => {
    expect(at("min kone kan ikke synke", "kanikke").modifiers).toEqual(["other"]);
    expect(at("min mand siger jeg lyder fuld", "fuld").modifiers).toEqual([]);
  });

  it("reads a dog, a play or a voice shouted hoarse at a match as not the patient", () => {
    expect(at("vores hund kan ikke synke sin mad", "synke").kinds).toContain("elsewhere");
    expect(at("lost my voice screaming at the match", "voice", "en").kinds).toContain("elsewhere");
    expect(at("my son is a knight who collapses on stage", "collapses", "en").kinds).toEqual([]);
  });
});
