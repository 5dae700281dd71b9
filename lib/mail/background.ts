import { database } from "@/lib/db";
import { env } from "@/lib/env";
import { sendBriefingUpdates } from "@/lib/briefings/digest";
import { enqueueReminders } from "@/lib/invitations/reminders";
import { createSmtpTransport, deliverDueMail } from "./worker";

/** Runs `task` every `ms`, never twice at once in this instance; errors are logged, the next round tries again. */
function every(ms: number, name: string, task: () => Promise<unknown>): void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await task();
    } catch (error) {
      console.error(`[${name}]`, error);
    } finally {
      running = false;
    }
  };
  setInterval(tick, ms).unref();
}

/**
 * Sends due outbox mail every few seconds while SMTP_URL is set (without it mail stays in the outbox), and every
 * minute queues the reminders and service briefing updates that are due. Several instances may run all of it.
 */
export function startMailWorker(): void {
  every(60_000, "scheduled mail", async () => {
    const now = new Date();
    await enqueueReminders(database.prisma, now);
    await sendBriefingUpdates(database.prisma, now);
  });
  if (!env.SMTP_URL) return;
  const transport = createSmtpTransport(env.SMTP_URL);
  every(env.MAIL_WORKER_INTERVAL_MS, "mail worker", () =>
    deliverDueMail(database.prisma, transport, { from: env.MAIL_FROM }),
  );
}
