import { expeditionContact } from "@/lib/expeditions/contact";
import type { MandataryRole } from "@/lib/generated/prisma/client";
import { translator } from "@/lib/i18n/translator";
import { renderMail, type MailContent } from "@/lib/mail/render";
import { stopLabel, stopPlaces, type StopFields } from "@/lib/programme/places";
import { formatLongDate, formatTime } from "@/lib/time";

export interface PressExpeditionFields {
  title: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  programmes: {
    id: string;
    name: string;
    day: Date;
    stops: (StopFields & { startsAt: Date; endsAt: Date; activity: string })[];
  }[];
  /** The accepted invitations: who comes, to the whole expedition (programmeId null) or to one programme. */
  invitations: {
    programmeId: string | null;
    mandatary: { firstName: string; lastName: string; role: MandataryRole };
  }[];
}

export interface PressMoment {
  programmeName: string;
  day: Date;
  startsAt: Date;
  endsAt: Date;
  /** "Persmoment — Foto en korte vragen": the stop's name and what happens, or "". */
  what: string;
  placeName: string;
  /** "Kerkstraat 12, 2960 Brecht", or "" */
  address: string;
  /** The mandataries who said they come that day. */
  attendees: { firstName: string; lastName: string; role: MandataryRole }[];
}

/** The stops of kind PRESS, in day and time order, each with the place where it happens. */
export function pressMoments(expedition: PressExpeditionFields): PressMoment[] {
  return expedition.programmes.flatMap((programme) => {
    // The place of a press moment without its own falls back on the previous stop's, so all stops count here.
    const places = stopPlaces(programme.stops);
    const attendees = expedition.invitations
      .filter((i) => i.programmeId === null || i.programmeId === programme.id)
      .map((i) => i.mandatary);
    return programme.stops.flatMap((stop, i) =>
      stop.kind === "PRESS"
        ? [
            {
              programmeName: programme.name,
              day: programme.day,
              startsAt: stop.startsAt,
              endsAt: stop.endsAt,
              what: [stopLabel(stop), stop.activity].filter(Boolean).join(" — "),
              placeName: places[i]!.name,
              address: places[i]!.address,
              attendees,
            },
          ]
        : [],
    );
  });
}

export interface PressInvitationData {
  contactName: string;
  organizationName: string;
  expedition: Pick<PressExpeditionFields, "title" | "contactName" | "contactEmail" | "contactPhone">;
  moments: PressMoment[];
}

/** The Dutch press invitation: what Expeditie Zorg is, when and where the press is welcome, and whom to call. */
export function pressInvitationMail({
  contactName,
  organizationName,
  expedition,
  moments,
}: PressInvitationData): MailContent {
  const t = translator("pressMail");
  const roles = translator("mandataryRoles");
  return renderMail({
    subject: t("subject", { title: expedition.title, organization: organizationName }),
    greeting: t("greeting", { name: contactName }),
    intro: [
      t("intro", { organization: organizationName, title: expedition.title }),
      t("campaign"),
      t("invite", { count: moments.length }),
    ],
    blocks: [
      ...moments.map((moment) => ({
        heading: t("moment", { day: formatLongDate(moment.day) }),
        lines: [
          t("time", { from: formatTime(moment.startsAt), to: formatTime(moment.endsAt) }),
          t("place", { place: [moment.placeName, moment.address].filter(Boolean).join(", ") || t("placeUnknown") }),
          ...(moment.what ? [t("what", { what: moment.what })] : []),
          ...(moment.attendees.length > 0
            ? [
                t("attendees", {
                  names: moment.attendees.map((m) => `${m.firstName} ${m.lastName} (${roles(m.role)})`).join(", "),
                }),
              ]
            : []),
          t("during", { programme: moment.programmeName }),
        ],
      })),
      { heading: t("contact"), lines: [t("contactIntro"), expeditionContact(expedition)] },
    ],
    footer: [t("footer", { organization: organizationName })],
  });
}
