import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { brusselsInstant } from "@/lib/time";
import { buildCalendar, escapeText, foldLine, type CalendarInvite } from "./ics";

const invite = (change: Partial<CalendarInvite> = {}): CalendarInvite => ({
  method: "REQUEST",
  organizer: { name: "Katrien Coppens", email: "katrien@kempenrode.be" },
  attendee: { name: "An Peeters", email: "an.peeters@kempenrode.be" },
  stamp: new Date("2027-03-01T10:00:00Z"),
  reminderMinutes: 60,
  events: [
    {
      uid: "inv1-stop1@expeditie-zorg",
      sequence: 0,
      // Saturday before and Monday after the switch to summer time (Sunday 28 March 2027).
      start: brusselsInstant("2027-03-27", "09:30"),
      end: brusselsInstant("2027-03-27", "10:30"),
      summary: "Bezoek: Woonzorgcentrum De Linde",
      location: "Lindenlaan 20, 2275 Kempenrode",
      description: "Ontbijt met de bewoners; draag makkelijke schoenen, aub.\nContact: Greet (014 12 34 56)",
    },
    {
      uid: "inv1-stop2@expeditie-zorg",
      sequence: 2,
      start: brusselsInstant("2027-03-29", "09:30"),
      end: brusselsInstant("2027-03-29", "11:00"),
      summary: "Bezoek: Kinderdagverblijf De Speelboom",
      location: "Schoolstraat 12, 2275 Kempenrode",
      description: "Peuters helpen bij het middagmaal",
    },
  ],
  ...change,
});

/** Parsed back by ical.js, as calendar software would, with its own time zone definition registered. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezone = calendar.getFirstSubcomponent("vtimezone")!;
  ICAL.TimezoneService.register(timezone);
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

describe("calendar invitations", () => {
  it("is an iMIP request with the Brussels time zone, organizer, attendee and a reminder", () => {
    const text = buildCalendar(invite());
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstSubcomponent("vtimezone")!.getFirstPropertyValue("tzid")).toBe("Europe/Brussels");
    expect(events).toHaveLength(2);
    const [first] = events;
    expect(first!.uid).toBe("inv1-stop1@expeditie-zorg");
    expect(first!.sequence).toBe(0);
    expect(first!.organizer).toBe("mailto:katrien@kempenrode.be");
    expect(first!.attendees[0]!.getFirstValue()).toBe("mailto:an.peeters@kempenrode.be");
    expect(first!.attendees[0]!.getParameter("cn")).toBe("An Peeters");
    const alarm = first!.component.getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect((alarm.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds()).toBe(-3600);
    expect(first!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    // Every line ends in CRLF.
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("gives the right instants on both sides of the switch to summer time", () => {
    const { events } = parse(buildCalendar(invite()));
    const [saturday, monday] = events;
    expect(saturday!.startDate.zone!.tzid).toBe("Europe/Brussels");
    expect(saturday!.startDate.toString()).toBe("2027-03-27T09:30:00");
    // 09:30 CET is 08:30 UTC; 09:30 CEST two days later is 07:30 UTC.
    expect(saturday!.startDate.toJSDate().toISOString()).toBe("2027-03-27T08:30:00.000Z");
    expect(monday!.startDate.toJSDate().toISOString()).toBe("2027-03-29T07:30:00.000Z");
    expect(monday!.endDate.toJSDate().toISOString()).toBe("2027-03-29T09:00:00.000Z");
  });

  it("and in the autumn, the last Sunday of October", () => {
    const autumn = invite({
      events: [
        {
          ...invite().events[0]!,
          start: brusselsInstant("2027-10-30", "14:00"),
          end: brusselsInstant("2027-10-30", "15:00"),
        },
        {
          ...invite().events[1]!,
          start: brusselsInstant("2027-11-01", "14:00"),
          end: brusselsInstant("2027-11-01", "15:00"),
        },
      ],
    });
    const [before, after] = parse(buildCalendar(autumn)).events;
    expect(before!.startDate.toJSDate().toISOString()).toBe("2027-10-30T12:00:00.000Z");
    expect(after!.startDate.toJSDate().toISOString()).toBe("2027-11-01T13:00:00.000Z");
  });

  it("a cancellation keeps the UID, raises nothing by itself, and has no reminder", () => {
    const cancel = invite({ method: "CANCEL", events: [{ ...invite().events[1]!, sequence: 3 }] });
    const { calendar, events } = parse(buildCalendar(cancel));
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(events[0]!.uid).toBe("inv1-stop2@expeditie-zorg");
    expect(events[0]!.sequence).toBe(3);
    expect(events[0]!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(events[0]!.component.getFirstSubcomponent("valarm")).toBeNull();
  });

  it("reminds once a day, before the day's first visit, whatever order the visits come in", () => {
    const base = invite().events[0]!;
    const at = (uid: string, day: string, time: string) => ({
      ...base,
      uid,
      start: brusselsInstant(day, time),
      end: brusselsInstant(
        day,
        time.replace(/^(\d\d)/, (h) => String(Number(h) + 1).padStart(2, "0")),
      ),
    });
    const events = [
      at("late@x", "2027-03-29", "14:00"),
      at("early@x", "2027-03-29", "09:00"),
      at("noon@x", "2027-03-29", "12:00"),
      at("next-day@x", "2027-03-30", "10:00"),
    ];
    const parsed = parse(buildCalendar(invite({ events }))).events;
    const withAlarm = parsed.filter((e) => e.component.getFirstSubcomponent("valarm")).map((e) => e.uid);
    expect(withAlarm.sort()).toEqual(["early@x", "next-day@x"]);
  });

  it("a published calendar (the download) has no attendee and nothing to answer, but keeps UIDs and reminders", () => {
    const text = buildCalendar(invite({ method: "PUBLISH" }));
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(text).not.toContain("ATTENDEE");
    expect(events.map((e) => e.uid)).toEqual(["inv1-stop1@expeditie-zorg", "inv1-stop2@expeditie-zorg"]);
    expect(events[0]!.organizer).toBe("mailto:katrien@kempenrode.be");
    expect(events.every((e) => e.component.getFirstSubcomponent("valarm"))).toBe(true);
    expect(events[0]!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("texts with commas, semicolons, backslashes and line ends come back as written", () => {
    const [event] = parse(buildCalendar(invite())).events;
    expect(event!.description).toBe(invite().events[0]!.description);
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const long = `DESCRIPTION:${"Één zorgmedewerker vertelt over de ochtendronde in de wijk. ".repeat(6)}`;
    const folded = foldLine(long);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(long);
    // And a calendar reader unfolds it to the same text.
    const [event] = parse(
      buildCalendar(invite({ events: [{ ...invite().events[0]!, description: long.slice(12) }] })),
    ).events;
    expect(event!.description).toBe(long.slice(12));
  });
});
