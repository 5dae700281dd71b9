// Every recurring job of the app, in one typed list. The scheduler (./scheduler.ts) runs each one once per due
// moment across all app instances; a job must still be safe to run again (its work is idempotent or claimed).
import type { Transporter } from "nodemailer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { forgetExpiredSignInTokens } from "@/lib/auth/sign-in-link";
import { sendBriefingUpdates } from "@/lib/briefings/digest";
import { deleteExpiredDrafts } from "@/lib/import/mutations";
import { enqueueReminders } from "@/lib/invitations/reminders";
import { deliverDueMail } from "@/lib/mail/worker";
import { purgeExpiredNeeds } from "@/lib/personal-data/purge-needs";
import { forgetOldRoutes } from "@/lib/programme/routing";
import { forgetPastWindows } from "@/lib/rate-limit/windows";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface JobContext {
  prisma: PrismaClient;
  now: Date;
  /** Where outbox mail goes; without it (no SMTP_URL) mail stays in the outbox and the mail job does not run. */
  smtp?: { transport: Transporter; from: string };
}

export interface Job {
  /** How long after one due moment the next one is. */
  everyMs: number;
  /** Whether this instance can run it at all. */
  enabled?: (context: JobContext) => boolean;
  /** Does the work; answers how many things it did, for the log. */
  run: (context: JobContext) => Promise<number>;
}

/** Outbox mail is sent in rounds of this many until none is due, within one interval of the job. */
const MAIL_BATCH = 20;

export function jobs(options: { mailIntervalMs: number }) {
  return {
    "deliver-mail": {
      everyMs: options.mailIntervalMs,
      enabled: (context) => context.smtp !== undefined,
      async run({ prisma, smtp }) {
        const until = Date.now() + options.mailIntervalMs;
        let sent = 0;
        for (;;) {
          const round = await deliverDueMail(prisma, smtp!.transport, { from: smtp!.from, batchSize: MAIL_BATCH });
          const handled = round.sent + round.retrying + round.failed;
          sent += round.sent;
          if (handled < MAIL_BATCH || Date.now() >= until) return sent;
        }
      },
    },
    "queue-reminders": { everyMs: MINUTE, run: ({ prisma, now }) => enqueueReminders(prisma, now) },
    "send-briefing-updates": { everyMs: MINUTE, run: ({ prisma, now }) => sendBriefingUpdates(prisma, now) },
    "forget-rate-limit-windows": { everyMs: MINUTE, run: ({ prisma, now }) => forgetPastWindows(prisma, now) },
    "purge-expired-data": {
      everyMs: HOUR,
      async run({ prisma, now }) {
        const needs = await purgeExpiredNeeds(prisma, now);
        const drafts = await deleteExpiredDrafts(prisma, now);
        const routes = await forgetOldRoutes(prisma, now);
        const signInTokens = await forgetExpiredSignInTokens(prisma, now);
        return needs + drafts + routes + signInTokens;
      },
    },
  } satisfies Record<string, Job>;
}

export type JobName = keyof ReturnType<typeof jobs>;
