import { database } from "@/lib/db";
import { deleteExpiredDrafts } from "@/lib/import/mutations";
import { purgeExpiredNeeds } from "./purge-needs";

const HOUR = 60 * 60 * 1000;

/**
 * Every hour (and at start): clears needs past their keeping period and spreadsheet uploads nobody confirmed.
 * Both are idempotent, so several app instances may all run it.
 */
export function startHousekeeping(): void {
  const run = async () => {
    try {
      const needs = await purgeExpiredNeeds(database.prisma);
      const drafts = await deleteExpiredDrafts(database.prisma);
      if (needs + drafts > 0) console.info(`[housekeeping] cleared needs of ${needs} people, ${drafts} old uploads`);
    } catch (error) {
      console.error("[housekeeping]", error);
    }
  };
  void run();
  setInterval(run, HOUR).unref();
}
