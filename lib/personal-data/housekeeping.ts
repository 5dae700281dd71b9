import { database } from "@/lib/db";
import { purgeExpiredNeeds } from "./purge-needs";

const HOUR = 60 * 60 * 1000;

/** Purges expired needs at start and every hour. Idempotent, so several app instances may all run it. */
export function startHousekeeping(): void {
  const run = () =>
    purgeExpiredNeeds(database.prisma)
      .then((count) => {
        if (count > 0) console.info(`[housekeeping] cleared the needs of ${count} mandataries`);
      })
      .catch((error) => console.error("[housekeeping]", error));
  void run();
  setInterval(run, HOUR).unref();
}
