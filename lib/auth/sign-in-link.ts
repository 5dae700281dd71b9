import { prisma } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import { renderMail } from "@/lib/mail/render";
import { enqueueMail } from "@/lib/mail/outbox";
import type { MailKind } from "@/lib/mail/kinds";
import { randomUUID } from "node:crypto";

/** Puts a sign-in link in the outbox, only for an existing user (the form says the same either way). */
export async function enqueueSignInLink(email: string, url: string): Promise<void> {
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user) return;
  // At most one link a minute per address: asking again and again does not flood the inbox.
  const recent = await prisma.outboxMessage.count({
    where: {
      kind: "sign-in" satisfies MailKind,
      toAddress: user.email,
      createdAt: { gt: new Date(Date.now() - 60_000) },
    },
  });
  if (recent > 0) return;
  const t = translator("mail.signIn");
  await prisma.$transaction((tx) =>
    enqueueMail(tx, {
      organizationId: null,
      idempotencyKey: `sign-in:${randomUUID()}`,
      kind: "sign-in",
      to: user.email,
      ...renderMail({
        subject: t("subject"),
        greeting: t("greeting", { name: user.name }),
        intro: [t("intro")],
        action: { label: t("action"), url },
        footer: [t("footer")],
      }),
    }),
  );
}
