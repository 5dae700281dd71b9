import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashToken, isWellFormedToken } from "@/lib/tokens";
import type { Member } from "@/lib/auth/session";
import { invitationMail } from "./mails";
import { expeditionForMail, getExpeditionForMail, mailData, personalLink, picksOf, stopsFor } from "./personal";
import { personalEvents } from "./personal-programme";
import { clashingOptions } from "@/lib/programme/checks";
import { loadExpeditionPlan } from "@/lib/programme/queries";
import { storedRoutes } from "@/lib/programme/routing";

/**
 * The invitation behind a personal link, or null for a malformed, unknown or revoked token.
 * Only reads: opening a link never changes anything.
 */
export async function findInvitationByToken(token: string, tx: Prisma.TransactionClient = prisma) {
  if (!isWellFormedToken(token)) return null;
  return tx.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { mandatary: true, expedition: { include: expeditionForMail } },
  });
}

export type InvitationByToken = NonNullable<Awaited<ReturnType<typeof findInvitationByToken>>>;

/** What the RSVP page shows: the invitation, the person's picks, their programme and how full each option is. */
export async function rsvpView(invitation: InvitationByToken) {
  const picks = await picksOf(prisma, invitation);
  const optionIds = invitation.expedition.programmes
    .filter((p) => p.kind === "CHOICE" && (invitation.programmeId === null || p.id === invitation.programmeId))
    .flatMap((p) => p.stops.filter((s) => s.isOption).map((s) => s.id));
  const counts = await prisma.stopChoice.groupBy({
    by: ["stopId"],
    where: { organizationId: invitation.organizationId, stopId: { in: optionIds } },
    _count: { _all: true },
  });
  const taken = new Map(counts.map((c) => [c.stopId, c._count._all]));
  const stops = stopsFor(invitation.expedition, invitation, picks);
  const plan = optionIds.length > 0 ? await loadExpeditionPlan(invitation, invitation.expeditionId) : null;
  return {
    picks,
    taken,
    stops,
    /** Per option, the options it cannot be picked with. */
    clashes: plan
      ? clashingOptions(plan.programmes, await storedRoutes(prisma, plan.programmes))
      : new Map<string, string[]>(),
    events:
      invitation.status === "ACCEPTED" || invitation.status === "MAYBE" ? personalEvents(invitation.id, stops) : [],
  };
}

/**
 * The invitation mail as a mandatary would get it, for the whole expedition or one programme, before anything is
 * sent. The link in it is an example that opens nothing.
 */
export async function invitationPreview(
  member: Member,
  expeditionId: string,
  programmeId: string | null,
  mandatary: { firstName: string; lastName: string },
) {
  const expedition = await getExpeditionForMail(member, expeditionId);
  if (!expedition) return null;
  const example = { id: "voorbeeld", linkVersion: 0, programmeId, status: "PENDING" };
  return invitationMail(
    mailData(expedition, mandatary, personalLink(example), stopsFor(expedition, example, new Set())),
  );
}
