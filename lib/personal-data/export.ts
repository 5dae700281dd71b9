import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { dayKey } from "@/lib/time";
import { theirMail } from "./their-mail";

/**
 * Everything the app stores about one mandatary, for a subject access request. Mail bodies are left out:
 * they are emptied once sent, and an unsent one holds a live personal link.
 */
export async function exportMandatary(member: Member, mandataryId: string) {
  const mandatary = await prisma.mandatary.findFirst({
    where: inTenant(member, { id: mandataryId }),
    include: { invitations: { include: { expedition: true }, orderBy: { sentAt: "asc" } } },
  });
  if (!mandatary) return null;
  const mails = await prisma.outboxMessage.findMany({
    where: theirMail(
      member,
      mandatary.email,
      mandatary.invitations.map((i) => i.id),
    ),
    orderBy: { createdAt: "asc" },
  });
  const { invitations, ...rest } = mandatary;
  const person = Object.fromEntries(Object.entries(rest).filter(([key]) => key !== "organizationId"));
  return {
    exportedAt: new Date().toISOString(),
    organization: member.organizationName,
    mandatary: person,
    invitations: invitations.map((invitation) => ({
      expedition: invitation.expedition.title,
      firstDay: dayKey(invitation.expedition.firstDay),
      lastDay: dayKey(invitation.expedition.lastDay),
      status: invitation.status,
      companion: invitation.companionName,
      note: invitation.note,
      sentAt: invitation.sentAt,
      respondedAt: invitation.respondedAt,
    })),
    mails: mails.map((mail) => ({
      kind: mail.kind,
      subject: mail.subject,
      status: mail.status,
      createdAt: mail.createdAt,
      sentAt: mail.sentAt,
    })),
  };
}
