import { describe, expect, it } from "vitest";
import { brusselsInstant, dayKey, formatLongDate, formatTime, parseDay, toBrusselsParts } from "./time";

describe("Europe/Brussels times", () => {
  it("turns a wall-clock time in winter (UTC+1) into the right instant", () => {
    expect(brusselsInstant("2027-01-12", "09:30").toISOString()).toBe("2027-01-12T08:30:00.000Z");
  });

  it("turns a wall-clock time in summer (UTC+2) into the right instant", () => {
    expect(brusselsInstant("2027-07-12", "09:30").toISOString()).toBe("2027-07-12T07:30:00.000Z");
  });

  it("handles the days the clocks change", () => {
    // 28 March 2027: 02:00 becomes 03:00. 31 October 2027: 03:00 becomes 02:00.
    expect(brusselsInstant("2027-03-28", "01:30").toISOString()).toBe("2027-03-28T00:30:00.000Z");
    expect(brusselsInstant("2027-03-28", "09:00").toISOString()).toBe("2027-03-28T07:00:00.000Z");
    expect(brusselsInstant("2027-10-31", "09:00").toISOString()).toBe("2027-10-31T08:00:00.000Z");
  });

  it("shows instants in Brussels whatever the server's zone", () => {
    expect(formatTime(new Date("2027-07-12T07:30:00Z"))).toBe("09:30");
    expect(formatTime(new Date("2027-01-12T23:30:00Z"))).toBe("00:30");
    expect(toBrusselsParts(new Date("2027-01-12T23:30:00Z"))).toEqual({ day: "2027-01-13", time: "00:30" });
  });

  it("round-trips form values", () => {
    const instant = brusselsInstant("2027-05-04", "14:05");
    expect(toBrusselsParts(instant)).toEqual({ day: "2027-05-04", time: "14:05" });
  });

  it("formats dates in Dutch and English", () => {
    expect(formatLongDate(brusselsInstant("2027-03-16", "10:00"))).toBe("dinsdag 16 maart 2027");
    expect(formatLongDate(brusselsInstant("2027-03-16", "10:00"), "en")).toBe("Tuesday 16 March 2027");
  });

  it("keeps calendar days as dates without a zone shift", () => {
    expect(dayKey(parseDay("2027-12-31"))).toBe("2027-12-31");
    expect(formatLongDate(parseDay("2027-03-16"))).toBe("dinsdag 16 maart 2027");
  });
});
