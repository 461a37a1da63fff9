import { describe, expect, it } from "vitest";
import { relayedText, relayFailedText, relayMovedToSmsText } from "../../src/bot/relay-texts.js";
import { gsmUnits } from "../../src/text/gsm.js";

describe("what the doctor is told about a reply", () => {
  const texts = [
    relayedText("K1234", "as-written"),
    relayedText("K1234", "template"),
    relayedText("K1234", "sms-instead"),
    relayMovedToSmsText("K1234"),
    relayFailedText("K1234", "+4531100001"),
  ];

  it("is GSM-7 and fits one SMS, even with a four-digit case number", () => {
    for (const text of texts) expect(gsmUnits(text), text).toBeLessThanOrEqual(160);
  });

  it("names the case first or in the first words, so it reads at a glance", () => {
    for (const text of texts) expect(text.slice(0, 30), text).toContain("K1234");
  });
});
