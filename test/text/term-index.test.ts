import { describe, expect, it } from "vitest";
import { TermIndex } from "../../src/text/term-index.js";
import { fold, foldWord } from "../../src/text/fold.js";
import { QUESTION_LEXICON } from "../../src/knowledge/question-lexicon.js";
import { LEXICON } from "../../src/triage/lexicon.js";
import { SCREEN_WORDS } from "../../src/triage/screen-words.js";
import { tokenize } from "../../src/text/tokenize.js";

const index = new TermIndex({ swallow: ["synk*"], breath: ["trække vejret"], ptosis: ["øjenlåg*"], hard: ["*besvær*"], fever: ["feber"] });
const concepts = (text: string) => index.find(tokenize(text).tokens.map((t) => t.text)).map((h) => h.concept).sort();

describe("term index", () => {
  it("reads every inflection of a word written as a Snowball stem", () => {
    const limbs = new TermIndex({ limbs: ["~arm", "~ben"], leg: ["~leg"] });
    for (const word of ["arm", "arme", "armen", "armene", "arms", "ben", "benet", "benene"]) expect(limbs.find([word]).map((h) => h.concept), word).toEqual(["limbs"]);
    expect(limbs.find(["legs"]).map((h) => h.concept)).toEqual(["leg"]);
    expect(limbs.find(["armbånd"])).toEqual([]);
  });

  it("reads a phrase with a degree word inside it", () => {
    const open = new TermIndex({ open: ["står åbent"], wrong: ["not right"] });
    expect(open.find(tokenize("øjet står lidt åbent").words).map((h) => h.concept)).toEqual(["open"]);
    expect(open.find(tokenize("something is really not right").words).map((h) => h.concept)).toEqual(["wrong"]);
    expect(open.find(tokenize("står og venter, det er åbent").words)).toEqual([]);
  });

  it("matches words, stems, compounds and phrases", () => {
    expect(concepts("synker dårligt")).toEqual(["swallow"]);
    expect(concepts("synkebesvær")).toEqual(["hard", "swallow"]);
    expect(concepts("kan ikke trække vejret")).toEqual(["breath"]);
    expect(concepts("feber")).toEqual(["fever"]);
  });

  it("folds ae/oe/aa and allows one typo in longer words", () => {
    expect(concepts("oejenlaag")).toEqual(["ptosis"]);
    expect(concepts("øjnlåget")).toEqual(["ptosis"]);
    expect(concepts("trække vejert")).toEqual(["breath"]);
  });

  it("forgives a doubled or undoubled letter in a short word, and nothing else there", () => {
    expect(concepts("feeber")).toEqual(["fever"]);
    expect(concepts("fefer")).toEqual([]);
    expect(concepts("feder")).toEqual([]);
  });

  it("forgives a neighbouring key in a five-letter word or stem, but no other letter", () => {
    const swelling = new TermIndex({ swollen: ["hævel*"] });
    expect(concepts("febet")).toEqual(["fever"]);
    expect(swelling.find(["havrlse"])).toHaveLength(1);
    expect(concepts("feper")).toEqual([]);
    expect(swelling.find(["havplse"])).toEqual([]);
  });

  it("lets a later word of a phrase take a short word's slips, and only those", () => {
    const air = new TermIndex({ air: ["få luft"] });
    for (const typed of ["lfut", "lufft", "luct", "lut"]) expect(air.find(["fa", typed])).toHaveLength(1);
    for (const other of ["lort", "lyst", "list"]) expect(air.find(["fa", other])).toEqual([]);
  });

  it("never reads a long word as a stem with a slip", () => {
    expect(new TermIndex({ swollen: ["hævel*"] }).find(["havrlsesproblemer"])).toEqual([]);
  });

  it("reads a word it is told is an everyday word only as itself", () => {
    const strict = new TermIndex({ fever: ["feber"] }, ["febet"]);
    expect(strict.find(["febet"])).toEqual([]);
    expect(strict.find(["feber"])).toHaveLength(1);
  });

  it("keeps words apart that folding æøå would merge with another word", () => {
    expect(fold("kan ikke tåle lys")).not.toContain("tale");
    expect(fold("jeg er mæt")).not.toMatch(/\bmat\b/);
    expect(fold("ømt og øm")).not.toMatch(/\bom\b/);
  });

  it("allows no typo in the shortest words, in the first letter, or as a dropped last letter", () => {
    expect(concepts("fbr")).toEqual([]);
    expect(concepts("febe")).toEqual([]);
    expect(concepts("eber")).toEqual([]);
    expect(concepts("øjenlåg")).toEqual(["ptosis"]);
    expect(concepts("tjenlåg")).toEqual([]);
  });

  it("never reads an everyday word it is told of as a typo of a term", () => {
    const swelling = new TermIndex({ swollen: ["hævning"] }, ["having"]);
    const found = (text: string) => swelling.find(tokenize(text).words).map((h) => h.concept);
    expect(found("havning")).toEqual(["swollen"]);
    expect(found("I'm not having any trouble")).toEqual([]);
    expect(new TermIndex({ swollen: ["hævning"] }).find(["having"]).map((h) => h.concept)).toEqual(["swollen"]);
  });

  it("reads the slips that leave no other word in short core words", () => {
    const core = new TermIndex({ swallow: ["synke", "synk*"], swollen: ["hævet"], fever: ["feber"] });
    const found = (text: string) => core.find(tokenize(text).words).map((h) => h.concept);
    expect(found("snke")).toEqual(["swallow"]);
    expect(found("synek")).toEqual(["swallow"]);
    expect(found("snyker")).toEqual(["swallow"]);
    expect(found("febr")).toEqual(["fever"]);
    // A last letter dropped is another word too: "have" is no "hævet".
    expect(found("have")).toEqual([]);
    expect(found("fbr")).toEqual([]);
  });

  it("reads a misspelt compound head, a letter typed twice and a typo that a short stem hides", () => {
    const words = new TermIndex({ swallow: ["synke", "synk*"], hard: ["*besvær*"], speak: ["snakke"], rash: ["*nældefeber*"], site: ["nål*"] });
    const found = (text: string) => words.find(tokenize(text).words).map((h) => h.concept).sort();
    expect(found("snkebesvær")).toEqual(["hard", "swallow"]);
    expect(found("snakkke")).toEqual(["speak"]);
    expect(found("nældfeber")).toEqual(["rash", "site"]);
    expect(found("nålen")).toEqual(["site"]);
  });
});

describe("the lexicons", () => {
  it("hold only terms a folded message can match: letters and digits, no apostrophes or hyphens", () => {
    const unmatchable: string[] = [];
    for (const lexicon of [LEXICON, QUESTION_LEXICON, SCREEN_WORDS] as Array<Record<string, readonly string[]>>) {
      for (const terms of Object.values(lexicon)) {
        for (const term of terms) if (term.trim().split(/\s+/).some((part) => !/^(\*|~)?[a-z0-9]+\*?$/.test(foldWord(part)))) unmatchable.push(term);
      }
    }
    expect(unmatchable).toEqual([]);
  });
});
