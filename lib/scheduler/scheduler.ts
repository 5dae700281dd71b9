// One scheduler for every recurring job (./jobs.ts). Every app instance ticks; the row of each job in
// "ScheduledJob" says when it is next due, and the instance whose UPDATE moves that moment on is the one that runs
// it. So each due moment runs once across instances, a restart forgets nothing, and a job that fails (or whose
// instance dies) simply runs again at its next moment.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Job, JobContext, JobName } from "./jobs";

export interface Scheduler {
  /** Claims the jobs due at `now` and runs them; answers the names this call ran. */
  runDue(now?: Date): Promise<JobName[]>;
}

export function createScheduler(
  prisma: PrismaClient,
  jobs: Record<JobName, Job>,
  context: Omit<JobContext, "prisma" | "now"> = {},
): Scheduler {
  // Only stops this instance from starting a job again while its last run is still going.
  const running = new Set<JobName>();
  return {
    async runDue(now = new Date()) {
      const candidates = (Object.entries(jobs) as [JobName, Job][]).filter(
        ([name, job]) => !running.has(name) && (job.enabled?.({ ...context, prisma, now }) ?? true),
      );
      if (candidates.length === 0) return [];
      const names = candidates.map(([name]) => name);
      const intervals = candidates.map(([, job]) => job.everyMs);
      // A job never seen before is due at once.
      await prisma.$executeRaw`
        INSERT INTO "ScheduledJob" ("name", "dueAt") SELECT n, ${now} FROM unnest(${names}::text[]) AS n
        ON CONFLICT ("name") DO NOTHING`;
      const claimed = await prisma.$queryRaw<{ name: JobName }[]>`
        UPDATE "ScheduledJob" AS j
        SET "dueAt" = ${now}::timestamptz + d.ms * interval '1 millisecond', "lastRunAt" = ${now}
        FROM unnest(${names}::text[], ${intervals}::int[]) AS d(name, ms)
        WHERE j."name" = d.name AND j."dueAt" <= ${now}
        RETURNING j."name"`;
      await Promise.all(
        claimed.map(async ({ name }) => {
          running.add(name);
          let lastError = "";
          try {
            const done = await jobs[name].run({ ...context, prisma, now });
            if (done > 0) console.info(`[${name}] ${done}`);
          } catch (error) {
            lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
            console.error(`[${name}]`, error);
          } finally {
            running.delete(name);
          }
          await prisma.scheduledJob.update({ where: { name }, data: { lastError } }).catch(() => {});
        }),
      );
      return claimed.map(({ name }) => name);
    },
  };
}

/** Ticks `scheduler` now and every `tickMs` in this process; errors are logged and the next tick tries again. */
export function startTicking(scheduler: Scheduler, tickMs: number): void {
  const tick = () => void scheduler.runDue().catch((error) => console.error("[scheduler]", error));
  setInterval(tick, tickMs).unref();
  tick();
}
