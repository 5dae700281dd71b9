import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { hashToken, isWellFormedToken } from "@/lib/tokens";

export function listTeam(member: Member) {
  return prisma.membership.findMany({
    where: inTenant(member),
    include: { user: true, services: true },
    orderBy: { createdAt: "asc" },
  });
}

export function listOpenInvites(member: Member, now = new Date()) {
  return prisma.userInvite.findMany({
    where: inTenant(member, { acceptedAt: null, expiresAt: { gt: now } }),
    orderBy: { createdAt: "desc" },
  });
}

export async function hasAccount(email: string): Promise<boolean> {
  return (await prisma.user.count({ where: { email } })) > 0;
}

/** Inside a transaction, pass its client: with one database connection, the global client would wait for it. */
export async function findOpenInvite(token: string, now = new Date(), db: Prisma.TransactionClient = prisma) {
  if (!isWellFormedToken(token)) return null;
  const invite = await db.userInvite.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organization: { select: { name: true } } },
  });
  if (!invite || invite.acceptedAt || invite.expiresAt <= now) return null;
  return invite;
}
