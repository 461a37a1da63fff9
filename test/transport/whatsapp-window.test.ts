import { describe, expect, it } from "vitest";
import { insideWindow, isOutsideWindow, smsAddress } from "../../src/transport/whatsapp-window.js";

const LAST = Date.parse("2026-11-26T20:00:00Z");
const MINUTE = 60_000;

describe("WhatsApp's 24-hour window", () => {
  it("is open after the patient's last message, and treated as closed in its last minutes, when a queued reply might land too late", () => {
    expect(insideWindow(LAST, LAST + 1)).toBe(true);
    expect(insideWindow(LAST, LAST + 23 * 60 * MINUTE + 54 * MINUTE)).toBe(true);
    expect(insideWindow(LAST, LAST + 23 * 60 * MINUTE + 56 * MINUTE)).toBe(false);
    expect(insideWindow(LAST, LAST + 24 * 60 * MINUTE)).toBe(false);
  });

  it("is closed when the patient's last message is not known", () => {
    expect(insideWindow(null, LAST)).toBe(false);
  });

  it("knows Twilio's 63016 refusal, whether the code comes as a number or a string", () => {
    expect(isOutsideWindow({ status: 400, code: 63016 })).toBe(true);
    expect(isOutsideWindow({ code: "63016" })).toBe(true);
    expect(isOutsideWindow({ status: 400, code: 21610 })).toBe(false);
    expect(isOutsideWindow(new Error("socket hang up"))).toBe(false);
  });

  it("sends the SMS to the same number", () => {
    expect(smsAddress("whatsapp:+4531100001")).toBe("+4531100001");
    expect(smsAddress("+4531100001")).toBe("+4531100001");
  });
});
