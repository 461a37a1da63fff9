import { describe, expect, it } from "vitest";
import { levelOf, signsOf } from "../helpers.js";

describe("red flags are emergencies", () => {
  it.each([
    ["Jeg har svært ved at synke efter botox i går", "swallowing"],
    ["jeg kan næsten ikke synke mit spyt", "swallowing"],
    ["Har synkebesvær siden i morges", "swallowing"],
    ["I'm struggling to swallow water", "swallowing"],
    ["Jeg får ikke luft", "breathing"],
    ["jeg har åndenød", "breathing"],
    ["jeg hiver efter vejret", "breathing"],
    ["I am short of breath", "breathing"],
    ["Halsen snører sig sammen", "throat-closing"],
    ["it feels like my throat is closing up", "throat-closing"],
    ["hans stemme er blevet grødet", "speech"],
    ["Jeg snøvler når jeg taler", "speech"],
    ["I can barely talk, my speech is slurred", "speech"],
    ["Jeg føler mig svag i hele kroppen", "limb-weakness"],
    ["my neck feels weak and I can't hold my head up", "limb-weakness"],
    ["benene kan ikke bære mig", "cannot-walk-or-lift"],
    ["Tungen er hævet", "tongue-lip-swelling"],
    ["my lips are swelling up fast", "tongue-lip-swelling"],
    ["min mor er besvimet", "fainting"],
    ["Hun reagerer ikke når jeg taler til hende", "fainting"],
    ["hives all over and I feel dizzy", "hives-faint"],
    ["jeg er pludselig blevet blind på det ene øje", "vision-loss"],
    ["I suddenly lost vision in my left eye", "vision-loss"],
    ["halvdelen af ansigtet hænger", "half-face"],
  ])("%s", (text, sign) => {
    expect(levelOf(text)).toBe("emergency");
    expect(signsOf(text)).toContain(sign);
  });

  it("counts a local symptom together with a red flag as an emergency", () => {
    expect(levelOf("Blåt mærke, og nu har jeg også svært ved at synke")).toBe("emergency");
    expect(levelOf("Øjenlåget hænger og nu kan jeg heller ikke synke ordentligt")).toBe("emergency");
    expect(signsOf("Mit øjenlåg hænger og jeg har svært ved at tale")).toEqual(expect.arrayContaining(["speech", "drooping-eyelid"]));
  });

  it("treats a red flag wrapped in a question about normality as a report", () => {
    expect(levelOf("Er det normalt at have svært ved at synke efter botox?")).toBe("emergency");
    expect(levelOf("hvorfor har jeg svært ved at synke")).toBe("emergency");
  });

  it("keeps a red flag when the patient doubts themselves", () => {
    expect(levelOf("jeg ved ikke om det er normalt men jeg kan ikke synke")).toBe("emergency");
    expect(levelOf("jeg har lidt svært ved at synke")).toBe("emergency");
  });

  it("does not read 'kan ikke se nogen effekt' as loss of vision", () => {
    expect(levelOf("Jeg kan ikke se nogen effekt endnu")).toBe("expected");
    expect(levelOf("I can't see any difference yet")).toBe("expected");
  });

  it("does not read intended effects or everyday phrases as weakness", () => {
    expect(levelOf("Jeg kan ikke løfte øjenbrynene")).not.toBe("emergency");
    expect(levelOf("Jeg kan ikke tale med lægen i morgen, kan vi flytte tiden?")).toBe("info");
  });

  it("finds a red flag at the end of the longest message the webhook takes", () => {
    const story = "Jeg var hos jer i mandags, og det gik fint. Jeg har lidt hovedpine og et blåt mærke. ";
    const long = `${story.repeat(60).slice(0, 4900)} Nu kan jeg ikke trække vejret.`;
    expect(long.length).toBeGreaterThan(4900);
    expect(levelOf(long)).toBe("emergency");
  });

  it("reads a sentence that trails off or breaks across lines as one sentence", () => {
    expect(levelOf("Jeg kan ikke... synke")).toBe("emergency");
    expect(levelOf("I can't... breathe")).toBe("emergency");
    expect(levelOf("Jeg har svært ved\nat synke")).toBe("emergency");
    expect(levelOf("Ingen hævelse... bare et blåt mærke")).toBe("expected");
  });
});

describe("more ways to say a red flag", () => {
  it.each([
    "jeg kan kun hviske",
    "folk kan ikke forstå hvad jeg siger",
    "tungen vil ikke som jeg vil",
    "det er hårdt at tale",
    "jeg skal tænke over hver vejrtrækning",
    "I have to concentrate to breathe",
    "det føles som om nogen trykker på min hals",
    "I feel pressure on my throat",
    "jeg gaber hele tiden for at få luft",
    "har brug for at sidde op for at få luft",
    "jeg har ikke kræfter til at rejse mig",
    "hovedet falder forover",
    "nakken kan ikke bære hovedet",
    "I can't grip anything",
    "I'm too weak to stand",
    "mine fingre vil ikke lystre",
  ])("%s -> emergency", (text) => {
    expect(levelOf(text)).toBe("emergency");
  });

  it("does not read going out for some air as air hunger", () => {
    expect(levelOf("jeg gik en tur for at få frisk luft")).toBe("info");
    expect(levelOf("I went outside to get air")).toBe("info");
    expect(levelOf("Kan ikke forstå hvad du siger")).toBe("info");
    expect(levelOf("jeg hænger med hovedet i dag")).toBe("info");
    expect(levelOf("jeg kan ikke holde fast i tanken")).toBe("info");
    expect(levelOf("jeg kan ikke grine")).toBe("info");
    expect(levelOf("jeg har ikke kræfter til at lave mad i aften")).toBe("info");
  });
});
