import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import type { SettingsInput } from "./schemas";

export function updateSettings(member: Member, input: SettingsInput) {
  return prisma.$transaction((tx) => tx.organization.update({ where: { id: member.organizationId }, data: input }));
}
