import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";

export function listExpeditions(member: Member) {
  return prisma.expedition.findMany({
    where: inTenant(member),
    orderBy: { firstDay: "desc" },
    include: { _count: { select: { invitations: true, programmes: true } } },
  });
}

/** The expedition with its programme and answers, or null (another organization's id gives null too). */
// cache(): a page and its generateMetadata both ask; within one request the database answers once.
export const getExpedition = cache((member: Member, expeditionId: string) => {
  return prisma.expedition.findFirst({
    where: inTenant(member, { id: expeditionId }),
    include: {
      programmes: {
        orderBy: { day: "asc" },
        include: { stops: { orderBy: { startsAt: "asc" }, include: { service: true } } },
      },
      invitations: {
        include: { mandatary: true },
        orderBy: [{ mandatary: { lastName: "asc" } }, { mandatary: { firstName: "asc" } }],
      },
      erasedAnswers: true,
    },
  });
});

export type ExpeditionDetail = NonNullable<Awaited<ReturnType<typeof getExpedition>>>;
