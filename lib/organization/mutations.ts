import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { bannerImageType } from "./banner-image";
import type { SettingsInput } from "./schemas";

export function updateSettings(member: Member, input: SettingsInput) {
  return prisma.$transaction((tx) => tx.organization.update({ where: { id: member.organizationId }, data: input }));
}

/** Stores an uploaded campaign banner; the type is read from the bytes, whatever the file's name says. */
export async function saveBanner(member: Member, bytes: Uint8Array) {
  const type = bannerImageType(bytes);
  if (!type) throw new UserError("bannerNotImage", {}, "banner");
  return prisma.$transaction((tx) =>
    tx.organization.update({
      where: { id: member.organizationId },
      data: { bannerImage: new Uint8Array(bytes), bannerType: type },
      select: { id: true },
    }),
  );
}

/** Back to the banner that ships with the app. */
export async function removeBanner(member: Member) {
  return prisma.$transaction((tx) =>
    tx.organization.update({
      where: { id: member.organizationId },
      data: { bannerImage: null, bannerType: "" },
      select: { id: true },
    }),
  );
}
