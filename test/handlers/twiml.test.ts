import twilio from "twilio";
import { describe, expect, it } from "vitest";
import { messagingTwiml } from "../../src/handlers/twiml.js";

const theirs = (texts: string[]) => {
  const twiml = new twilio.twiml.MessagingResponse();
  for (const text of texts) twiml.message(text);
  return twiml.toString();
};

describe("messagingTwiml", () => {
  it.each([
    [[]],
    [["Tak for din besked."]],
    [["Ring 112 nu.", "Lægen er underrettet & ringer dig op."]],
    [["a < b > c", 'citat "her" og \'her\'', "æøå ÆØÅ\nny linje"]],
    [["<Message>injected</Message>"]],
  ])("writes the same TwiML as twilio's MessagingResponse for %j", (texts) => {
    expect(messagingTwiml(texts)).toBe(theirs(texts));
  });

  it("drops characters XML cannot carry instead of writing a document Twilio rejects", () => {
    expect(messagingTwiml(["a\u0000b\u001Bc"])).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Message>abc</Message></Response>');
  });
});
