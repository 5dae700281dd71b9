import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseDay, TIME_ZONE, toBrusselsParts } from "@/lib/time";

/**
 * Dietary and mobility needs are kept only until the aftercare of the expedition they served has ended.
 * They are cleared for a mandatary when an expedition that took place after the needs were entered, and to
 * which they were invited, has ended its aftercare, and no expedition they are invited to is still running.
 * Needs entered for a coming expedition (after the last one ended, or before any invitation) are kept.
 * One idempotent UPDATE: several app instances may run it.
 */
export async function purgeExpiredNeeds(db: PrismaClient, now = new Date()): Promise<number> {
  const today = parseDay(toBrusselsParts(now).day);
  return db.$executeRaw`
    UPDATE "Mandatary" AS m
    SET "dietaryNeeds" = '', "mobilityNeeds" = '', "needsRecordedAt" = NULL
    WHERE (m."dietaryNeeds" <> '' OR m."mobilityNeeds" <> '')
      AND EXISTS (
        SELECT 1 FROM "Invitation" i JOIN "Expedition" e ON e."id" = i."expeditionId"
        WHERE i."mandataryId" = m."id"
          AND e."aftercareEndsOn" < ${today}::date
          AND (m."needsRecordedAt" IS NULL
               OR e."lastDay" >= (m."needsRecordedAt" AT TIME ZONE ${TIME_ZONE})::date))
      AND NOT EXISTS (
        SELECT 1 FROM "Invitation" i JOIN "Expedition" e ON e."id" = i."expeditionId"
        WHERE i."mandataryId" = m."id" AND e."aftercareEndsOn" >= ${today}::date)`;
}
