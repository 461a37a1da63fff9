import { describe, expect, it } from "vitest";
import { answerMessage, failSafeAnswer } from "../../src/replies/answer-message.js";
import { segments } from "../../src/text/gsm.js";
import { replyTo } from "../helpers.js";

const SAFETY_NET_DA = /så ring 112\.$/;
const SAFETY_NET_EN = /call 112\.$/;

describe("replies", () => {
  it("starts an emergency reply with 'Ring 112', before anything else", () => {
    expect(replyTo("Jeg har svært ved at synke").text).toMatch(/^Ring 112 nu\./);
    expect(replyTo("I can't breathe").text).toMatch(/^Ring 112 now\./);
    expect(replyTo("Blåt mærke, og nu kan jeg heller ikke synke. Hvad gør jeg?").text).toMatch(/^Ring 112/);
  });

  it("ends every symptom reply with a safety net", () => {
    for (const text of ["Mit øjenlåg hænger", "Jeg har et blåt mærke", "Der kommer materie ud af et stiksted", "Det er lidt ømt"]) {
      expect(replyTo(text).text).toMatch(SAFETY_NET_DA);
    }
    expect(replyTo("small bruise near the injection site").text).toMatch(SAFETY_NET_EN);
    expect(replyTo("Jeg kan ikke synke").text).toMatch(/ring 112 igen\.$/);
  });

  it("grounds a ptosis reply in the leaflet: 3-4 months and no antidote", () => {
    const reply = replyTo("Mit øjenlåg hænger");
    expect(reply.text).toContain("3-4 måneder");
    expect(reply.text).toMatch(/ingen modgift/);
    expect(reply).toMatchObject({ answered: true, sources: ["unwanted-paralysis"] });
  });

  it("tells a review patient when the clinic will be in touch", () => {
    expect(replyTo("Panden føles tung").text).toMatch(/kontakter dig næste hverdag/);
  });

  it("answers questions from the leaflet and passes the rest to the clinic", () => {
    expect(replyTo("Hvornår ser jeg den fulde effekt?")).toMatchObject({ answered: true, sources: ["effect-onset"] });
    const pass = replyTo("Må jeg træne efter behandlingen?");
    expect(pass.answered).toBe(false);
    expect(pass.text).toMatch(/videre til klinikken/);
  });

  it("says only the covered part of a partly covered question", () => {
    const reply = replyTo("Må jeg drikke alkohol efter behandlingen?");
    expect(reply.text).toMatch(/48 timer inden/);
    expect(reply.text).toMatch(/videre til klinikken/);
    expect(reply.answered).toBe(false);
  });

  it("answers a hypothetical red-flag question with what to do", () => {
    expect(replyTo("Kan man få svært ved at synke?").text).toMatch(/ring 112 med det samme/);
  });

  it("answers 'should I call 112?' with the 112 rule first, and passes it to the clinic", () => {
    for (const text of ["Skal jeg ringe 112?", "Skal jeg tage på skadestuen?"]) {
      const reply = replyTo(text);
      expect(reply.text, text).toMatch(/^Ring 112 nu, hvis du har svært ved at synke, tale eller trække vejret/);
      expect(reply.text, text).toMatch(/videre til klinikken/);
    }
    expect(replyTo("Should I go to the ER?").text).toMatch(/^Call 112 now if you have trouble swallowing, speaking or breathing/);
  });

  it("keeps every reply GSM-7 and within three segments, even for long messages", () => {
    const long = "Jeg har svært ved at synke, feber, hængende øjenlåg, tør mund, blå mærker, hovedpine i 4 dage og kløe. Hvornår virker det? ".repeat(5);
    for (const text of [long, "Mit “øjenlåg” hænger – hvad gør jeg? 😟", "Hævelse, rødme og et blåt mærke. Må jeg drikke alkohol inden?"]) {
      const seg = segments(replyTo(text).text);
      expect(seg.gsm).toBe(true);
      expect(seg.count).toBeLessThanOrEqual(3);
    }
  });

  it("answers even an empty message", () => {
    expect(answerMessage("").reply.text.length).toBeGreaterThan(0);
    expect(answerMessage("   ").assessment.level).toBe("info");
  });

  it("has a fail-safe answer that sends the message on and gives the 112 advice", () => {
    const safe = failSafeAnswer();
    expect(safe.assessment.level).toBe("urgent");
    expect(safe.reply.text).toMatch(/^Ring 112/);
    expect(segments(safe.reply.text)).toEqual({ gsm: true, count: 2 });
  });

  it("says a leaflet answer once when a sign's note is the topic asked about", () => {
    const { reply } = answerMessage("ingen effekt endnu efter 3 dage, hvornår begynder det at virke?");
    const sentence = "Du begynder at mærke effekten efter 2-3 dage";
    expect(reply.text.split(sentence).length - 1).toBe(1);
  });
});
