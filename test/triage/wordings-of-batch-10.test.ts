import { describe, expect, it } from "vitest";
import { assess } from "../../src/triage/assess.js";
import { rank } from "../../src/triage/types.js";

// The mechanisms held-out batch 10 taught, each checked with wordings of its own, not the batch's.
const reached = (text: string) => {
  const a = assess(text);
  return rank(a.level) >= rank("emergency") || (a.screen !== null && rank(a.level) >= rank("urgent"));
};

describe("arms told by the everyday task they cannot do", () => {
  it.each([
    "kan ikke børste hår eller tage t-shirt af",
    "jeg kan ikke få skjorten knappet, fingrene vil ikke",
    "I can't get my shirt off over my head",
    "she can't brush her hair this evening",
    "klarer ikke at binde snørebånd",
    "kan næsten ikke skrue låget af flasken",
  ])("reaches a person: %s", (text) => {
    expect(reached(text)).toBe(true);
  });

  it.each([
    "jeg kan ikke finde min jakke",
    "kan jeg vaske håret i aften?",
    "tøjet sidder fint, tak for i dag",
  ])("is no weakness: %s", (text) => {
    expect(reached(text)).toBe(false);
  });
});

describe("the clinical words a nurse writing about herself uses", () => {
  it.each([
    ["inspiratorisk stridor siden i nat", "emergency"],
    ["parese i begge arme siden i aftes", "emergency"],
    ["paretic legs since this evening", "emergency"],
    ["kan se ødem af uvula i spejlet", "emergency"],
    ["angioødem i underlæben", "emergency"],
    ["synkope for en time siden", "emergency"],
    ["hemiparese venstre side", "emergency"],
    ["subfebril og rød omkring stikkene", "urgent"],
    ["dysgeusi siden behandlingen", "review"],
    ["xerostomi siden mandag", "review"],
    ["let cephalgi i aften", "expected"],
    ["erytem ved indstiksstederne", "expected"],
  ])("%s -> %s", (text, level) => {
    expect(assess(text).level).toBe(level);
  });

  it("does not read an everyday word a slip from a clinical one as it", () => {
    expect(assess("det strider mod alt hvad jeg har læst, må jeg træne?").level).toBe("info");
    expect(assess("I took a paracetamol before the presentation, is that ok?").level).toBe("info");
  });
});

describe("one side of the body", () => {
  it("is a red flag when the whole side is paralysed, weak or numb", () => {
    expect(assess("min højre side er lammet").level).toBe("emergency");
    expect(assess("her left side is numb and she can't find words").level).toBe("emergency");
    expect(assess("følelsesløs i venstre side af kroppen").level).toBe("emergency");
  });

  it("is the face at the site when a face part follows", () => {
    expect(assess("min højre side af panden er lammet").level).toBe("expected");
    expect(assess("min venstre side af munden hænger").level).toBe("review");
  });
});

describe("red flags in Swedish and Norwegian", () => {
  it.each([
    "han tappar saker ur handen sedan i kväll",
    "hela vänstra sidan av ansiktet hänger",
    "hele høyre side av ansiktet henger",
    "hun slipper ting hele tiden i kveld",
  ])("%s", (text) => {
    expect(assess(text).level).toBe("emergency");
  });
});

describe("Danish words an English stem would misread", () => {
  it("reads 'spille' (play) as no spill and no dribble", () => {
    expect(assess("må jeg spille fodbold i morgen efter botox i panden?").level).toBe("info");
    expect(assess("I spilled my coffee down my chin, my lip doesn't close").level).not.toBe("info");
  });
});

describe("sweat where it was never treated", () => {
  it.each([
    "armpits bone dry, but now she's drenched across her back at night",
    "efter armhulerne sveder jeg nu som et svin på ryggen og under brysterne",
    "vågnede gennemblødt på maven og ryggen i nat",
  ])("is the reportable side effect: %s", (text) => {
    expect(assess(text).level).toBe("review");
  });

  it("is the treated armpits still sweating when it is there", () => {
    expect(assess("jeg sveder stadig meget under armene efter 3 dage").level).toBe("expected");
  });
});

describe("swelling in Norwegian", () => {
  it("reads 'hovnet' and 'leppene'", () => {
    expect(assess("leppene er hovnet opp i kveld").level).toBe("emergency");
    expect(assess("tungen er hoven").level).toBe("emergency");
  });
});

describe("what a documentary shows", () => {
  it("is nobody's body here", () => {
    expect(assess("så lige en dokumentar om botulisme hvor folk ikke kunne synke eller trække vejret 😳 men jeg glæder mig stadig til tirsdag").level).toBe("info");
    expect(assess("I watched a documentary about botulism where people couldn't breathe, still excited for Tuesday").level).toBe("info");
  });

  it("ends where the writer speaks of themself, also in 'kan jeg ikke'", () => {
    expect(assess("så en dokumentar om botulisme i aftes, og nu kan jeg ikke synke").level).toBe("emergency");
    expect(assess("min veninde så det i filmen, og nu kan jeg ikke trække vejret").level).toBe("emergency");
  });

  it("is never the screen a symptom was noticed on", () => {
    expect(assess("han har bedt mig læse teksten på tv'et op, fordi det venstre øje pludselig er blevet helt sort").level).toBe("emergency");
  });
});

describe("one corner of the smile", () => {
  it("is the mouth, not an arm that cannot lift", () => {
    expect(assess("my smile's gone a bit lopsided, one corner won't lift properly").level).toBe("review");
  });
});

describe("a side of the face, not of the body", () => {
  it("is the brow at the site when 'i venstre side' names where the brow sank", () => {
    expect(assess("øjenbrynet i venstre side er sunket og føles tungt").level).toBe("review");
  });
});
