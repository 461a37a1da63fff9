import { describe, expect, it } from "vitest";
import { assess } from "../../src/triage/assess.js";
import { answerMessage } from "../../src/replies/answer-message.js";
import { levelOf } from "../helpers.js";

const signsOf = (text: string) => assess(text).findings.map((f) => f.sign);

describe("wordings of known signs", () => {
  it.each([
    ["Jeg ser to af alting når jeg kigger til siden", "urgent"],
    ["Har fået en mærkelig følelse i ansigtet, som om det sover", "review"],
    ["tungen sover", "review"],
    ["jeg sover dårligt om natten", "info"],
    ["Mit ene øje er mere åbent end det andet", "review"],
    ["Det er 4 dage siden og jeg kan stadig rynke panden helt normalt", "expected"],
    ["I can still frown after 5 days", "expected"],
    ["Den ene side af panden bevæger sig stadig", "expected"],
    ["Jeg synes mit ansigt ser stift og unaturligt ud", "expected"],
    ["det er sort for det ene øje", "emergency"],
    ["It has gone dark in my left eye", "emergency"],
    ["Got a black eye after the treatment lol", "expected"],
    ["jeg har fået et sort øje", "expected"],
    ["har fået ondt i øret efter behandlingen", "review"],
    ["Min ene mundvig trækker opad når jeg smiler", "review"],
    ["jeg har fået store hævelser i panden som ligner myggestik og de klør", "urgent"],
    ["small bumps like mosquito bites where you injected", "expected"],
    ["Der er kommet en rød ring rundt om et af stikkene og den vokser", "urgent"],
    ["Alt er godt, men mine øjenbryn er lidt for høje i yderkanten", "review"],
    ["I'm no longer able to close my eye", "urgent"],
    ["there's no way I can swallow this pill", "emergency"],
    ["it takes me ages to swallow", "emergency"],
    ["mit syn er ikke som det plejer", "urgent"],
    ["my breathing is not normal", "emergency"],
    ["mine øjenlåg lukker sig af sig selv", "review"],
    ["jeg får ikke nok ilt", "emergency"],
    ["jeg kan ikke holde mig oprejst", "emergency"],
    ["der er stadig rynker ved øjnene efter 14 dage", "expected"],
    ["I look surprised all the time now", "review"],
    ["Jeg var overrasket over hvor hurtigt det virkede", "info"],
    ["jeg kan ikke puste kinderne op", "review"],
    ["jeg kan ikke puste", "emergency"],
    ["Kæbemusklerne er blevet mindre, ansigtet ser smallere ud", "review"],
    ["my eyes water constantly", "review"],
    ["one eye looks more closed than the other", "review"],
    ["i can swallow but it feels strange", "emergency"],
    ["kan godt synke men det føles mærkeligt", "emergency"],
    ["det føles mærkeligt at synke", "emergency"],
    ["Jeg fejler ikke noget, ville bare høre hvornår effekten kommer", "info"],
  ] as const)("%s -> %s", (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it("reads a mouth corner drooping on one side as the known mouth side effect, not half the face", () => {
    expect(levelOf("one side of my mouth droops when I talk")).toBe("review");
    expect(levelOf("one side of my face is drooping")).toBe("emergency");
    expect(levelOf("one sided weakness in my face")).toBe("emergency");
  });

  it("sends a worsening headache with vomiting to the doctor tonight, and keeps a mild one with nausea for review", () => {
    expect(assess("hovedpinen er blevet meget værre og jeg kaster op").level).toBe("urgent");
    expect(signsOf("hovedpinen er blevet meget værre og jeg kaster op")).toContain("headache-vomiting");
    expect(levelOf("let hovedpine og lidt kvalme")).toBe("review");
  });

  it("reads a swelling by the eye that has gone down as settling, while an eyelid that has gone down still droops", () => {
    expect(levelOf("Hævelsen ved øjet er gået ned og blå mærket er næsten væk")).toBe("expected");
    expect(levelOf("øjenlåget er gået ned")).toBe("review");
    expect(levelOf("hævelsen er gået ned men øjenlåget hænger")).toBe("review");
  });
});

describe("questions about the time after the treatment", () => {
  it("passes exercise and a glass of wine tonight to the clinic instead of answering with the treatment day", () => {
    expect(answerMessage("Hvor længe skal jeg vente med at træne efter behandlingen?").reply.answered).toBe(false);
    const wine = answerMessage("Jeg tænkte på om jeg må drikke et glas vin i aften?").reply;
    expect(wine.answered).toBe(false);
    expect(wine.text).toMatch(/Om tiden efter står der intet/);
  });
});

describe("questions about make-up", () => {
  it("passes a question about make-up afterwards to the clinic, and answers one about the treatment day", () => {
    const after = answerMessage("Hvornår må jeg lægge make-up igen?").reply;
    expect(after.answered).toBe(false);
    expect(after.text).toMatch(/bagefter står der intet/);
    expect(answerMessage("Skal jeg komme uden make-up?").reply.text).toMatch(/Mød gerne uden make-up/);
  });
});

describe("eyebrows raised too high", () => {
  it("is its own sign, told in the leaflet's words about overactive muscles, not as a drooping brow", () => {
    for (const text of ["I look surprised all the time now", "mine øjenbryn er lidt for høje i yderkanten", "my eyebrows went up like spock"]) {
      const reply = answerMessage(text);
      expect(reply.assessment.level).toBe("review");
      expect(reply.assessment.findings.map((f) => f.sign)).toEqual(["raised-brows"]);
    }
    expect(answerMessage("I look surprised all the time now").reply.text).toMatch(/Over- or underactive muscles/);
    expect(levelOf("I can't raise my eyebrows")).toBe("expected");
  });
});

describe("weak muscles", () => {
  it("are a red flag when no treated place is named, and the treatment working when the forehead is", () => {
    for (const text of ["general muscle weakness", "muskelsvaghed", "svaghed i musklerne", "musklerne føles tunge", "my muscles feel weak"]) {
      expect(levelOf(text)).toBe("emergency");
    }
    expect(levelOf("lidt muskelsvaghed")).toBe("emergency");
    expect(levelOf("musklerne i panden er svage")).toBe("expected");
    expect(levelOf("kæbemusklen er svag")).toBe("review");
  });
});

describe("a temperature and a symptom that is over", () => {
  it("reads a temperature by its number, and 'har temperatur' as fever", () => {
    expect(levelOf("temperaturen er 37,2, ellers ingenting")).toBe("info");
    expect(levelOf("my temp is normal")).toBe("info");
    expect(levelOf("temp på 38,5")).toBe("urgent");
    expect(levelOf("I've got a temperature of 38")).toBe("urgent");
    expect(levelOf("jeg har temperatur")).toBe("urgent");
    expect(levelOf("har 38.5 i temp")).toBe("urgent");
  });

  it("denies a symptom said to be over, but not one that is almost gone, nor another one", () => {
    expect(levelOf("feberen er væk nu og jeg har det godt")).toBe("info");
    expect(levelOf("jeg har det fint nu, svimmelheden er gået over")).toBe("info");
    expect(levelOf("the fever is gone but I can't swallow")).toBe("emergency");
    expect(levelOf("hævelsen i læben er næsten væk")).toBe("expected");
  });
});
