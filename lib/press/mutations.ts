import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { UserError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import type { MailContent } from "@/lib/mail/render";
import { pressInvitationMail, pressMoments } from "./press-invitation-mail";
import { PRESS_INVITATION_KIND, findPressExpedition } from "./queries";
import type { PressContactInput } from "./schemas";

export async function savePressContact(member: Member, pressContactId: string | null, input: PressContactInput) {
  return prisma.$transaction(async (tx) => {
    // A missing (or another organization's) contact first: that answer does not depend on the form's e-mail.
    const existing = pressContactId
      ? await tx.pressContact.findFirst({ where: inTenant(member, { id: pressContactId }) })
      : null;
    if (pressContactId && !existing) throw new UserError("notFound");
    const sameEmail = await tx.pressContact.findFirst({ where: inTenant(member, { email: input.email }) });
    if (sameEmail && sameEmail.id !== pressContactId) {
      throw new UserError("pressEmailTaken", { email: input.email }, "email");
    }
    if (!existing) return tx.pressContact.create({ data: { ...input, organizationId: member.organizationId } });
    return tx.pressContact.update({ where: { id: existing.id }, data: input });
  });
}

export async function removePressContact(member: Member, pressContactId: string) {
  return prisma.$transaction(async (tx) => {
    const contact = await tx.pressContact.findFirst({ where: inTenant(member, { id: pressContactId }) });
    if (!contact) throw new UserError("notFound");
    await tx.pressContact.delete({ where: { id: contact.id } });
    return contact;
  });
}

/** Short digest of a mail: the same content for the same contact is queued once, changed content once more. */
function contentHash(mail: MailContent): string {
  return createHash("sha256").update(`${mail.subject}\n${mail.html}\n${mail.text}`).digest("hex").slice(0, 16);
}

/**
 * Puts the press invitation for each chosen contact in the outbox. A contact who already got exactly this
 * content is skipped (a double click sends one mail); after a programme change they get the new version.
 */
export async function sendPressInvitation(member: Member, expeditionId: string, pressContactIds: string[]) {
  return prisma.$transaction(async (tx) => {
    const expedition = await findPressExpedition(member, expeditionId, tx);
    if (!expedition) throw new UserError("notFound");
    const moments = pressMoments(expedition);
    if (moments.length === 0) throw new UserError("noPressMoment");
    const contacts = await tx.pressContact.findMany({ where: inTenant(member, { id: { in: pressContactIds } }) });
    if (contacts.length !== new Set(pressContactIds).size) throw new UserError("notFound");
    let queued = 0;
    for (const contact of contacts) {
      const mail = pressInvitationMail({
        contactName: contact.name,
        organizationName: expedition.organization.name,
        expedition,
        moments,
      });
      const written = await enqueueMail(tx, {
        organizationId: expedition.organizationId,
        idempotencyKey: `${PRESS_INVITATION_KIND}:${expedition.id}:${contact.id}:${contentHash(mail)}`,
        kind: PRESS_INVITATION_KIND,
        to: contact.email,
        expeditionId: expedition.id,
        ...mail,
      });
      if (written) queued++;
    }
    return { queued, unchanged: contacts.length - queued };
  });
}
