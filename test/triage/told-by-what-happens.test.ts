import { describe, expect, it } from "vitest";
import { retrieve } from "../../src/knowledge/retrieve.js";
import { answerMessage } from "../../src/replies/answer-message.js";
import { assess } from "../../src/triage/assess.js";
import { rank } from "../../src/triage/types.js";

// The mechanisms held-out batch 7 taught, each checked with wordings of its own, not the batch's.
const reached = (text: string) => {
  const a = assess(text);
  return rank(a.level) >= rank("emergency") || (a.screen !== null && rank(a.level) >= rank("urgent"));
};

describe("a red flag told by what the writer does about it", () => {
  it.each([
    ["alt har en skygge ved siden af sig, det forsvinder når jeg lukker det ene øje", "double-vision"],
    ["the telly looks fine once I close one eye", "double-vision"],
    ["når jeg står op snurrer loftet, og jeg må støtte mig til køkkenbordet", "dizziness"],
    ["every time I get up I have to hold on to the sofa, the whole room spins", "dizziness"],
    ["jeg får hjertemagnyl, og det bløder stadig fra et af stikkene ved brynet", "bleeding-on-thinners"],
    ["det gør ondt som glasskår, når vandet glider ned", "painful-swallowing"],
  ])("%s -> %s", (text, sign) => {
    const a = assess(text);
    expect(a.findings.map((f) => f.sign)).toContain(sign);
    expect(rank(a.level)).toBeGreaterThanOrEqual(rank("urgent"));
  });

  it.each([
    // Legs compared with something soft, breath puffing on the stairs, a voice gone to a whisper.
    "walking home my legs were like wet noodles and I had to sit down on the kerb",
    "my dad is only whispering tonight, we can barely hear him",
    "hun kan ikke blæse lysene ud, luften siver ud ved munden",
    "jeg sætter i halsen hver gang jeg drikker kaffe",
    "Jag sätter i halsen när jag dricker vatten",
    // Awake again after being gone, denied or not: the consciousness went.
    "my sister fainted at dinner, she's awake now and says she's fine",
    "he went down in the kitchen, eyes rolled back, he came round after a bit",
  ])("%s -> reaches a person tonight", (text) => {
    expect(reached(text), JSON.stringify(assess(text))).toBe(true);
  });

  it.each([
    ["the vision in my left eye went, like a light switched off", "vision-loss"],
    ["så gik jeg bare kold ude i haven", "fainting"],
    ["og så snurrer hele køkkenet rundt når jeg rejser mig", "dizziness"],
    ["vandet vil ik ned", "swallowing"],
    ["jag har kliande prickar på magen", "itchy-redness"],
    ["øjet er pisse ømt og det gør ondt at se på lys", "light-sensitivity"],
  ])("batch 8: %s -> %s", (text, sign) => {
    expect(assess(text).findings.map((f) => f.sign)).toContain(sign);
  });

  it.each([
    ["when I read the paper every line has a twin, it stops if I shut one eye", "double-vision"],
    ["jeg kan ikke puste lyset ud på kagen", "breathing"],
    ["har ingen stemme overhovedet i aften, kun luft", "speech"],
  ])("batch 9: %s -> %s", (text, sign) => {
    expect(assess(text).findings.map((f) => f.sign)).toContain(sign);
  });

  it("'no voice problems' still denies", () => {
    expect(assess("ingen problemer med at synke og no voice problems either").level).toBe("info");
  });

  it("my vision went blurry is blurred, not lost", () => {
    const a = assess("my vision went blurry for a moment");
    expect(a.findings.map((f) => f.sign)).not.toContain("vision-loss");
  });

  it("asked for a friend and then owned ('det er mig') is read as the writer's own report", () => {
    const text = "hypotetisk: hvis ens hoved er for tungt til at holde oppe, er det botox? spørger for en veninde (det er mig)";
    expect(reached(text)).toBe(true);
    expect(reached("hypotetisk: hvis ens hoved er for tungt til at holde oppe, er det botox?")).toBe(false);
  });

  it("a surname in a signature is no throat", () => {
    expect(assess("May I be sure my details are kept private?\nYours faithfully,\nJane Hansen").screen).toBeNull();
  });

  it("the results took my breath away, no problems at all, is delight", () => {
    expect(assess("the results literally took my breath away, no problems at all").level).toBe("info");
  });

  it("whether someone with an illness may be treated is for the clinic, not a screen", () => {
    const { assessment } = answerMessage("Min far har KOL og bruger ilt om natten. Må han få botox?");
    expect(assessment.screen).toBeNull();
    const treated = answerMessage("Min far har KOL og fik botox i går, nu bruger han ilt hele tiden. Må han få mere?").assessment;
    expect(treated.screen !== null || rank(treated.level) >= rank("urgent")).toBe(true);
  });

  it("keeps the screen when the clinic's record tells of a treatment the words do not name", () => {
    const at = Date.parse("2026-11-26T20:00:00Z");
    const record = { treatedAt: at - 2 * 86_400_000, areas: ["masseter" as const] };
    const { assessment } = answerMessage("Jeg har KOL og bruger ilt om natten. Må jeg få botox igen?", {}, at, record);
    expect(assessment.screen).not.toBeNull();
    expect(rank(assessment.level)).toBeGreaterThanOrEqual(rank("urgent"));
  });

  it.each([
    "it feels like I can't swallow after eating",
    "jeg kan ligesom ikke synke efter jeg har spist",
    "it feels like after a stroke, I can't talk properly",
    // Nearly fainting on standing up is a faint; nearly fainting when he saw me is a figure.
    "I nearly fainted when I stood up",
    "jeg var ved at besvime da jeg rejste mig fra sofaen",
    // "Always when" is long-standing only with a blood test or a needle named, never after the botox.
    "since the botox I choke always when I drink",
    // The world darkening, in any tense: "goes black" as "went black".
    "everything goes black when I stand up",
    "alt bliver sort et øjeblik når jeg rejser mig",
  ])("a red flag told with a comparison or a cause is still an emergency: %s", (text) => {
    expect(assess(text).level).toBe("emergency");
  });

  it("a comparison with what an arm feels after a jab tells of the jab, not the arm now", () => {
    const a = assess("armhulerne er lidt ømme, ligesom låret efter en stivkrampevaccine");
    expect(a.screen).toBeNull();
    expect(a.level).toBe("expected");
  });

  it.each([
    ["Feeling a bit rough after the office party last night, can I still come on Friday?", "info"],
    ["jeg har lidt tunge arme efter julefrokosten, må jeg godt komme i morgen?", "info"],
    ["min økonomi er stram, hvad koster en behandling af panden?", "info"],
    ["a bit of a lump in my throat writing this, but what should I bring on the day?", "info"],
    ["det er så varmt i dag at jeg er ved at smelte, må jeg gå i sauna bagefter?", "info"],
    ["Jag höll på att svimma av spänning under matchen igår! Hur länge sitter effekten i?", "info"],
    ["I almost choked on my tea when I saw the result, how often should I come back?", "info"],
    ["min kæreste var lige ved at falde om da han så mig, så flot er det", "info"],
    ["jeg får hjertebanken bare ved tanken om brylluppet, hvornår skal jeg bestille?", "info"],
    ["Må min mor komme med ind? Jeg har det skidt med nåle", "info"],
    ["må min søster komme med? jeg besvimer altid når jeg skal have taget blod", "info"],
    ["min mand var ved at falde besvimet om da han så resultatet, tusind tak", "info"],
    ["Min nabo siger at botox lammer hele ansigtet, passer det?", "info"],
    ["can I do heavy lifting at the gym the day after?", "info"],
    ["vil botox gøre min pande følelsesløs?", "info"],
  ])("a figure or a named cause is no sign: %s", (text, level) => {
    const a = assess(text);
    expect(a.screen).toBeNull();
    expect(a.level).toBe(level);
  });

  it("'min man' is the writer's husband, not people in general", () => {
    expect(assess("min man säger att hans ögonlock hänger sedan i går").level).toBe("review");
  });
});

