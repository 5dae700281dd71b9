import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import type { MailKind } from "./kinds";

export function listOutbox(member: Member) {
  return prisma.outboxMessage.findMany({
    where: inTenant(member),
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      toAddress: true,
      subject: true,
      status: true,
      kind: true,
      createdAt: true,
      sentAt: true,
      lastError: true,
    },
  });
}

/** Mails whose link gives access to an account: only their recipient may ever see them, not the mailbox. */
export const PRIVATE_MAIL_KINDS: readonly string[] = ["colleague-invite"] satisfies MailKind[];

export const getOutboxMessage = cache(async (member: Member, id: string) => {
  const message = await prisma.outboxMessage.findFirst({ where: inTenant(member, { id }) });
  if (!message) return null;
  const isPrivate = PRIVATE_MAIL_KINDS.includes(message.kind);
  return { ...message, isPrivate, text: isPrivate ? "" : message.text, html: isPrivate ? "" : message.html };
});
