// Calendar invitations (RFC 5545, iMIP): the .ics a confirmation carries and the RSVP page offers. Pure.
// Outlook, Google and Apple Calendar need an explicit VTIMEZONE for local times, CRLF line ends, lines folded at
// 75 octets, a UID that stays the same across updates and a SEQUENCE that rises with every change.
import { format } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "@/lib/time";

/**
 * REQUEST and CANCEL are iTIP messages, for mails (RFC 6047); PUBLISH is a plain calendar to import, for the file a
 * person downloads (RFC 5546: no attendee, nothing to answer).
 */
export type CalendarMethod = "REQUEST" | "CANCEL" | "PUBLISH";

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarEvent {
  /** Stable for the same visit of the same person: updates and cancellations replace it in the calendar. */
  uid: string;
  /** Raised with every change that is sent. */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description: string;
}

export interface CalendarInvite {
  method: CalendarMethod;
  organizer: CalendarPerson;
  attendee: CalendarPerson;
  events: CalendarEvent[];
  /** When this message was made (DTSTAMP). */
  stamp: Date;
  /** Minutes before the first visit of each day that the calendar reminds; none for a cancellation. */
  reminderMinutes?: number;
  /** The attendee's answer ("maybe" is TENTATIVE); a cancellation is always DECLINED. */
  attendeeStatus?: "ACCEPTED" | "TENTATIVE";
}

/** Europe/Brussels since 1996: CET, and CEST from the last Sunday of March to the last Sunday of October. */
const BRUSSELS_TIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TIME_ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** TEXT values: backslash, semicolon, comma and line ends are escaped (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** A parameter value (CN=…) in quotes, without the characters a quoted value cannot hold. */
function quoted(value: string): string {
  return `"${value.replace(/["\r\n]/g, "")}"`;
}

/** Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (size + octets > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += character;
    size += octets;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const utc = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
const local = (instant: Date) => format(new TZDate(instant.getTime(), TIME_ZONE), "yyyyMMdd'T'HHmmss");

function eventLines(invite: CalendarInvite, event: CalendarEvent, withAlarm: boolean): string[] {
  const cancelled = invite.method === "CANCEL";
  const { organizer, attendee } = invite;
  const lines = [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utc(invite.stamp)}`,
    `DTSTART;TZID=${TIME_ZONE}:${local(event.start)}`,
    `DTEND;TZID=${TIME_ZONE}:${local(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `ORGANIZER;CN=${quoted(organizer.name)}:mailto:${organizer.email}`,
    ...(invite.method === "PUBLISH"
      ? []
      : [
          `ATTENDEE;CN=${quoted(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${cancelled ? "DECLINED" : (invite.attendeeStatus ?? "ACCEPTED")}:mailto:${attendee.email}`,
        ]),
    `STATUS:${cancelled ? "CANCELLED" : invite.attendeeStatus === "TENTATIVE" ? "TENTATIVE" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
  ];
  if (!cancelled && withAlarm && invite.reminderMinutes !== undefined) {
    lines.push(
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `TRIGGER:-PT${invite.reminderMinutes}M`,
      `DESCRIPTION:${escapeText(event.summary)}`,
      "END:VALARM",
    );
  }
  lines.push("END:VEVENT");
  return lines;
}

/** The .ics text: one VCALENDAR with the Brussels time zone and one VEVENT per visit. */
export function buildCalendar(invite: CalendarInvite): string {
  // One reminder a day, before its first visit: a day of eleven stops must not give eleven pop-ups.
  const firstOfDay = new Set<CalendarEvent>();
  const days = new Map<string, CalendarEvent>();
  for (const event of invite.events) {
    const day = local(event.start).slice(0, 8);
    const first = days.get(day);
    if (!first || event.start < first.start) days.set(day, event);
  }
  for (const event of days.values()) firstOfDay.add(event);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Expeditie Zorg planner//NL",
    "CALSCALE:GREGORIAN",
    `METHOD:${invite.method}`,
    ...BRUSSELS_TIMEZONE,
    ...invite.events.flatMap((event) => eventLines(invite, event, firstOfDay.has(event))),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
