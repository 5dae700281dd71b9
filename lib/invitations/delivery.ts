import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import type { MailKind } from "@/lib/mail/kinds";

export type DeliveryStatus = "PENDING" | "SENT" | "FAILED";

/** The newest invitation mail of each invitation of the expedition: queued, sent, or failed with the reason. */
export async function invitationDeliveries(member: Member, expeditionId: string) {
  const mails = await prisma.outboxMessage.findMany({
    where: inTenant(member, { expeditionId, kind: "invitation" satisfies MailKind }),
    orderBy: { createdAt: "asc" },
    select: { invitationId: true, status: true, lastError: true, sentAt: true, createdAt: true },
  });
  return new Map(mails.map((mail) => [mail.invitationId, mail]));
}

/** The mails of one sending round, each with its recipient, for its progress page. */
export async function batchDeliveries(member: Member, expeditionId: string, batchId: string) {
  const mails = await prisma.outboxMessage.findMany({
    where: inTenant(member, { expeditionId, batchId }),
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      invitationId: true,
      status: true,
      lastError: true,
      sentAt: true,
      attempts: true,
      notBefore: true,
    },
  });
  const invitations = await prisma.invitation.findMany({
    where: inTenant(member, { id: { in: mails.flatMap((m) => (m.invitationId ? [m.invitationId] : [])) } }),
    select: { id: true, mandatary: { select: { firstName: true, lastName: true, email: true } } },
  });
  const byId = new Map(invitations.map((i) => [i.id, i.mandatary]));
  // A re-sent link adds a newer mail of the same invitation: only the newest counts.
  const newest = new Map(mails.map((mail) => [mail.invitationId ?? mail.id, mail]));
  return [...newest.values()].map((mail) => ({
    ...mail,
    recipient: mail.invitationId ? (byId.get(mail.invitationId) ?? null) : null,
  }));
}
