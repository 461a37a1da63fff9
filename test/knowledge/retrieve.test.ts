import { describe, expect, it } from "vitest";
import { retrieve } from "../../src/knowledge/retrieve.js";

describe("retrieval", () => {
  it.each([
    ["Hvornår ser jeg den fulde effekt?", "effect-onset"],
    ["hvornaar virker det", "effect-onset"],
    ["How long until it starts working?", "effect-onset"],
    ["Må jeg drikke alkohol inden behandlingen?", "before-treatment"],
    ["am I allowed prosecco before??", "before-treatment"],
    ["hvor længe kan man se blå mærker efter botox?", "after-treatment"],
    ["hvornår kan jeg booke kontrol?", "control-visit"],
    ["Kan botox brukes mot svette under armene?", "indications"],
    ["what exactly is in it? is it literally poison lol", "what-is-botox"],
    ["how long til it actually kicks in fr?", "effect-onset"],
    ["hvor mange dage før skal jeg droppe rødvinen?", "before-treatment"],
    ["Hur ofta behöver man göra om det?", "treatment-interval"],
    ["hvor længe før næste behandling skal jeg holde mig fra alkhol?", "before-treatment"],
    ["Hvornår kan jeg regne med at mærke forskel på tænderskæren?", "effect-onset"],
    ["can I have a gin and tonic the night before?", "before-treatment"],
    ["Skal jeg stoppe med Treo før behandling?", "before-treatment"],
    ["Hvad skal jeg undgå før behandlingen?", "before-treatment"],
    ["Hvor lang tid tager behandlingen?", "treatment-day"],
    ["Hvor lang tid varer selve behandlingen?", "treatment-day"],
    ["Er der kontrol efter behandlingen?", "control-visit"],
    ["Påvirker botox følesansen?", "how-it-works"],
    ["Får jeg et stift ansigt?", "how-it-works"],
    ["Hvad er botox?", "what-is-botox"],
    ["Kan man bruge botox mod sved?", "indications"],
    ["Can I bring someone with me to the consultation?", "consultation"],
    ["Må min veninde komme med?", "consultation"],
    ["Skal jeg betale for konsultationen?", "consultation"],
    ["Hvor ofte skal man behandles?", "treatment-interval"],
    ["Hvor længe går der før et hængende øjenlåg forsvinder?", "unwanted-paralysis"],
    ["Hvad sker der med mine personlige oplysninger?", "confidentiality"],
    ["Hvad er bivirkningerne?", "side-effects"],
    ["Hvad er jeres telefonnummer om natten?", "emergency-contact"],
    ["Hvor lang tid går der før jeg mærker noget?", "effect-onset"],
    ["Does botox affect my sense of touch?", "how-it-works"],
    ["Hvad kan jeg ellers få for at forbedre huden?", "other-treatments"],
    ["bliver mit ansigt helt lammet", "how-it-works"],
    ["what does botox do to the nerves", "how-it-works"],
    ["hjælper botox mod tandskæren", "indications"],
    ["hvad skal jeg undgå inden min tid på fredag", "before-treatment"],
    ["how many days after the consultation can I have the treatment", "consultation"],
  ])("%s -> %s", (text, topic) => {
    const r = retrieve(text);
    expect(r.answered).toBe(true);
    expect(r.sources).toEqual([topic]);
  });

  it.each(["Jeg vil gerne booke en tid til kontrol om 14 dage", "kan jeg rykke min kontrol til næste fredag?", "Vil gerne booke kontrol. Kan I ringe mig op i morgen?", "I'd like to book my 2 week check, can someone call me?"])(
    "passes booking or moving the check-up to the clinic, with the leaflet's words on it: %s",
    (text) => {
      const r = retrieve(text);
      expect(r.route?.id).toBe("control-booking");
      expect(r.answered).toBe(false);
      expect(r.sources).toEqual(["control-visit"]);
    },
  );

  it.each([
    ["Må jeg træne efter behandlingen?", "exercise"],
    ["Må jeg flyve dagen efter?", "flying"],
    ["Can I lie down after the treatment?", "lying-down"],
    ["Jeg ammer, må jeg få botox?", "pregnancy"],
    ["Jeg er gravid", "pregnancy"],
    ["Hvad koster det?", "price"],
    ["Hvad er prisen for botox?", "price"],
    ["Hvad er jeres åbningstider?", "opening-hours"],
    ["Hvor længe holder effekten?", "effect-duration"],
    ["How long does botox last?", "effect-duration"],
    ["Må jeg gå i solarium efter behandlingen?", "sun-heat"],
    ["Jeg vil gerne aflyse min tid", "booking"],
  ])("passes %s to the clinic (%s)", (text, gap) => {
    const r = retrieve(text);
    expect(r.answered).toBe(false);
    expect(r.route?.id).toBe(gap);
  });

  it("answers only the part the leaflet covers", () => {
    const r = retrieve("Can I drink alcohol after the treatment?");
    expect(r.route?.id).toBe("alcohol-after");
    expect(r.answered).toBe(false);
    expect(r.sources).toEqual(["before-treatment"]);
  });

  it("recognises nothing in text about something else", () => {
    expect(retrieve("Min bil er gået i stykker").route).toBeNull();
  });

  it("answers two questions in one message, each with its topic", () => {
    const r = retrieve("Må jeg have makeup på når jeg kommer? Og hvis det ikke har virket nok efter et par uger, skal jeg så betale for mere?");
    expect(r.sources).toEqual(["treatment-day", "control-visit"]);
    expect(r.answered).toBe(true);
  });

  it("passes on what a second question asks beyond the leaflet, and says so", () => {
    const r = retrieve("Laver I også filler i læberne? Og kan man få det samme dag som botox?");
    expect(r.sources).toEqual(["other-treatments"]);
    expect(r.answered).toBe(false);
    expect(r.partly).toBe(true);
  });

  it("never picks one of two readings by the order of the table: the clinic answers when the leaflet is silent on one", () => {
    const r = retrieve("hvad koster det at få behandlet panden?");
    expect(r.route?.id).toBe("price");
    expect(r.answered).toBe(false);
  });

  it("sends a question naming an illness or a pregnancy to the clinic, whatever else it names", () => {
    expect(retrieve("my mum has myasthenia gravis and wants her frown lines done. is that safe for her?").route?.id).toBe("health-condition");
    expect(retrieve("Jeg ammer stadig, kan jeg få botox i armhulerne?").route?.id).toBe("pregnancy");
  });

  it("reads the asking sentence first: a busy week is no question", () => {
    expect(retrieve("Travl uge på arbejdet, undskyld. Hvor lang tid tager selve behandlingen?").sources).toEqual(["treatment-day"]);
  });

  it("does not confuse 'ændre' with 'andre'", () => {
    expect(retrieve("Hvilke andre behandlinger tilbyder I?").sources).toEqual(["other-treatments"]);
  });
});
