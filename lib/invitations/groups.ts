import type { MandataryRole } from "@/lib/generated/prisma/enums";

// Whom a coordinator invites at once (seed 000: "het college, de voltallige gemeenteraad, de algemeen directeur,
// diensthoofden, het managementteam"; seed 001: Flemish policy makers as external guests).
export const RECIPIENT_GROUPS = {
  college: ["MAYOR", "ALDERMAN", "SOCIAL_COMMITTEE_CHAIR"],
  council: ["MAYOR", "ALDERMAN", "SOCIAL_COMMITTEE_CHAIR", "COUNCIL_MEMBER"],
  socialCommittee: ["SOCIAL_COMMITTEE_CHAIR", "SOCIAL_COMMITTEE_MEMBER"],
  generalDirector: ["GENERAL_DIRECTOR"],
  headsOfService: ["HEAD_OF_SERVICE"],
  managementTeam: ["GENERAL_DIRECTOR", "MANAGEMENT_TEAM"],
  external: ["FLEMISH_POLICY_MAKER", "OTHER"],
} as const satisfies Record<string, readonly MandataryRole[]>;

export type RecipientGroup = keyof typeof RECIPIENT_GROUPS;
export const GROUP_NAMES = Object.keys(RECIPIENT_GROUPS) as RecipientGroup[];

/** The roles in any of the groups, each once. */
export function rolesOfGroups(groups: readonly RecipientGroup[]): MandataryRole[] {
  return [...new Set(groups.flatMap((group) => RECIPIENT_GROUPS[group]))];
}
