import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { UserError } from "@/lib/errors";
import type { MandataryInput } from "./schemas";

export async function saveMandatary(member: Member, mandataryId: string | null, input: MandataryInput) {
  return prisma.$transaction(async (tx) => {
    // A missing (or another organization's) mandatary first: that answer does not depend on the form's e-mail.
    const existing = mandataryId
      ? await tx.mandatary.findFirst({ where: inTenant(member, { id: mandataryId }) })
      : null;
    if (mandataryId && !existing) throw new UserError("notFound");
    const sameEmail = await tx.mandatary.findFirst({ where: inTenant(member, { email: input.email }) });
    if (sameEmail && sameEmail.id !== mandataryId) throw new UserError("emailTaken", { email: input.email }, "email");
    if (!existing) return tx.mandatary.create({ data: { ...input, organizationId: member.organizationId } });
    return tx.mandatary.update({ where: { id: existing.id }, data: input });
  });
}
