import { describe, expect, it } from "vitest";
import { linkExpiry, rsvpWindow } from "./rsvp-window";

describe("when a personal link may be used", () => {
  const deadline = new Date("2027-03-09T11:00:00Z");
  const invitation = { tokenExpiresAt: new Date("2027-03-17T00:00:00Z") };

  it("is open until the deadline, inclusive", () => {
    expect(rsvpWindow(invitation, deadline, new Date("2027-03-01T00:00:00Z"))).toBe("open");
    expect(rsvpWindow(invitation, deadline, deadline)).toBe("open");
  });

  it("is read-only after the deadline until the link expires", () => {
    expect(rsvpWindow(invitation, deadline, new Date("2027-03-09T11:00:01Z"))).toBe("closed");
    expect(rsvpWindow(invitation, deadline, new Date("2027-03-16T23:59:59Z"))).toBe("closed");
  });

  it("expires after the expedition", () => {
    expect(rsvpWindow(invitation, deadline, new Date("2027-03-17T00:00:00Z"))).toBe("expired");
  });

  it("links expire the day after the last day", () => {
    expect(linkExpiry(new Date("2027-03-16T00:00:00Z")).toISOString()).toBe("2027-03-17T00:00:00.000Z");
  });
});
