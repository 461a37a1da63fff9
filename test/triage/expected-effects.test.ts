import { describe, expect, it } from "vitest";
import { assess } from "../../src/triage/assess.js";
import { levelOf, signsOf } from "../helpers.js";

describe("expected effects", () => {
  it.each([
    ["Jeg har et blåt mærke", "bruise"],
    ["small bruise near the injection site", "bruise"],
    ["Lidt rødme og hævelse ved stikkene", "injection-site-reaction"],
    ["Små buler hvor nålen var", "injection-site-reaction"],
    ["Let hovedpine i dag efter behandlingen", "mild-headache"],
    ["Det er lidt ømt", "tenderness"],
    ["Panden er lidt øm", "tenderness"],
    ["Ingen effekt endnu efter 2 dage", "no-effect-yet"],
    ["I haven't noticed any effect yet, it's only been 3 days", "no-effect-yet"],
  ])("%s", (text, sign) => {
    expect(levelOf(text)).toBe("expected");
    expect(signsOf(text)).toContain(sign);
  });

  it("moves a headache lasting days up to review", () => {
    expect(levelOf("Hovedpine i fire dage nu")).toBe("review");
    expect(levelOf("I've had a headache for 3 days")).toBe("review");
    expect(levelOf("headache that won't go away")).toBe("review");
    expect(levelOf("Let hovedpine i dag")).toBe("expected");
  });

  it("moves swelling or bruising that outlasts the leaflet's time up to review", () => {
    expect(levelOf("Hævelsen ved stikkene er der stadig efter 4 dage")).toBe("review");
    expect(levelOf("Det blå mærke er der stadig efter 3 uger")).toBe("review");
    expect(levelOf("Blåt mærke efter 3 dage")).toBe("expected");
  });

  it("reads the days since treatment from the message", () => {
    expect(assess("Fik botox i går, nu et blåt mærke").daysSinceTreatment).toBe(1);
    expect(assess("behandlet for to uger siden").daysSinceTreatment).toBe(14);
    expect(assess("had it done 2 days ago").daysSinceTreatment).toBe(2);
    expect(assess("mild headache today").daysSinceTreatment).toBe(0);
    expect(assess("Jeg har et blåt mærke").daysSinceTreatment).toBeNull();
  });

  it("asks only for what a nurse still needs", () => {
    expect(assess("Mit øjenlåg hænger").missingInfo).toEqual(["daysSinceTreatment"]);
    expect(assess("Mit øjenlåg hænger, behandlet i panden for 3 dage siden").missingInfo).toEqual([]);
    expect(assess("Jeg kan ikke synke").missingInfo).toEqual([]);
  });

  it("quotes the words that matched", () => {
    const [finding] = assess("Jeg har et lille blåt mærke").findings;
    expect(finding).toMatchObject({ sign: "bruise", level: "expected", words: "blåt mærke" });
  });
});

describe("nothing happening yet", () => {
  it("is the effect not come yet, but 'nothing happened' alone is no complaint", () => {
    expect(levelOf("nothing has happened yet after 2 days")).toBe("expected");
    expect(levelOf("der er ikke sket noget endnu efter 3 dage")).toBe("expected");
    expect(levelOf("nothing happened, I just wanted to say thanks")).toBe("info");
  });
});
