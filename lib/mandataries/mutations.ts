import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { UserError } from "@/lib/errors";
import type { MandataryInput } from "./schemas";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function saveMandatary(member: Member, mandataryId: string | null, input: MandataryInput) {
  return prisma.$transaction(async (tx) => {
    // A missing (or another organization's) mandatary first: that answer does not depend on the form's e-mail.
    const existing = mandataryId
      ? await tx.mandatary.findFirst({ where: inTenant(member, { id: mandataryId }) })
      : null;
    if (mandataryId && !existing) throw new UserError("notFound");
    const sameEmail = await tx.mandatary.findFirst({ where: inTenant(member, { email: input.email }) });
    if (sameEmail && sameEmail.id !== mandataryId) throw new UserError("emailTaken", { email: input.email }, "email");
    await addPortfolios(tx, member.organizationId, input.portfolios);
    // Needs serve the expeditions after they were entered (lib/personal-data/purge-needs.ts).
    const needsChanged = existing
      ? existing.dietaryNeeds !== input.dietaryNeeds || existing.mobilityNeeds !== input.mobilityNeeds
      : Boolean(input.dietaryNeeds || input.mobilityNeeds);
    const data = needsChanged ? { ...input, needsRecordedAt: new Date() } : input;
    if (!existing) return tx.mandatary.create({ data: { ...data, organizationId: member.organizationId } });
    return tx.mandatary.update({ where: { id: existing.id }, data });
  });
}

/** New portfolio names join the organization's list, so the next mandatary can tick them. */
export async function addPortfolios(tx: Prisma.TransactionClient, organizationId: string, portfolios: string[]) {
  if (portfolios.length === 0) return;
  const organization = await tx.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { portfolios: true },
  });
  const known = new Set(organization.portfolios.map((p) => p.toLowerCase()));
  const added = portfolios.filter((p) => !known.has(p.toLowerCase()));
  if (added.length === 0) return;
  const list = [...organization.portfolios, ...added].sort((a, b) => a.localeCompare(b, "nl"));
  await tx.organization.update({ where: { id: organizationId }, data: { portfolios: list } });
}
