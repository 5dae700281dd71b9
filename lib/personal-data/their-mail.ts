import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";

/**
 * The outbox rows about one mandatary: addressed to their current address, or invitation mails of their
 * invitations (sent before an address change). Keys as written by lib/invitations/mutations.ts.
 */
export function theirMail(member: Member, email: string, invitationIds: string[]) {
  return inTenant(member, {
    OR: [{ toAddress: email }, ...invitationIds.map((id) => ({ idempotencyKey: { startsWith: `invitation:${id}:` } }))],
  });
}
