import { prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { translator } from "@/lib/i18n/translator";
import { renderMail } from "@/lib/mail/render";
import { enqueueMail } from "@/lib/mail/outbox";
import { allowRequest } from "@/lib/rate-limit/windows";
import { randomUUID } from "node:crypto";
import { emailField } from "./schemas";

/** How long an e-mailed sign-in link works. */
export const SIGN_IN_LINK_MAX_AGE_S = 15 * 60;

/**
 * The user a sign-in link may be made for: an existing one, at most once a minute per address. Anyone may ask
 * (the form says the same either way), so unknown addresses and repeats leave nothing in the database.
 * next-auth asks for the mail and the token at the same time; each asks here with its own counter, and both count
 * the same requests in the same minute (that of the request, from `expires`), so they always agree.
 */
async function signInLinkUser(email: string, expires: Date, part: "mail" | "token") {
  const parsed = emailField.safeParse(email);
  if (!parsed.success) return null;
  const user = await prisma.user.findUnique({ where: { email: parsed.data } });
  if (!user) return null;
  const requestedAt = new Date(expires.getTime() - SIGN_IN_LINK_MAX_AGE_S * 1000);
  const allowed = await allowRequest(prisma, [{ key: `sign-in-${part}:${user.email}`, limit: 1 }], requestedAt);
  return allowed ? user : null;
}

/** The adapter's part: keeps the link's token (hashed by next-auth), only when a mail carries it. */
export async function storeSignInToken(token: { identifier: string; token: string; expires: Date }): Promise<void> {
  if (await signInLinkUser(token.identifier, token.expires, "token")) {
    await prisma.verificationToken.create({ data: token });
  }
}

/** Puts a sign-in link in the outbox, under the same condition as its token. */
export async function enqueueSignInLink(email: string, url: string, expires: Date): Promise<void> {
  const user = await signInLinkUser(email, expires, "mail");
  if (!user) return;
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

/** Forgets sign-in tokens that no longer work (hourly, lib/scheduler); answers how many. */
export async function forgetExpiredSignInTokens(db: PrismaClient, now: Date): Promise<number> {
  const { count } = await db.verificationToken.deleteMany({ where: { expires: { lt: now } } });
  return count;
}