describe("questions asked twice in one message, or in other words", () => {
  it("a follow-on question that the first answer speaks to is answered with it", () => {
    const r = retrieve("What number do I text at night if something happens? And can I send a photo there?");
    expect(r.routes.map((x) => x.id)).toEqual(["emergency-contact"]);
    expect(r.answered).toBe(true);
  });

  it("two topics too long for three SMS keep the sentences that speak to the question", () => {
    const { reply } = answerMessage("Kan jeg blive behandlet samme dag som forsamtalen? Og tager I fotos af mig?");
    expect(reply.answered).toBe(true);
    expect(reply.text).toContain("2 dages betænkningstid");
    expect(reply.text).toContain("fotos");
  });

  it.each([
    ["Can people see anything on me the same evening?", "after-treatment"],
    ["hvor tyk er den nål I bruger?", "needle-size"],
    ["vi har boblebad, hvor længe efter behandlingen skal jeg vente med spa?", "sun-heat"],
    ["can my mum ring someone at night if something feels wrong, or is it office hours only?", "emergency-contact"],
    ["laver I også noget til tynde læber, eller kun botox?", "other-treatments"],
    ["jeg sveder meget under armene, kan I gøre noget ved det?", "indications"],
    ["hvornår kan man mærke det?", "effect-onset"],
    ["kan man få noget så det går væk hurtigere, hvis jeg ikke kan lide det?", "unwanted-paralysis"],
    ["hvis jeg får botox fredag, ser jeg så hævet ud til festen lørdag?", "after-treatment"],
    ["day 4 and the lines are still there. did it not work?", "effect-onset"],
    ["what do you charge for the forehead?", "price"],
    ["can botox help my teeth grinding?", "indications"],
    ["det virker i hvert fald! hvornår skal jeg booke næste gang?", "treatment-interval"],
  ])("%s -> %s", (text, route) => {
    expect(retrieve(text).routes.map((x) => x.id)).toContain(route);
  });
});
