import { describe, expect, it } from "vitest";
import { isOpen, localTime, nextOpening, parseOpeningHours, utcOf, whenNextOpen } from "../../src/clinic/opening-hours.js";

const hours = parseOpeningHours("mon-fri 08:00-16:00; sat 09:00-12:00");

describe("opening hours in Copenhagen time", () => {
  it("reads the hours in Europe/Copenhagen, across summer time", () => {
    expect(isOpen(hours, Date.parse("2026-11-26T07:30:00Z"))).toBe(true); // 08:30 CET
    expect(isOpen(hours, Date.parse("2026-11-26T06:30:00Z"))).toBe(false); // 07:30 CET
    expect(isOpen(hours, Date.parse("2026-06-25T06:30:00Z"))).toBe(true); // 08:30 CEST
    expect(isOpen(hours, Date.parse("2026-11-26T15:00:00Z"))).toBe(false); // 16:00 closes
  });

  it("reads Copenhagen wall-clock time right in every minute around each summer time change", () => {
    const zone = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", year: "numeric", month: "numeric", day: "numeric", weekday: "short", hour: "numeric", minute: "numeric", hourCycle: "h23" });
    const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    for (const change of ["2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z", "2027-03-28T01:00:00Z"]) {
      // Out of order, as messages come, so no reading can lean on the one before it.
      for (let i = -180; i <= 180; i++) {
        const at = Date.parse(change) + ((i * 37) % 181) * 60_000 + 17_000;
        const p = Object.fromEntries(zone.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
        expect(localTime(at), new Date(at).toISOString()).toEqual({
          y: Number(p.year), mo: Number(p.month), d: Number(p.day), day: days.indexOf(p.weekday!), minute: Number(p.hour) * 60 + Number(p.minute),
        });
      }
    }
    expect(utcOf(2026, 3, 29, 3 * 60)).toBe(Date.parse("2026-03-29T01:00:00Z")); // 03:00 CEST, the first summer minute
    expect(utcOf(2026, 10, 25, 4 * 60)).toBe(Date.parse("2026-10-25T03:00:00Z")); // 04:00 CET
  });

  it("finds the next opening", () => {
    expect(nextOpening(hours, Date.parse("2026-11-26T20:00:00Z"))).toBe(Date.parse("2026-11-27T07:00:00Z"));
    expect(nextOpening(hours, Date.parse("2026-11-27T20:00:00Z"))).toBe(Date.parse("2026-11-28T08:00:00Z")); // Saturday 09:00
    expect(nextOpening(hours, Date.parse("2026-11-28T12:00:00Z"))).toBe(Date.parse("2026-11-30T07:00:00Z")); // Monday
    expect(nextOpening(hours, Date.parse("2026-03-28T20:00:00Z"))).toBe(Date.parse("2026-03-30T06:00:00Z")); // Monday after the change to summer time
  });

  it("says when in words", () => {
    expect(whenNextOpen(hours, Date.parse("2026-11-26T20:00:00Z"), "da")).toBe("i morgen");
    expect(whenNextOpen(hours, Date.parse("2026-11-28T12:00:00Z"), "da")).toBe("på mandag");
    expect(whenNextOpen(hours, Date.parse("2026-11-26T05:00:00Z"), "en")).toBe("today");
  });

  it("reads Danish day names and rejects nonsense", () => {
    expect(parseOpeningHours("man-fre 8:00-15:30").periods).toHaveLength(5);
    expect(() => parseOpeningHours("whenever")).toThrow(/cannot read/);
    expect(() => parseOpeningHours("mon 16:00-08:00")).toThrow(/closes before it opens/);
  });
});
