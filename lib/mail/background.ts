import { database } from "@/lib/db";
import { env } from "@/lib/env";
import { createSmtpTransport, deliverDueMail } from "./worker";

/** Sends due outbox mail every few seconds while SMTP_URL is set; without it mail stays in the outbox. */
export function startMailWorker(): void {
  if (!env.SMTP_URL) return;
  const transport = createSmtpTransport(env.SMTP_URL);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await deliverDueMail(database.prisma, transport, { from: env.MAIL_FROM });
    } catch (error) {
      console.error("[mail worker]", error);
    } finally {
      running = false;
    }
  };
  setInterval(tick, env.MAIL_WORKER_INTERVAL_MS).unref();
}
