import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { prisma } from "@/lib/db";
import { visibleServices } from "@/lib/services/queries";
import { toSheetOrganization, toSheetService, type SheetData } from "./sheet-model";

/**
 * The organization and the services for presentation sheets: only the member's organization, and for a
 * service contact only their own services. Unknown or invisible ids are simply left out. Services in
 * name order; figures and stories in their own order.
 */
export async function loadSheets(member: Member, serviceIds: readonly string[] | "all"): Promise<SheetData> {
  const [organization, rows] = await Promise.all([
    prisma.organization.findUniqueOrThrow({
      where: { id: member.organizationId },
      select: { name: true, brandColor: true },
    }),
    serviceIds !== "all" && serviceIds.length === 0
      ? []
      : prisma.careService.findMany({
          where: { AND: [visibleServices(member), serviceIds === "all" ? {} : { id: { in: [...serviceIds] } }] },
          orderBy: [{ name: "asc" }, { id: "asc" }],
          select: {
            id: true,
            name: true,
            type: true,
            street: true,
            postalCode: true,
            city: true,
            contactName: true,
            contactEmail: true,
            contactPhone: true,
            visitingHours: true,
            maxGroupSize: true,
            dressCode: true,
            description: true,
            audience: true,
            challenges: true,
            projects: true,
            userParticipation: true,
            keyFigures: {
              where: inTenant(member),
              orderBy: [{ position: "asc" }, { id: "asc" }],
              select: { label: true, value: true, unit: true, referenceDate: true },
            },
            careStories: {
              where: inTenant(member),
              orderBy: [{ position: "asc" }, { id: "asc" }],
              select: { quote: true, tellerRole: true, tellerName: true, nameConsent: true },
            },
          },
        }),
  ]);
  return { organization: toSheetOrganization(organization), services: rows.map(toSheetService) };
}
