import { createTranslator } from "next-intl";
import nl from "@/lib/i18n/messages/nl.json";
import { renderMail, type MailContent } from "@/lib/mail/render";
import { stopLabel, stopPlaces, type StopFields } from "@/lib/programme/places";
import { formatDateTime, formatLongDate, formatTime } from "@/lib/time";

export interface InvitationMailData {
  mandatary: { firstName: string; lastName: string };
  organizationName: string;
  expedition: {
    title: string;
    firstDay: Date;
    lastDay: Date;
    contactName: string;
    contactEmail: string;
    contactPhone: string;
    practicalNotes: string;
    rsvpDeadline: Date;
    programmes: {
      name: string;
      day: Date;
      stops: (StopFields & { startsAt: Date; endsAt: Date; activity: string })[];
    }[];
  };
  link: string;
}

export function programmeLines(programme: InvitationMailData["expedition"]["programmes"][number]): string[] {
  const places = stopPlaces(programme.stops);
  return programme.stops.map((stop, i) => {
    const place = [stopLabel(stop), places[i]!.address].filter(Boolean).join(", ");
    return `${formatTime(stop.startsAt)}–${formatTime(stop.endsAt)}  ${place}${stop.activity ? ` — ${stop.activity}` : ""}`;
  });
}

/** The Dutch invitation mail (mandataries are addressed in Dutch). */
export function invitationMail({ mandatary, organizationName, expedition, link }: InvitationMailData): MailContent {
  const t = createTranslator({ locale: "nl", messages: nl, namespace: "mail.invitation" });
  const sameDay = expedition.firstDay.getTime() === expedition.lastDay.getTime();
  const when = sameDay
    ? formatLongDate(expedition.firstDay)
    : t("dateRange", { from: formatLongDate(expedition.firstDay), to: formatLongDate(expedition.lastDay) });
  const contact = [expedition.contactName, expedition.contactEmail, expedition.contactPhone]
    .filter(Boolean)
    .join(" · ");
  return renderMail({
    subject: t("subject", { title: expedition.title }),
    greeting: t("greeting", { name: `${mandatary.firstName} ${mandatary.lastName}` }),
    intro: [t("intro", { organization: organizationName, title: expedition.title }), t("when", { when })],
    blocks: [
      ...expedition.programmes.map((programme) => ({
        heading: t("programme", { name: programme.name, day: formatLongDate(programme.day) }),
        lines: programmeLines(programme),
      })),
      ...(expedition.practicalNotes ? [{ heading: t("practical"), lines: [expedition.practicalNotes] }] : []),
      { heading: t("contact"), lines: [contact] },
      { heading: t("answer"), lines: [t("deadline", { deadline: formatDateTime(expedition.rsvpDeadline) })] },
    ],
    action: { label: t("action"), url: link },
    footer: [t("footer", { organization: organizationName })],
  });
}
