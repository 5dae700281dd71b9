// Request counters in one-minute windows, kept in the database so that every app instance counts the same
// requests (N instances must not allow N times the limit, and a restart must not forget).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

const WINDOW_MS = 60_000;

type Db = PrismaClient | Prisma.TransactionClient;

/** The start of the minute `now` falls in: the window every instance counts into. */
function windowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
}

/**
 * Counts one request for each key and answers whether every key is still within its limit this minute.
 * One statement for all keys: concurrent requests (on any instance) each add exactly one.
 */
export async function allowRequest(
  db: Db,
  limits: readonly { key: string; limit: number }[],
  now = new Date(),
): Promise<boolean> {
  if (limits.length === 0) return true;
  const counted = await db.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
    SELECT k, ${windowStart(now)}, 1 FROM unnest(${limits.map((l) => l.key)}::text[]) AS k
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "key", "count"`;
  const countOf = new Map(counted.map((row) => [row.key, Number(row.count)]));
  return limits.every(({ key, limit }) => (countOf.get(key) ?? 0) <= limit);
}

/** Forgets windows that are over (run by the scheduler); answers how many it removed. */
export async function forgetPastWindows(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.rateLimitWindow.deleteMany({
    where: { windowStart: { lt: new Date(windowStart(now).getTime() - WINDOW_MS) } },
  });
  return count;
}
