import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TOPICS } from "../../src/knowledge/leaflet.js";
import { ROUTES } from "../../src/knowledge/routes.js";
import { SIGN_TEXTS } from "../../src/replies/sign-texts.js";
import { SIGNS } from "../../src/triage/signs.js";
import { fitsSms, gsmUnits } from "../../src/text/gsm.js";

const leaflet = readFileSync(new URL("../../src/knowledge/leaflet-botox-da.txt", import.meta.url), "utf8");
const HEADINGS = ["Præparater", "Hvorfor får vi rynker?", "Hvor får vi typisk rynker?", "Hvordan virker botox?", "lndikationer", "Konsultation", "Behandlingen", "Kontrol", "Bivirkninger", "Øvrige behandlingsmuligheder", "Sikkerhed og fortrolighed", "Med venlig hilsen"];

// A section runs from its heading line to the next heading line.
function sectionText(heading: string): string {
  const lines = leaflet.split("\n").map((l) => l.trim());
  const start = lines.indexOf(heading);
  const end = lines.findIndex((l, i) => i > start && HEADINGS.includes(l));
  return lines.slice(start, end).join("\n");
}
const numbersIn = (text: string) => text.match(/\d+/g) ?? [];

describe("the knowledge base rests on the leaflet", () => {
  it("names a real leaflet section for every topic", () => {
    for (const topic of TOPICS) expect(HEADINGS, topic.id).toContain(topic.section);
  });

  it("states no number the leaflet section does not hold", () => {
    for (const topic of TOPICS) {
      const section = sectionText(topic.section);
      for (const text of [topic.reply.da, topic.reply.en]) {
        for (const n of numbersIn(text)) if (n !== "112") expect(section, `${topic.id}: ${n}`).toContain(n);
      }
    }
  });

  it("grounds every symptom note in a topic whose section holds its numbers", () => {
    for (const [sign, text] of Object.entries(SIGN_TEXTS)) {
      if (!text.note) continue;
      const topic = TOPICS.find((t) => t.id === text.note!.topic);
      expect(topic, sign).toBeDefined();
      const section = sectionText(topic!.section);
      for (const n of [...numbersIn(text.note.da), ...numbersIn(text.note.en)]) expect(section, `${sign}: ${n}`).toContain(n);
    }
  });

  it("has a Danish and English name for every sign", () => {
    for (const sign of SIGNS) expect(SIGN_TEXTS[sign.id], sign.id).toBeDefined();
  });

  it("points every route at a topic that exists", () => {
    const ids = new Set(TOPICS.map((t) => t.id));
    for (const route of ROUTES) {
      const target = route.topic ?? route.gap?.partOf;
      if (target) expect(ids.has(target), route.id).toBe(true);
    }
  });

  it("grounds the part a gap route answers in its topic's section", () => {
    for (const route of ROUTES) {
      const partial = route.gap?.partial;
      if (!partial) continue;
      const topic = TOPICS.find((t) => t.id === route.gap!.partOf);
      expect(topic, route.id).toBeDefined();
      const section = sectionText(topic!.section);
      for (const n of [...numbersIn(partial.da), ...numbersIn(partial.en)]) if (n !== "112") expect(section, `${route.id}: ${n}`).toContain(n);
    }
  });

  it("keeps every stored text SMS-ready", () => {
    const texts = [...TOPICS.flatMap((t) => [t.reply.da, t.reply.en]), ...Object.values(SIGN_TEXTS).flatMap((s) => [s.da, s.en, s.note?.da ?? "", s.note?.en ?? ""])];
    for (const text of texts) {
      expect(gsmUnits(text), text).not.toBeNull();
      expect(fitsSms(text), text).toBe(true);
    }
  });
});
