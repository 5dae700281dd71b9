import type { Role } from "@/lib/generated/prisma/client";

const COORDINATOR: readonly Role[] = ["COORDINATOR"];
const OFFICE: readonly Role[] = ["COORDINATOR", "COMMUNICATION_OFFICER"];
const SERVICE_EDITORS: readonly Role[] = ["COORDINATOR", "SERVICE_CONTACT"];
const EVERYONE: readonly Role[] = ["COORDINATOR", "COMMUNICATION_OFFICER", "SERVICE_CONTACT"];

/** Who may do what: every page, action, download and menu asks `can` with one of these actions. */
export const POLICY = {
  "expeditions.read": OFFICE,
  "expeditions.edit": COORDINATOR,
  "programmes.edit": COORDINATOR,
  "daysheets.read": OFFICE,
  "invitations.read": OFFICE,
  "invitations.send": COORDINATOR,
  "briefings.read": OFFICE,
  "briefings.send": COORDINATOR,
  "press.send": OFFICE,
  "pressContacts.edit": OFFICE,
  "mandataries.read": OFFICE,
  "mandataries.edit": COORDINATOR,
  /** Dietary and mobility needs, the subject access export and erasure: not for the communication officer. */
  "mandataries.personalData": COORDINATOR,
  "services.read": EVERYONE,
  /** Every service of the organization; a service contact sees and edits only their own (lib/services/queries.ts). */
  "services.all": OFFICE,
  "services.create": COORDINATOR,
  "services.edit": SERVICE_EDITORS,
  "syllabus.read": OFFICE,
  "lists.export": OFFICE,
  "lists.import": COORDINATOR,
  "team.manage": COORDINATOR,
  "mailbox.read": COORDINATOR,
  "settings.edit": COORDINATOR,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;

/**
 * May this member do `action`? With a `resource`, it must also be of the member's organization: another
 * organization's row is refused whatever the role.
 */
export function can(
  member: { role: Role; organizationId: string },
  action: Action,
  resource?: { organizationId: string },
): boolean {
  if (resource && resource.organizationId !== member.organizationId) return false;
  return POLICY[action].includes(member.role);
}
