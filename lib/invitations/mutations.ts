import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { appUrl } from "@/lib/env";
import { UserError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { generateToken, hashToken } from "@/lib/tokens";
import { invitationMail } from "./invitation-mail";
import { linkExpiry, rsvpWindow } from "./rsvp-window";
import { findInvitationByToken } from "./queries";

const expeditionForMail = {
  organization: true,
  programmes: {
    orderBy: { day: "asc" as const },
    include: { stops: { orderBy: { startsAt: "asc" as const }, include: { service: true } } },
  },
};

type ExpeditionForMail = Prisma.ExpeditionGetPayload<{ include: typeof expeditionForMail }>;

/** Gives the invitation a fresh personal link (revoking any earlier one) and puts the mail in the outbox. */
async function issueLink(
  tx: Prisma.TransactionClient,
  expedition: ExpeditionForMail,
  mandatary: { id: string; firstName: string; lastName: string; email: string },
) {
  const token = generateToken();
  const tokenHash = hashToken(token);
  const data = { tokenHash, tokenExpiresAt: linkExpiry(expedition.lastDay), sentAt: new Date() };
  const invitation = await tx.invitation.upsert({
    where: { expeditionId_mandataryId: { expeditionId: expedition.id, mandataryId: mandatary.id } },
    update: data,
    create: {
      ...data,
      organizationId: expedition.organizationId,
      expeditionId: expedition.id,
      mandataryId: mandatary.id,
    },
  });
  await enqueueMail(tx, {
    organizationId: expedition.organizationId,
    idempotencyKey: `invitation:${invitation.id}:${tokenHash.slice(0, 16)}`,
    kind: "invitation",
    to: mandatary.email,
    ...invitationMail({
      mandatary,
      organizationName: expedition.organization.name,
      expedition,
      link: appUrl(`/rsvp/${token}`),
    }),
  });
  return invitation;
}

/** Invites the chosen mandataries who were not invited yet; returns how many were invited and skipped. */
export async function sendInvitations(member: Member, expeditionId: string, mandataryIds: string[]) {
  return prisma.$transaction(async (tx) => {
    const expedition = await tx.expedition.findFirst({
      where: inTenant(member, { id: expeditionId }),
      include: expeditionForMail,
    });
    if (!expedition) throw new UserError("notFound");
    if (!expedition.programmes.some((p) => p.stops.length > 0)) throw new UserError("noProgrammeYet");
    const mandataries = await tx.mandatary.findMany({ where: inTenant(member, { id: { in: mandataryIds } }) });
    if (mandataries.length !== new Set(mandataryIds).size) throw new UserError("notFound");
    const already = new Set(
      (await tx.invitation.findMany({ where: { expeditionId: expedition.id, mandataryId: { in: mandataryIds } } })).map(
        (i) => i.mandataryId,
      ),
    );
    let invited = 0;
    for (const mandatary of mandataries) {
      if (already.has(mandatary.id)) continue;
      await issueLink(tx, expedition, mandatary);
      invited++;
    }
    return { invited, skipped: mandataries.length - invited };
  });
}

/** Sends a new link; the old one stops working at once. */
export async function resendInvitation(member: Member, invitationId: string) {
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: inTenant(member, { id: invitationId }),
      include: { mandatary: true, expedition: { include: expeditionForMail } },
    });
    if (!invitation) throw new UserError("notFound");
    await issueLink(tx, invitation.expedition, invitation.mandatary);
    return invitation.mandatary;
  });
}

/** The mandatary's answer through their personal link; allowed until the deadline. */
export async function answerInvitation(token: string, answer: "ACCEPTED" | "DECLINED", note: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const invitation = await findInvitationByToken(token, tx);
    if (!invitation) throw new UserError("linkInvalid");
    const window = rsvpWindow(invitation, invitation.expedition.rsvpDeadline, now);
    if (window === "expired") throw new UserError("linkInvalid");
    if (window === "closed") throw new UserError("deadlinePassed");
    return tx.invitation.update({
      where: { id: invitation.id },
      data: { status: answer, note, respondedAt: now },
    });
  });
}
