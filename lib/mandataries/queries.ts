import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";

export function listMandataries(member: Member) {
  return prisma.mandatary.findMany({ where: inTenant(member), orderBy: [{ lastName: "asc" }, { firstName: "asc" }] });
}

export const getMandatary = cache((member: Member, mandataryId: string) => {
  return prisma.mandatary.findFirst({ where: inTenant(member, { id: mandataryId }) });
});
