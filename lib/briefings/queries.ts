import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { briefingState, buildBriefing, participatingServiceIds, type BriefingSource } from "./briefing";

/**
 * The briefings of one expedition as they would be mailed now: one per participating service and one per service
 * that was briefed before (it may no longer be visited). `where` carries the organization: a member's tenant, or
 * the expedition's own for the background job. Null when there is no such expedition.
 */
export async function loadBriefings(db: Prisma.TransactionClient, where: { id: string; organizationId: string }) {
  const expedition = await db.expedition.findFirst({ where, include: { organization: { select: { name: true } } } });
  if (!expedition) return null;
  const { id: expeditionId, organizationId } = expedition;
  // One query after the other: inside a transaction they share one connection.
  const programmes = await db.programme.findMany({
    where: { expeditionId, organizationId },
    orderBy: [{ day: "asc" }, { createdAt: "asc" }],
    include: { stops: { orderBy: [{ startsAt: "asc" }, { id: "asc" }] } },
  });
  const invitations = await db.invitation.findMany({
    where: { expeditionId, organizationId },
    select: {
      status: true,
      programmeId: true,
      companionName: true,
      respondedAt: true,
      mandatary: { select: { id: true, firstName: true, lastName: true, role: true, portfolios: true } },
    },
  });
  const choices = await db.stopChoice.findMany({
    where: { organizationId, stop: { programme: { expeditionId } } },
    select: { stopId: true, mandataryId: true, createdAt: true },
  });
  const briefed = await db.serviceBriefing.findMany({ where: { expeditionId, organizationId } });
  const source: BriefingSource = {
    practicalNotes: expedition.practicalNotes,
    programmes,
    invitations,
    choices,
  };
  const participating = participatingServiceIds(source);
  const ids = [...new Set([...participating, ...briefed.map((b) => b.serviceId)])];
  const services = await db.careService.findMany({
    where: { organizationId, id: { in: ids } },
    select: { id: true, name: true, contactName: true, contactEmail: true },
  });
  const byId = new Map(services.map((s) => [s.id, s]));
  const sent = new Map(briefed.map((b) => [b.serviceId, b]));
  // Participating services in programme order, then the ones no longer visited (by name).
  const ordered = [
    ...participating.flatMap((id) => byId.get(id) ?? []),
    ...services.filter((s) => !participating.includes(s.id)).sort((a, b) => a.name.localeCompare(b.name, "nl")),
  ];
  const briefings = ordered.map((service) => ({
    content: buildBriefing(source, service),
    sent: sent.get(service.id) ?? null,
  }));
  return { expedition, briefings };
}

/** The briefings page: per service what it would be told now and where its briefing stands. */
export const getBriefingOverview = cache(async (member: Member, expeditionId: string) => {
  const loaded = await loadBriefings(prisma, inTenant(member, { id: expeditionId }));
  if (!loaded) return null;
  return {
    expedition: loaded.expedition,
    services: loaded.briefings.map(({ content, sent }) => ({ ...content, state: briefingState(content, sent) })),
  };
});
