import ICAL from "ical.js";

/**
 * An .ics parsed as calendar software does, with its own VTIMEZONE: per event its identity, the zone of its
 * start, the times as wall-clock text ("2099-05-12T09:00:00") and as an instant, and the attendee's answer.
 */
export function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // Every calendar of the app carries its Europe/Brussels VTIMEZONE; without one this throws.
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent("vtimezone")!);
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      zone: event.startDate.zone?.tzid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      startsAt: event.startDate.toJSDate(),
      partstat: vevent.getFirstProperty("attendee")?.getParameter("partstat"),
    };
  });
  return { method: calendar.getFirstPropertyValue("method"), events };
}
