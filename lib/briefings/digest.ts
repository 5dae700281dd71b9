import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueueMail } from "@/lib/mail/outbox";
import { parseDay, toBrusselsParts } from "@/lib/time";
import { DIGEST_QUIET_MINUTES, decodeStoredBriefing, diffVisitors, encodeStoredBriefing } from "./briefing";
import { briefingUpdateMail } from "./briefing-mail";
import { loadBriefings } from "./queries";

export { DIGEST_QUIET_MINUTES };

/**
 * The background job (every few seconds, in every app instance, across all organizations): for every briefed
 * service whose briefing changed and whose answers have been quiet for DIGEST_QUIET_MINUTES, one update mail
 * with what changed and the whole list. Returns how many update mails it put in the outbox.
 */
export async function sendBriefingUpdates(prisma: PrismaClient, now: Date): Promise<number> {
  // Expeditions that are over need no updates any more.
  const expeditions = await prisma.serviceBriefing.findMany({
    where: { expedition: { lastDay: { gte: parseDay(toBrusselsParts(now).day) } } },
    distinct: ["expeditionId"],
    select: { expeditionId: true, organizationId: true },
  });
  let enqueued = 0;
  for (const { expeditionId, organizationId } of expeditions) {
    enqueued += await updateExpedition(prisma, { id: expeditionId, organizationId }, now);
  }
  return enqueued;
}

async function updateExpedition(prisma: PrismaClient, where: { id: string; organizationId: string }, now: Date) {
  return prisma.$transaction(async (tx) => {
    // Rows another instance (or a coordinator sending briefings) holds are skipped; it stores the new fingerprint.
    const locked = await tx.$queryRaw<{ serviceId: string }[]>`SELECT "serviceId" FROM "ServiceBriefing"
      WHERE "expeditionId" = ${where.id} AND "organizationId" = ${where.organizationId} FOR UPDATE SKIP LOCKED`;
    if (locked.length === 0) return 0;
    const mine = new Set(locked.map((row) => row.serviceId));
    const loaded = await loadBriefings(tx, where);
    if (!loaded) return 0;
    const { expedition } = loaded;
    const quietSince = new Date(now.getTime() - DIGEST_QUIET_MINUTES * 60_000);
    let enqueued = 0;
    for (const { content, sent } of loaded.briefings) {
      const { service } = content;
      if (!sent || !mine.has(service.id) || !service.contactEmail) continue;
      const stored = decodeStoredBriefing(sent.fingerprint);
      if (stored.fingerprint === content.fingerprint) continue;
      if (content.lastChange && content.lastChange > quietSince) continue;
      const changes = diffVisitors(stored.visitors ?? content.visitors, content.visitors);
      const gone = await tx.mandatary.findMany({
        where: { organizationId: expedition.organizationId, id: { in: changes.removed.map((v) => v.mandataryId) } },
        select: { id: true, firstName: true, lastName: true },
      });
      const names = new Map(gone.map((m) => [m.id, `${m.firstName} ${m.lastName}`]));
      const mail = briefingUpdateMail({ organizationName: expedition.organization.name, expedition }, content, {
        ...changes,
        removed: changes.removed.map((v) => names.get(v.mandataryId) ?? null),
      });
      // Keyed by the send it follows and the new content: two instances racing past the lock still make one mail.
      const queued = await enqueueMail(tx, {
        organizationId: expedition.organizationId,
        idempotencyKey: `service-briefing-update:${expedition.id}:${service.id}:${sent.sentAt.getTime()}:${content.fingerprint}`,
        kind: "service-briefing-update",
        to: service.contactEmail,
        expeditionId: expedition.id,
        ...mail,
      });
      if (queued) enqueued++;
      await tx.serviceBriefing.update({
        where: { expeditionId_serviceId: { expeditionId: expedition.id, serviceId: service.id } },
        data: { fingerprint: encodeStoredBriefing(content), sentAt: now },
      });
    }
    return enqueued;
  });
}
