// From the database rows to a mandatary's personal programme, mail and calendar message.
import { cache } from "react";
import { inTenant } from "@/lib/auth/tenant";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/env";
import type { CalendarMessage } from "./calendar-files";
import { hashToken } from "@/lib/tokens";
import { invitationToken } from "./links";
import { expeditionContact } from "@/lib/expeditions/contact";
import { translator } from "@/lib/i18n/translator";
import type { PersonalMailData } from "./mails";

// Calendar texts are in Dutch, like the mails they come with.
const t = translator("mail.calendar");
import { personalStops, type MailedEvent, type PersonalStop } from "./personal-programme";

/** What every personal mail and page needs of an expedition. */
export const expeditionForMail = {
  // Not the banner image: it can be a megabyte, and mails link to it.
  organization: { select: { id: true, name: true } },
  programmes: {
    orderBy: [{ day: "asc" as const }, { createdAt: "asc" as const }],
    include: { stops: { orderBy: [{ startsAt: "asc" as const }, { id: "asc" as const }], include: { service: true } } },
  },
} satisfies Prisma.ExpeditionInclude;

export type ExpeditionForMail = Prisma.ExpeditionGetPayload<{ include: typeof expeditionForMail }>;

/** The expedition as personal mails need it, with its invitations: what the invitations page and notices read. */
export function loadExpeditionForMail(
  db: Pick<Prisma.TransactionClient, "expedition">,
  member: { organizationId: string },
  expeditionId: string,
) {
  return db.expedition.findFirst({
    where: inTenant(member, { id: expeditionId }),
    include: { ...expeditionForMail, invitations: { include: { mandatary: true } } },
  });
}

/** The same, read once per request: the invitations page asks for its notices and its preview. */
export const getExpeditionForMail = cache((member: { organizationId: string }, expeditionId: string) =>
  loadExpeditionForMail(prisma, member, expeditionId),
);

/** The options a mandatary picked in this expedition. */
export async function picksOf(
  db: Pick<Prisma.TransactionClient, "stopChoice">,
  invitation: { organizationId: string; expeditionId: string; mandataryId: string },
): Promise<Set<string>> {
  const choices = await db.stopChoice.findMany({
    where: {
      organizationId: invitation.organizationId,
      mandataryId: invitation.mandataryId,
      stop: { programme: { expeditionId: invitation.expeditionId } },
    },
    select: { stopId: true },
  });
  return new Set(choices.map((c) => c.stopId));
}

/**
 * The stops to show a mandatary: while they have not answered, every option to choose from; once they come,
 * the common stops and their picks.
 */
export function stopsFor(
  expedition: ExpeditionForMail,
  invitation: { programmeId: string | null; status: string },
  picks: ReadonlySet<string>,
): PersonalStop[] {
  return personalStops(expedition.programmes, invitation.programmeId, invitation.status === "PENDING" ? null : picks);
}

export function personalLink(invitation: { id: string; linkVersion: number }): string {
  return appUrl(`/rsvp/${invitationToken(invitation)}`);
}

/**
 * The invitation's link for a mail written later (reminder, change notice). Should the secret have changed since
 * the link was made, the stored hash no longer matches what can be derived: a new link replaces it, which the mail
 * then carries.
 */
export async function linkForLaterMail(
  db: Pick<Prisma.TransactionClient, "invitation">,
  invitation: { id: string; linkVersion: number; tokenHash: string },
): Promise<string> {
  if (hashToken(invitationToken(invitation)) === invitation.tokenHash) return personalLink(invitation);
  const renewed = { id: invitation.id, linkVersion: invitation.linkVersion + 1 };
  await db.invitation.update({
    where: { id: invitation.id },
    data: { linkVersion: renewed.linkVersion, tokenHash: hashToken(invitationToken(renewed)) },
  });
  return personalLink(renewed);
}

export function mailData(
  expedition: ExpeditionForMail,
  mandatary: { firstName: string; lastName: string },
  link: string,
  stops: PersonalStop[],
): PersonalMailData {
  return { organization: expedition.organization, expedition, mandatary, stops, link };
}

export function calendarMessage(
  expedition: ExpeditionForMail,
  mandatary: { firstName: string; lastName: string; email: string },
  message: { sequence: number; now: Date; request: MailedEvent[]; cancel: MailedEvent[]; answer: string },
): CalendarMessage {
  return {
    organizer: { name: expedition.contactName, email: expedition.contactEmail },
    attendee: { name: `${mandatary.firstName} ${mandatary.lastName}`, email: mandatary.email },
    sequence: message.sequence,
    stamp: message.now,
    request: message.request,
    cancel: message.cancel,
    tentative: message.answer === "MAYBE",
    description: t("description", {
      title: expedition.title,
      organization: expedition.organization.name,
      contact: expeditionContact(expedition),
    }),
  };
}
