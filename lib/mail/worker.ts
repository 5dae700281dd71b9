import nodemailer, { type Transporter } from "nodemailer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readMailAttachments } from "./outbox";

export const MAX_ATTEMPTS = 6;
// How long a claimed message stays reserved for one worker; if it dies mid-send, another retries after this.
const LEASE_SECONDS = 120;

/** Backoff after a failed attempt: 1, 5, 15, 60, 240 minutes. */
export function retryDelayMinutes(attempt: number): number {
  return [1, 5, 15, 60, 240][Math.min(Math.max(attempt, 1), 5) - 1]!;
}

interface ClaimedMessage {
  id: string;
  toAddress: string;
  subject: string;
  html: string;
  text: string;
  attempts: number;
  attachments: unknown;
}

export interface DeliveryResult {
  sent: number;
  retrying: number;
  failed: number;
}

export function createSmtpTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl);
}

/**
 * Sends the outbox messages that are due. Several workers (app instances) can run this at once:
 * each claims its rows with FOR UPDATE SKIP LOCKED and a short lease, so no row is sent by two of them.
 */
export async function deliverDueMail(
  prisma: PrismaClient,
  transport: Transporter,
  options: { from: string; batchSize?: number },
): Promise<DeliveryResult> {
  const claimed = await prisma.$queryRawUnsafe<ClaimedMessage[]>(
    `UPDATE "OutboxMessage" SET "notBefore" = now() + ($2 * interval '1 second'), "attempts" = "attempts" + 1
     WHERE "id" IN (
       SELECT "id" FROM "OutboxMessage"
       WHERE "status" = 'PENDING' AND "notBefore" <= now()
       ORDER BY "notBefore" LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING "id", "toAddress", "subject", "html", "text", "attempts", "attachments"`,
    options.batchSize ?? 20,
    LEASE_SECONDS,
  );
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  for (const message of claimed) {
    try {
      await transport.sendMail({
        from: options.from,
        to: message.toAddress,
        subject: message.subject,
        html: message.html,
        text: message.text,
        attachments: readMailAttachments(message.attachments).map((file) => ({
          filename: file.filename,
          content: file.content,
          contentType: file.contentType,
        })),
        messageId: `<${message.id}@expeditie-zorg.local>`,
      });
      // The body may hold a personal link: once delivered it is not kept in the database. (updateMany: the
      // message may have been deleted meanwhile, when its recipient was erased.)
      await prisma.outboxMessage.updateMany({
        where: { id: message.id },
        data: { status: "SENT", sentAt: new Date(), html: "", text: "", attachments: [], lastError: "" },
      });
      result.sent++;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const final = message.attempts >= MAX_ATTEMPTS;
      await prisma.outboxMessage.updateMany({
        where: { id: message.id },
        data: {
          status: final ? "FAILED" : "PENDING",
          lastError: reason.slice(0, 500),
          notBefore: new Date(Date.now() + retryDelayMinutes(message.attempts) * 60_000),
        },
      });
      if (final) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}
