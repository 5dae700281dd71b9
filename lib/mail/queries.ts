import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";

export function listOutbox(member: Member) {
  return prisma.outboxMessage.findMany({
    where: inTenant(member),
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, toAddress: true, subject: true, status: true, kind: true, createdAt: true, sentAt: true, lastError: true },
  });
}

export function getOutboxMessage(member: Member, id: string) {
  return prisma.outboxMessage.findFirst({ where: inTenant(member, { id }) });
}
