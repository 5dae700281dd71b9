import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { UserError } from "@/lib/errors";
import { theirMail } from "./their-mail";

/**
 * Erases a mandatary (right to erasure). Their answers survive only as anonymous counts per expedition;
 * mail not yet sent to them is dropped and the address of mail already sent is blanked.
 */
export async function eraseMandatary(member: Member, mandataryId: string) {
  return prisma.$transaction(async (tx) => {
    // Locked first: an invitation sent meanwhile would otherwise escape the count and keep a live link.
    await tx.$queryRaw`SELECT 1 FROM "Mandatary" WHERE "id" = ${mandataryId} FOR UPDATE`;
    const mandatary = await tx.mandatary.findFirst({
      where: inTenant(member, { id: mandataryId }),
      include: { invitations: { select: { id: true, expeditionId: true, status: true } } },
    });
    if (!mandatary) throw new UserError("notFound");
    for (const { expeditionId, status } of mandatary.invitations) {
      await tx.erasedAnswerTally.upsert({
        where: { expeditionId_status: { expeditionId, status } },
        create: { organizationId: member.organizationId, expeditionId, status, count: 1 },
        update: { count: { increment: 1 } },
      });
    }
    const mail = theirMail(
      member,
      mandatary.email,
      mandatary.invitations.map((i) => i.id),
    );
    await tx.outboxMessage.deleteMany({ where: { AND: [mail, { status: { not: "SENT" } }] } });
    await tx.outboxMessage.updateMany({
      where: mail,
      data: { toAddress: "", subject: "", html: "", text: "" },
    });
    // Invitations go with the mandatary (cascade).
    await tx.mandatary.delete({ where: { id: mandatary.id } });
    // An upload waiting for confirmation may hold their row too.
    await tx.importDraft.deleteMany({ where: inTenant(member, { kind: "MANDATARIES" as const }) });
  });
}
