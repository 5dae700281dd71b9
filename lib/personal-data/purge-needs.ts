import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseDay, toBrusselsParts } from "@/lib/time";

/**
 * Dietary and mobility needs are kept only until the aftercare of the expeditions they served has ended:
 * cleared for every mandatary who was invited somewhere and has no expedition left whose aftercare is still
 * running. Needs of someone not invited yet are kept (they were entered for a coming expedition).
 */
export async function purgeExpiredNeeds(db: PrismaClient, now = new Date()): Promise<number> {
  const today = parseDay(toBrusselsParts(now).day);
  const { count } = await db.mandatary.updateMany({
    where: {
      OR: [{ dietaryNeeds: { not: "" } }, { mobilityNeeds: { not: "" } }],
      invitations: { some: {}, none: { expedition: { aftercareEndsOn: { gte: today } } } },
    },
    data: { dietaryNeeds: "", mobilityNeeds: "" },
  });
  return count;
}
