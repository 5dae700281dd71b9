import { prisma } from "@/lib/db";
import { lockBriefings } from "@/lib/db/locks";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { UserError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { decodeStoredBriefing, encodeStoredBriefing } from "./briefing";
import { briefingMail } from "./briefing-mail";
import { loadBriefings } from "./queries";

export interface SendBriefingsResult {
  /** Briefings put in the outbox. */
  sent: number;
  /** Services whose contact already has the briefing as it is now. */
  upToDate: number;
  /** Names of the participating services without a contact e-mail address: they got nothing. */
  missingEmail: string[];
}

/**
 * Puts a briefing in the outbox for every participating service whose contact does not have it as it is now,
 * and records what was sent (the digest job compares against that).
 */
export async function sendBriefings(member: Member, expeditionId: string): Promise<SendBriefingsResult> {
  return prisma.$transaction(async (tx) => {
    // The digest job and a second click wait here, so a service never gets a briefing and an update for one change.
    await lockBriefings(tx, member, expeditionId);
    const loaded = await loadBriefings(tx, inTenant(member, { id: expeditionId }));
    if (!loaded) throw new UserError("notFound");
    const { expedition } = loaded;
    const participating = loaded.briefings.filter(({ content }) => content.visits.length > 0);
    if (participating.length === 0) throw new UserError("noVisitsToBrief");
    const result: SendBriefingsResult = { sent: 0, upToDate: 0, missingEmail: [] };
    const now = new Date();
    for (const { content, sent } of participating) {
      const { service } = content;
      if (!service.contactEmail) {
        result.missingEmail.push(service.name);
        continue;
      }
      if (sent && decodeStoredBriefing(sent.fingerprint).fingerprint === content.fingerprint) {
        result.upToDate++;
        continue;
      }
      // The earlier send is part of the key: content that comes back after an update is mailed again.
      const after = sent ? sent.sentAt.getTime() : "first";
      const queued = await enqueueMail(tx, {
        organizationId: expedition.organizationId,
        idempotencyKey: `service-briefing:${expedition.id}:${service.id}:${after}:${content.fingerprint}`,
        kind: "service-briefing",
        to: service.contactEmail,
        expeditionId: expedition.id,
        ...briefingMail({ organizationName: expedition.organization.name, expedition }, content),
      });
      if (queued) result.sent++;
      const stored = { fingerprint: encodeStoredBriefing(content), sentAt: now };
      await tx.serviceBriefing.upsert({
        where: { expeditionId_serviceId: { expeditionId: expedition.id, serviceId: service.id } },
        update: stored,
        create: {
          ...stored,
          organizationId: expedition.organizationId,
          expeditionId: expedition.id,
          serviceId: service.id,
        },
      });
    }
    return result;
  });
}
