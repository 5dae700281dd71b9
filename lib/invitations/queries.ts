import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashToken, isWellFormedToken } from "@/lib/tokens";

/**
 * The invitation behind a personal link, or null for a malformed, unknown or revoked token.
 * Only reads: opening a link never changes anything.
 */
export async function findInvitationByToken(token: string, tx: Prisma.TransactionClient = prisma) {
  if (!isWellFormedToken(token)) return null;
  return tx.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: {
      mandatary: true,
      expedition: {
        include: {
          organization: true,
          programmes: {
            orderBy: { day: "asc" },
            include: { stops: { orderBy: { startsAt: "asc" }, include: { service: true } } },
          },
        },
      },
    },
  });
}
