import { database } from "@/lib/db";
import { env } from "@/lib/env";
import { createSmtpTransport } from "@/lib/mail/worker";
import { jobs } from "./jobs";
import { createScheduler, startTicking } from "./scheduler";

/**
 * Starts this instance's scheduler: every job of ./jobs.ts, the mail job only with SMTP_URL (without it mail stays
 * in the outbox). It ticks as often as the most frequent job is due.
 */
export function startScheduler(): void {
  const smtp = env.SMTP_URL ? { transport: createSmtpTransport(env.SMTP_URL), from: env.MAIL_FROM } : undefined;
  const all = jobs({ mailIntervalMs: env.MAIL_WORKER_INTERVAL_MS });
  const scheduler = createScheduler(database.prisma, all, { smtp });
  startTicking(scheduler, Math.min(...Object.values(all).map((job) => job.everyMs)));
}
