import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";

/**
 * The outbox rows about one mandatary: addressed to their current address, or mails of their invitations
 * (sent before an address change): by invitationId, and by key for invitation mails written before that column.
 */
export function theirMail(member: Member, email: string, invitationIds: string[]) {
  return inTenant(member, {
    OR: [
      { toAddress: email },
      { invitationId: { in: invitationIds } },
      ...invitationIds.map((id) => ({ idempotencyKey: { startsWith: `invitation:${id}:` } })),
    ],
  });
}
