import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { getService } from "./queries";
import type { ServiceInput } from "./schemas";

export function createService(member: Member, input: ServiceInput) {
  return prisma.$transaction((tx) =>
    tx.careService.create({ data: { ...input, organizationId: member.organizationId } }),
  );
}

export async function updateService(member: Member, serviceId: string, input: ServiceInput) {
  return prisma.$transaction(async (tx) => {
    // getService applies the tenant and, for a service contact, their own services only.
    if (!(await getService(member, serviceId, tx))) throw new UserError("notFound");
    return tx.careService.update({ where: { id: serviceId }, data: input });
  });
}
