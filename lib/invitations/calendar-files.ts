import { buildCalendar, type CalendarMethod, type CalendarPerson } from "@/lib/mail/ics";
import type { MailAttachment } from "@/lib/mail/outbox";
import type { MailedEvent } from "./personal-programme";

/** Minutes before the first visit of a day that the calendar reminds. */
const REMINDER_MINUTES = 60;

export interface CalendarMessage {
  organizer: CalendarPerson;
  attendee: CalendarPerson;
  /** Raised with every calendar message the person gets. */
  sequence: number;
  stamp: Date;
  /** Events to put or keep in the calendar (METHOD:REQUEST), and events to take out (METHOD:CANCEL). */
  request: readonly MailedEvent[];
  cancel: readonly MailedEvent[];
  tentative?: boolean;
  /** Text for every event: what the day is and whom to contact. */
  description: string;
}

/** REQUEST and CANCEL for mails; PUBLISH (the events to keep, nothing to answer) for the file the RSVP page offers. */
export function calendarText(message: CalendarMessage, method: CalendarMethod): string {
  const events = method === "CANCEL" ? message.cancel : message.request;
  return buildCalendar({
    method,
    organizer: message.organizer,
    attendee: message.attendee,
    stamp: message.stamp,
    ...(method === "CANCEL" ? {} : { reminderMinutes: REMINDER_MINUTES }),
    attendeeStatus: message.tentative ? "TENTATIVE" : "ACCEPTED",
    events: events.map((event) => ({
      uid: event.uid,
      sequence: message.sequence,
      start: new Date(event.start),
      end: new Date(event.end),
      summary: event.summary,
      location: event.location,
      description: message.description,
    })),
  });
}

/** The .ics files a mail carries: one to add or update, one to cancel, each only when it has events. */
export function calendarAttachments(message: CalendarMessage): MailAttachment[] {
  const files: MailAttachment[] = [];
  if (message.request.length > 0) {
    files.push({
      filename: "expeditie-zorg.ics",
      contentType: "text/calendar; charset=utf-8; method=REQUEST",
      content: calendarText(message, "REQUEST"),
    });
  }
  if (message.cancel.length > 0) {
    files.push({
      filename: "expeditie-zorg-geannuleerd.ics",
      contentType: "text/calendar; charset=utf-8; method=CANCEL",
      content: calendarText(message, "CANCEL"),
    });
  }
  return files;
}
