import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MailKind } from "./kinds";
import type { MailContent } from "./render";

const attachmentsSchema = z.array(z.object({ filename: z.string(), contentType: z.string(), content: z.string() }));

/** A file sent along with a mail, as text (an .ics). */
export type MailAttachment = z.infer<typeof attachmentsSchema>[number];

/** The JSON column (OutboxMessage.attachments) back into files. Throws on anything else: no mail goes without them. */
export function readMailAttachments(json: unknown): MailAttachment[] {
  return attachmentsSchema.parse(json);
}

export interface OutgoingMail extends MailContent {
  organizationId: string | null;
  /** The same key never produces a second message. */
  idempotencyKey: string;
  kind: MailKind;
  to: string;
  notBefore?: Date;
  attachments?: MailAttachment[];
  /** What the mail is about, so its page can show how sending goes. */
  expeditionId?: string;
  invitationId?: string;
  batchId?: string;
}

/**
 * Writes the mail into the outbox inside the caller's transaction; the worker sends it. A key that is already
 * there writes nothing (INSERT … ON CONFLICT DO NOTHING), also when two transactions try at once.
 * Answers whether this call wrote it.
 */
export async function enqueueMail(tx: Prisma.TransactionClient, mail: OutgoingMail): Promise<boolean> {
  const { count } = await tx.outboxMessage.createMany({
    data: {
      organizationId: mail.organizationId,
      idempotencyKey: mail.idempotencyKey,
      kind: mail.kind,
      toAddress: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      notBefore: mail.notBefore ?? new Date(),
      attachments: mail.attachments ?? [],
      expeditionId: mail.expeditionId ?? null,
      invitationId: mail.invitationId ?? null,
      batchId: mail.batchId ?? null,
    },
    skipDuplicates: true,
  });
  return count === 1;
}
