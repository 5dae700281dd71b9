import { prisma } from "@/lib/db";
import { lockExpeditions, lockMandatary } from "@/lib/db/locks";
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
    // In the order of lib/db/locks.ts: the expeditions they are in (so no answer, pick or mail of theirs is under
    // way), then the mandatary, so that an invitation sent meanwhile cannot escape the count and keep a live link.
    const theirs = await tx.expedition.findMany({
      where: inTenant(member, {
        OR: [
          { invitations: { some: { mandataryId } } },
          { programmes: { some: { stops: { some: { choices: { some: { mandataryId } } } } } } },
        ],
      }),
      select: { id: true },
    });
    const expeditionIds = theirs.map((expedition) => expedition.id);
    await lockExpeditions(tx, member, expeditionIds, "exclusive");
    await lockMandatary(tx, member, mandataryId);
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
