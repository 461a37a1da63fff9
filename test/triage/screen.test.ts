import { describe, expect, it } from "vitest";
import { assess } from "../../src/triage/assess.js";

const screened = (text: string) => assess(text).screen;
const verdict = (text: string) => {
  const a = assess(text);
  return { level: a.level, screen: a.screen?.reason ?? null, fn: a.screen?.function ?? null, about: a.about };
};

describe("the red-flag screen: a vital function told by what happens", () => {
  it.each([
    ["hver gang jeg prøver at spise ris, ender det med at jeg hoster", "swallowing"],
    ["teen løber ud igen når jeg tager en slurk", "swallowing"],
    ["jeg skal tage hver tablet tre gange før den går ned", "swallowing"],
    ["min stemme lyder som en gammel båndoptager", "speech"],
    ["folk griner af mig når jeg snakker i telefon", null],
    ["jeg må støtte mig til væggen for at komme op ad trappen", "limbs"],
    ["kan ikke løfte min taske, armene er som gelé", "limbs"],
    ["my hands keep dropping my phone tonight", "limbs"],
    ["the words come out weird when I talk", "speech"],
    ["nakken er helt mør i aften", "neck"],
  ])("%s -> screened (%s)", (text, fn) => {
    const v = verdict(text);
    expect(v.level === "emergency" || (v.screen !== null && v.level === "urgent"), JSON.stringify(v)).toBe(true);
    if (v.level !== "emergency" && fn) expect(v.fn).toBe(fn);
  });

  it("reads the whole message: a vital change after a long friendly opening, after a question, after a denial taken back", () => {
    expect(screened("Hej! Tak for sidst, det ser rigtig fint ud og de små buler er væk. Men i aften bliver min kaffe ved med at løbe ud af mundvigen og op i næsen")).not.toBeNull();
    expect(assess("Hvornår kan jeg træne igen? Og så bliver mine arme bare ved med at ryste når jeg holder en kop").level).not.toBe("info");
    const takenBack = assess("ingen problemer med at spise... altså jo, brødet sidder fast halvvejs og jeg må drikke vand til");
    expect(takenBack.level === "emergency" || takenBack.screen !== null).toBe(true);
  });

  it("screens swallowing, breathing, the voice or the throat named in a statement no rule places", () => {
    expect(verdict("det er noget med min hals i aften").screen).toBe("unplaced");
    expect(verdict("there's something about my breathing tonight").screen).toBe("unplaced");
    for (const harmless of ["jeg gik en tur for at få frisk luft", "I had to swallow a pill this morning", "min stemme er god nok til koret", "jeg kan sagtens tale og synke, tak"]) {
      expect(verdict(harmless).screen, harmless).toBeNull();
    }
  });

  it("screens a statement no rule can place, and a bare alarm", () => {
    expect(verdict("noget er helt galt").screen).toBe("unplaced");
    expect(verdict("det er blevet meget værre i aften").screen).toBe("unplaced");
    expect(verdict("something is really not right with me").level).toBe("urgent");
  });
});

describe("what the screen leaves alone", () => {
  it.each([
    "jeg kan ikke vente til resultatet!",
    "det tog pusten fra mig, så flot er det blevet",
    "I nearly died laughing at the photos",
    "I can't stand waiting for the results",
    "det har været en tung uge, men det ser godt ud",
    "hot weather here, can I sunbathe?",
    "jeg er svag for chokolade",
    "min mor har astma, kan hun få botox?",
    "kan man få svært ved at synke af botox?",
    "min veninde siger man kan få svært ved at synke, passer det?",
    "ingen problemer med at synke eller trække vejret",
    "jeg kan sagtens tale og synke, tak",
    "breathing fine, just a small bruise",
    "Tusind tak for i dag",
    "",
    "🙂",
  ])("%s", (text) => {
    expect(screened(text)).toBeNull();
    expect(["info", "expected"]).toContain(assess(text).level);
  });

  it("is never asked when the rules already send the patient to 112", () => {
    const a = assess("jeg kan ikke synke og armene er som gelé");
    expect(a.level).toBe("emergency");
    expect(a.screen).toBeNull();
  });

  it("does not read a placed sign's own consequence as a new red flag", () => {
    expect(screened("øjenlåget hænger så meget, at jeg skal løfte hagen for at se skærmen")).toBeNull();
    expect(screened("min overlæbe er slap, og maden falder ud når jeg spiser")).toBeNull();
  });
});

describe("whom the message is about", () => {
  it("knows a partner, a parent or a child writing about the patient", () => {
    expect(assess("min mand kan ikke synke").about).toBe("other");
    expect(assess("my mum says her arms feel weird and she can't lift the kettle").about).toBe("other");
    expect(assess("jeg kan ikke synke").about).toBe("self");
    expect(assess("min mand siger jeg lyder fuld").about).toBe("self");
  });

  it("tells 112 about the person concerned in the reply to someone else's emergency", async () => {
    const { answerMessage } = await import("../../src/replies/answer-message.js");
    expect(answerMessage("min mand kan ikke synke").reply.text).toMatch(/^Ring 112 nu.*at den, det gælder, er behandlet med botox/);
    expect(answerMessage("jeg kan ikke synke").reply.text).toMatch(/at du er behandlet med botox/);
  });
});
