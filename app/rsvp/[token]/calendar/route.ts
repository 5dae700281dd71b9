import { getTranslations } from "next-intl/server";
import { calendarText } from "@/lib/invitations/calendar-files";
import { calendarMessage } from "@/lib/invitations/personal";
import { findInvitationByToken, rsvpView } from "@/lib/invitations/queries";
import { rsvpAllowed } from "@/lib/invitations/rsvp-guard";
import { rsvpWindow } from "@/lib/invitations/rsvp-window";

/**
 * The mandatary's programme as an .ics, for those who come: METHOD:PUBLISH, a calendar to import (the iTIP
 * REQUEST belongs in the mail). A download changes nothing: it carries the UIDs and SEQUENCE of the last calendar
 * mail, so it matches what their mailbox holds.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("rsvp");
  if (!(await rsvpAllowed(token))) return new Response(t("tooManyBody"), { status: 429 });
  const invitation = await findInvitationByToken(token);
  const usable = invitation && rsvpWindow(invitation, invitation.expedition.rsvpDeadline, new Date()) !== "expired";
  const view = usable ? await rsvpView(invitation) : null;
  if (!invitation || !view || view.events.length === 0) {
    return new Response(t("noCalendar"), { status: 404 });
  }
  const body = calendarText(
    calendarMessage(invitation.expedition, invitation.mandatary, {
      sequence: invitation.calendarSequence,
      now: new Date(),
      request: view.events,
      cancel: [],
      answer: invitation.status,
    }),
    "PUBLISH",
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8; method=PUBLISH",
      "Content-Disposition": 'attachment; filename="expeditie-zorg.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
