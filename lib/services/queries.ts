import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/policy";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";

/** A service contact sees only their own services; the office sees all of the organization's. */
export function visibleServices(member: Member, id?: string) {
  const own = can(member, "services.all") ? {} : { id: { in: member.serviceIds } };
  return inTenant(member, { AND: [own, id ? { id } : {}] });
}

export function listServices(member: Member) {
  return prisma.careService.findMany({ where: visibleServices(member), orderBy: { name: "asc" } });
}

/** Inside a transaction, pass its client: with one database connection, the global client would wait for it. */
export const getService = cache((member: Member, serviceId: string, db: Prisma.TransactionClient = prisma) => {
  return db.careService.findFirst({ where: visibleServices(member, serviceId) });
});

/** A service with its presentation sheet's figures and stories, in their order. */
export const getServiceSheet = cache((member: Member, serviceId: string) => {
  return prisma.careService.findFirst({
    where: visibleServices(member, serviceId),
    include: { keyFigures: { orderBy: { position: "asc" } }, careStories: { orderBy: { position: "asc" } } },
  });
});
