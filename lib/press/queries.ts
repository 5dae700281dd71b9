import type { MailKind } from "@/lib/mail/kinds";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";

export const PRESS_INVITATION_KIND = "press-invitation" satisfies MailKind;

export function listPressContacts(member: Member) {
  return prisma.pressContact.findMany({ where: inTenant(member), orderBy: [{ name: "asc" }, { email: "asc" }] });
}

export const getPressContact = cache((member: Member, pressContactId: string) => {
  return prisma.pressContact.findFirst({ where: inTenant(member, { id: pressContactId }) });
});

/** What the press invitation is made of: the programmes with their stops, and who said they come. */
const pressExpeditionInclude = {
  organization: { select: { name: true } },
  programmes: {
    orderBy: { day: "asc" },
    include: { stops: { orderBy: { startsAt: "asc" }, include: { service: true } } },
  },
  invitations: {
    where: { status: "ACCEPTED" },
    include: { mandatary: true },
    orderBy: [{ mandatary: { lastName: "asc" } }, { mandatary: { firstName: "asc" } }],
  },
} satisfies Prisma.ExpeditionInclude;

/** The expedition as the press invitation needs it, or null (also for another organization's id). */
export function findPressExpedition(member: Member, expeditionId: string, tx: Prisma.TransactionClient = prisma) {
  return tx.expedition.findFirst({ where: inTenant(member, { id: expeditionId }), include: pressExpeditionInclude });
}

export const getPressExpedition = cache((member: Member, expeditionId: string) =>
  findPressExpedition(member, expeditionId),
);

/** The press invitations queued for this expedition, newest first, with how sending went. */
export function listPressInvitations(member: Member, expeditionId: string) {
  return prisma.outboxMessage.findMany({
    where: inTenant(member, { expeditionId, kind: PRESS_INVITATION_KIND }),
    orderBy: { createdAt: "desc" },
    select: { id: true, toAddress: true, status: true, createdAt: true, sentAt: true, lastError: true },
  });
}
