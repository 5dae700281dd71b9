import type { Prisma } from "@/lib/generated/prisma/client";
import type { MailContent } from "./render";

export interface OutgoingMail extends MailContent {
  organizationId: string | null;
  /** The same key never produces a second message. */
  idempotencyKey: string;
  kind: string;
  to: string;
  notBefore?: Date;
}

/** Writes the mail into the outbox inside the caller's transaction; the worker sends it. */
export async function enqueueMail(tx: Prisma.TransactionClient, mail: OutgoingMail): Promise<void> {
  await tx.outboxMessage.upsert({
    where: { idempotencyKey: mail.idempotencyKey },
    update: {},
    create: {
      organizationId: mail.organizationId,
      idempotencyKey: mail.idempotencyKey,
      kind: mail.kind,
      toAddress: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      notBefore: mail.notBefore ?? new Date(),
    },
  });
}
