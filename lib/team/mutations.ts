import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { hashPassword } from "@/lib/auth/password";
import { appUrl } from "@/lib/env";
import { UserError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { enqueueMail } from "@/lib/mail/outbox";
import { renderMail } from "@/lib/mail/render";
import { generateToken, hashToken } from "@/lib/tokens";
import { findOpenInvite } from "./queries";
import type { Role } from "@/lib/generated/prisma/client";

const INVITE_DAYS = 14;

export async function inviteColleague(member: Member, input: { email: string; role: Role; serviceIds: string[] }) {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.membership.findFirst({ where: inTenant(member, { user: { email: input.email } }) });
    if (existing) throw new UserError("alreadyMember", { email: input.email }, "email");
    const serviceIds = input.role === "SERVICE_CONTACT" ? input.serviceIds : [];
    const services = await tx.careService.count({ where: inTenant(member, { id: { in: serviceIds } }) });
    if (services !== serviceIds.length) throw new UserError("notFound");
    // A new invitation replaces any open one for the same address (e.g. one sent with the wrong role).
    await tx.userInvite.updateMany({
      where: inTenant(member, { email: input.email, acceptedAt: null, expiresAt: { gt: new Date() } }),
      data: { expiresAt: new Date() },
    });
    const token = generateToken();
    const invite = await tx.userInvite.create({
      data: {
        organizationId: member.organizationId,
        email: input.email,
        role: input.role,
        serviceIds,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
        invitedById: member.userId,
      },
    });
    const t = translator("mail.colleague");
    const roleName = translator("roles")(input.role);
    await enqueueMail(tx, {
      organizationId: member.organizationId,
      idempotencyKey: `colleague:${invite.id}`,
      kind: "colleague-invite",
      to: input.email,
      ...renderMail({
        subject: t("subject", { organization: member.organizationName }),
        greeting: t("greeting"),
        intro: [t("intro", { inviter: member.name, organization: member.organizationName, role: roleName })],
        action: { label: t("action"), url: appUrl(`/invite/${token}`) },
        footer: [t("footer", { days: INVITE_DAYS })],
      }),
    });
    return invite;
  });
}

/**
 * Marks the invite used and creates the account, or adds the organization to an existing account. An existing
 * account joins only when its owner is signed in: holding the link is not enough to act for someone's account.
 */
export async function acceptInvite(
  token: string,
  newAccount: { name: string; password: string } | null,
  signedInEmail: string | null,
) {
  const passwordHash = newAccount ? await hashPassword(newAccount.password) : null;
  return prisma.$transaction(async (tx) => {
    const invite = await findOpenInvite(token, new Date(), tx);
    if (!invite) throw new UserError("linkInvalid");
    const claimed = await tx.userInvite.updateMany({
      where: { id: invite.id, acceptedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count !== 1) throw new UserError("linkInvalid");
    const existing = await tx.user.findUnique({ where: { email: invite.email } });
    if (existing && signedInEmail !== existing.email) throw new UserError("signInFirst", { email: invite.email });
    if (
      existing &&
      (await tx.membership.count({ where: { userId: existing.id, organizationId: invite.organizationId } }))
    ) {
      throw new UserError("alreadyMember", { email: invite.email });
    }
    // A new account: the link was mailed to this address (and never shown in the app), so it proves the address.
    const user =
      existing ??
      (newAccount && passwordHash
        ? await tx.user.create({
            data: { email: invite.email, name: newAccount.name, passwordHash, emailVerified: new Date() },
          })
        : null);
    if (!user) throw new UserError("nameRequired", {}, "name");
    await tx.membership.create({
      data: {
        organizationId: invite.organizationId,
        userId: user.id,
        role: invite.role,
        services: { connect: invite.serviceIds.map((id) => ({ id })) },
      },
    });
    return { user, organizationId: invite.organizationId };
  });
}
