import { describe, expect, it } from "vitest";
import { levelOf } from "../helpers.js";

describe("questions about what is still to come", () => {
  it("asks about an expected effect of one's own face in the future, but still hears a red flag", () => {
    expect(levelOf("Will my face look frozen?")).toBe("info");
    expect(levelOf("Bliver mit ansigt stift?")).toBe("info");
    expect(levelOf("Will you call me, I have a bruise")).toBe("expected");
    expect(levelOf("Will my lips swell up?")).toBe("emergency");
  });
});

describe("a greeting before a question", () => {
  it("reads past 'Hej Mads,' and 'Et spørgsmål:' to the question, but never past a symptom", () => {
    expect(levelOf("Hej, kan man få svært ved at synke af botox?")).toBe("info");
    expect(levelOf("Hi, can botox cause trouble breathing?")).toBe("info");
    expect(levelOf("Et spørgsmål: kan man få feber af botox?")).toBe("info");
    expect(levelOf("Hej, jeg kan ikke synke")).toBe("emergency");
    expect(levelOf("Hej, mit øjenlåg hænger, er det normalt?")).toBe("review");
    expect(levelOf("Hej Mads kan man blive allergisk over for botox")).toBe("info");
    expect(levelOf("Hej kan ikke synke")).toBe("emergency");
  });
});

describe("questions about what others say and about warning signs", () => {
  it("asks, unless the writer says they have it now", () => {
    expect(levelOf("Jeg læste at botox kan give åndedrætsbesvær, er det rigtigt?")).toBe("info");
    expect(levelOf("Jeg læste at botox kan give åndedrætsbesvær, og nu har jeg svært ved at trække vejret")).toBe("emergency");
    expect(levelOf("What are the signs of an allergic reaction?")).toBe("info");
    expect(levelOf("Jeg har tegn på infektion, hvad gør jeg?")).toBe("urgent");
  });
});

describe("a question after a statement in the same sentence", () => {
  it("asks only from where the question starts; what was stated before it counts", () => {
    expect(levelOf("Ingen feber, men kan man få svært ved at synke?")).toBe("info");
    expect(levelOf("No fever, but can botox cause trouble breathing?")).toBe("info");
    expect(levelOf("Jeg har svært ved at synke, men kan man få det af botox?")).toBe("emergency");
    expect(levelOf("Hævelse i læben, kan man få det af botox?")).toBe("emergency");
    expect(levelOf("Lidt blåt mærke ved et stik, er det normalt?")).toBe("expected");
  });

  it("reads a statement without its subject before the question as stated", () => {
    expect(levelOf("Er ved at falde om, men kan man få det af botox?")).toBe("emergency");
    expect(levelOf("Er det normalt, at jeg ser lidt sløret, men kan man få det af botox?")).toBe("urgent");
    expect(levelOf("æ ka' ik' synk', men kan man få det af botox?")).toBe("emergency");
    expect(levelOf("Hvis jeg får svært ved at synke, hvad skal jeg så gøre?")).toBe("info");
    expect(levelOf("Min veninde fik hængende øjenlåg efter botox, kan det ske for mig?")).toBe("info");
  });

  it("keeps the writer's own symptom when hearsay follows it", () => {
    expect(levelOf("Jeg ser dobbelt, min veninde sagde at man kan få det, passer det?")).toBe("urgent");
    expect(levelOf("Jeg har fået feber, og min veninde sagde at man kan få det af botox?")).toBe("urgent");
    expect(levelOf("Jeg har hørt at det kan give hovedpine, passer det?")).toBe("info");
  });
});

describe("a statement with a question mark", () => {
  it("still reports what the writer says of themselves", () => {
    expect(levelOf("jeg kan dårligt få vejret? Kan botox gøre det? Hvad skal jeg gøre?")).toBe("emergency");
    expect(levelOf("its hard to get words out? Kan botox gøre det?")).toBe("emergency");
    expect(levelOf("Double vision when I look to the side? Can botox do that?")).toBe("urgent");
  });

  it("asks when the writer wonders or has read it", () => {
    expect(levelOf("Jeg tænkte på, om man kan få svært ved at synke af botox?")).toBe("info");
    expect(levelOf("I wonder if botox can cause trouble breathing?")).toBe("info");
    expect(levelOf("Jeg læste at botox kan give åndedrætsbesvær, er det rigtigt?")).toBe("info");
  });

  it("reads 'det er nok ingenting' as no worry, not as seeing nothing", () => {
    expect(levelOf("Måske er det ingenting, men jeg kan ikke lukke øjet helt")).toBe("urgent");
    expect(levelOf("Det er nok ingenting, men jeg er blevet blind på det ene øje")).toBe("emergency");
  });
});

describe("a question about one's own face still to come", () => {
  it("asks about what may come, unless it says it is already going on or names a red flag", () => {
    expect(levelOf("bliver mit ansigt helt lammet")).toBe("info");
    expect(levelOf("Vil mit ansigt blive stift?")).toBe("info");
    expect(levelOf("Bliver mit øjenlåg ved med at hænge?")).toBe("review");
    expect(levelOf("Bliver svimmel og kan ikke trække vejret")).toBe("emergency");
  });
});

describe("a symptom named with only a questioning tone", () => {
  it("is the writer's own, unless the words make it general or the verb opens the question", () => {
    expect(levelOf("blåt mærke ifm behandlingen normalt?")).toBe("expected");
    expect(levelOf("Hængende øjenlåg?")).toBe("review");
    expect(levelOf("Risiko for hængende øjenlåg?")).toBe("info");
    expect(levelOf("Bivirkninger som hængende øjenlåg?")).toBe("info");
    expect(levelOf("Gør det ondt?")).toBe("info");
  });
});

describe("a question answered by the writer's next sentence", () => {
  it("owns what was asked when the next sentence has it as its subject and tells how it feels or how long it has lasted", () => {
    expect(levelOf("lidt et dumt spørgsmål men kan botox give trykken for brystet? det føles som om nogen sidder på mig og det stråler lidt op i kæben")).toBe("emergency");
    expect(levelOf("kan botox give trykken for brystet? det har været der siden aftensmaden")).toBe("emergency");
    expect(levelOf("can botox cause chest pressure? it's been there since dinner")).toBe("emergency");
    expect(levelOf("Is a headache normal? It started this morning")).toBe("expected");
  });

  it("still asks when the pronoun is the object of something read or heard", () => {
    expect(levelOf("Kan botox give hovedpine? Det har jeg læst")).toBe("info");
    expect(levelOf("Kan man få hængende øjenlåg? Det har jeg hørt at man kan")).toBe("info");
    expect(levelOf("Kan man få blå mærker? Det var bare et spørgsmål")).toBe("info");
  });
});
