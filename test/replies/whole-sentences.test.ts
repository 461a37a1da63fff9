import { describe, expect, it } from "vitest";
import { helpText, SAFETY_NET, TEXTS } from "../../src/flows/bot-texts.js";
import { TOPICS } from "../../src/knowledge/leaflet.js";
import { ROUTES } from "../../src/knowledge/routes.js";
import { answerMessage } from "../../src/replies/answer-message.js";
import { composeReply } from "../../src/replies/compose-reply.js";
import { SIGN_TEXTS } from "../../src/replies/sign-texts.js";
import type { Assessment, Level } from "../../src/triage/types.js";
import { replyTo } from "../helpers.js";

// "Ved svært ved at synke ...: ring 112." is a note, not a sentence a nurse would write.
const TELEGRAM = /\bVed [^.]*: ?ring 112|Ved akut brug|: call 112/i;

/** Every fixed text a patient can get, in both languages. */
function patientTexts(): string[] {
  const pairs = [SAFETY_NET, ...Object.values(TEXTS), ...TOPICS.map((t) => t.reply), ...ROUTES.flatMap((r) => (r.gap?.partial ? [r.gap.partial] : []))];
  return [
    ...pairs.flatMap((t) => [t.da, t.en]),
    helpText("da", { name: "Akuttelefonen", number: "1813" }), helpText("en", { name: "Akuttelefonen", number: "1813" }),
    replyTo("Hej").text, replyTo("Hello").text, replyTo("bla bla").text, replyTo("hmm ok then").text,
  ];
}

describe("when to call 112, in whole sentences", () => {
  it("names the out-of-hours doctor in a sentence too, in English as in Danish", () => {
    const service = { name: "Lægevagten", number: "70113131" };
    expect(helpText("da", service)).toContain("Har du brug for en læge, mens klinikken har lukket, så ring til Lægevagten på 70 11 31 31.");
    expect(helpText("en", service)).toContain("If you need a doctor while the clinic is closed, call Lægevagten on 70 11 31 31.");
  });

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

const retrieval = { route: null, routes: [], sources: [], answered: false, smallTalk: null };
/** The reply to one sign at a level, as the rules would hand it over. */
function replyToSign(sign: string, level: Level): string {
  const assessment: Assessment = {
    level, findings: [{ sign, level, words: "" }], language: "da", missingInfo: [], asked: [], isQuestion: false,
    daysSinceTreatment: null, area: null, screen: null, ownLevel: level, about: "self",
  };
  return composeReply(assessment, retrieval).text;
}
// A name that ends in a clause ("En kind, der hænger") needs its closing comma in a sentence.
const RELATIVE = /, (?:der|som|du|når|hvor|at)\b[^,]*$/;

describe("signs named in sentences that read", () => {
  it("names an eye that cannot close as a thing the doctor looks at, not as a clause run on", () => {
    const text = replyTo("Jeg kan ikke lukke øjet helt").text;
    expect(text).toContain("Et øje, der ikke kan lukke helt, skal lægen vurdere i dag.");
    expect(text).not.toMatch(/Øjet kan ikke lukke helt skal/);
  });

  it("closes the relative clause in a sign's name with a comma, in the urgent and the 112 reply", () => {
    const relative = Object.entries(SIGN_TEXTS).filter(([, t]) => RELATIVE.test(t.da));
    expect(relative.length).toBeGreaterThan(5);
    for (const [sign, { da }] of relative) {
      expect(replyToSign(sign, "urgent"), sign).toContain(`${da}, skal lægen vurdere i dag.`);
      expect(replyToSign(sign, "emergency"), sign).toContain(`${da}, kan være tegn på en alvorlig reaktion.`);
    }
  });

  it("names no sign as a sentence of its own", () => {
    for (const [sign, { da }] of Object.entries(SIGN_TEXTS)) {
      if (sign === "assist") continue;
      expect(da, sign).not.toMatch(/^(?:Øjet|Jeg|Du|Det|Den|Han|Hun)\b/);
    }
  });
});

describe("an urgent reply", () => {
  const URGENT = [
    "Det er rødt og hævet ved stikstedet og der kommer pus ud",
    "Stikstedet er rødt, varmt og hævet, og jeg har feber",
    "Jeg har udslæt og kraftige smerter",
    "Jeg ser dobbelt og det klør",
    "Jeg har sløret syn",
    "Jeg har udslæt i hele ansigtet og det klør",
  ];

  it.each(URGENT)("says once that the doctor must assess it: %s", (text) => {
    expect(answerMessage(text).assessment.level).toBe("urgent");
    expect(replyTo(text).text.match(/(?:skal lægen|lægen skal) vurdere/g)).toHaveLength(1);
  });

  it("says it once in answer to a question about a sign that needs the doctor the same day", () => {
    for (const text of ["Kan man få udslæt?", "Kan man få dobbeltsyn?"]) {
      expect(replyTo(text).text.match(/(?:skal lægen|lægen skal) vurdere/g), text).toHaveLength(1);
    }
  });

  it("never calls part of it expected: no 'forventet' about redness in an infection reply", () => {
    for (const text of [...URGENT, "rødme ved indstik og det er varmt og der kommer pus", "mit øje kan ikke lukke og jeg har et blåt mærke"]) {
      expect(answerMessage(text).assessment.level, text).toBe("urgent");
      expect(replyTo(text).text, text).not.toMatch(/forventet|normalt/);
    }
  });
});
