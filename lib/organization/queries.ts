import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { readPortfolioKeywords } from "@/lib/portfolios/matching";

/** The member's organization's settings, with the portfolio keywords read over the defaults. */
export const getOrganizationSettings = cache(async (member: Member) => {
  const organization = await prisma.organization.findUniqueOrThrow({
    where: { id: member.organizationId },
    select: { name: true, brandColor: true, portfolios: true, portfolioKeywords: true },
  });
  return { ...organization, portfolioKeywords: readPortfolioKeywords(organization.portfolioKeywords) };
});
