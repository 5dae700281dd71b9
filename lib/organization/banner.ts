import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { prisma } from "@/lib/db";
import { appUrl } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { idField } from "@/lib/validation";
import { isBannerType } from "./banner-image";

// The campaign banner at the top of invitations: the organization's upload, else the one in public/.
// Mails link to it by organization id; the route app/banner/[organizationId] serves it to anyone.

type Db = Pick<PrismaClient, "$queryRaw">;

/** The version of the banner that ships with the app (the `v` of its URL). */
export const DEFAULT_BANNER_VERSION = "default";

/** `v` for an uploaded banner: a short hash of the image, so a new upload gets a new URL past every cache. */
export function bannerVersion(image: Uint8Array): string {
  return createHash("md5").update(image).digest("hex").slice(0, 12);
}

/** The banner's current version, hashed by the database (the image itself is not loaded). Takes a transaction. */
export async function currentBannerVersion(organizationId: string, db: Db = prisma): Promise<string> {
  const [row] = await db.$queryRaw<{ version: string | null }[]>`
    SELECT left(md5("bannerImage"), 12) AS version FROM "Organization" WHERE "id" = ${organizationId}`;
  return row?.version ?? DEFAULT_BANNER_VERSION;
}

/**
 * The banner's absolute URL, for mails. With the `version` (currentBannerVersion, read once per batch of mails)
 * the URL changes with the image, so caches and mail proxies may keep it for good; without it they keep it
 * only for minutes (see the route).
 */
export function bannerUrl(organizationId: string, version?: string): string {
  return appUrl(bannerPath(organizationId, version));
}

/** The banner's path on this app, e.g. for an <img> on a page. */
export function bannerPath(organizationId: string, version?: string): string {
  return `/banner/${encodeURIComponent(organizationId)}${version ? `?v=${encodeURIComponent(version)}` : ""}`;
}

let defaultBanner: Promise<Uint8Array> | undefined;

export interface Banner {
  bytes: Uint8Array;
  type: string;
  version: string;
}

/** The organization's banner, or the default one when it has none or the id is unknown (or no id at all). */
export async function loadBanner(organizationId: string): Promise<Banner> {
  const organization = idField.safeParse(organizationId).success
    ? await prisma.organization.findUnique({
        where: { id: organizationId },
        select: { bannerImage: true, bannerType: true },
      })
    : null;
  const image = organization?.bannerImage;
  if (image && isBannerType(organization.bannerType)) {
    return { bytes: image, type: organization.bannerType, version: bannerVersion(image) };
  }
  defaultBanner ??= readFile(path.join(process.cwd(), "public", "campaign-banner.png")).then((b) => new Uint8Array(b));
  return { bytes: await defaultBanner, type: "image/png", version: DEFAULT_BANNER_VERSION };
}
