import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/banner/[organizationId]/route";
import type { Member } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { UserError } from "@/lib/errors";
import { bannerUrl, currentBannerVersion, DEFAULT_BANNER_VERSION } from "@/lib/organization/banner";
import { removeBanner, saveBanner } from "@/lib/organization/mutations";
import { createMember } from "../helpers/factories";
import { solidPng } from "../helpers/png";

// The public banner route, as a mail client calls it: no session, only the organization id and `v`.

const DEFAULT_BANNER = new Uint8Array(readFileSync(path.resolve("public", "campaign-banner.png")));
const PNG = new Uint8Array(solidPng(40, 10, [200, 16, 46]));
// The first bytes of a JPEG are all the app checks; the route serves the stored bytes as they are.
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

let a: Member;
let b: Member;

async function fetchBanner(organizationId: string, version?: string | null) {
  const url = version === undefined ? bannerUrl(organizationId) : bannerUrl(organizationId, version ?? undefined);
  const response = await GET(new Request(url), { params: Promise.resolve({ organizationId }) });
  return { response, body: new Uint8Array(await response.arrayBuffer()) };
}

beforeAll(async () => {
  a = await createMember("Gemeente Herenthout");
  b = await createMember("Gemeente Heidebeek");
});

describe("the campaign banner route", () => {
  it("serves the default banner, as a PNG, to an organization without its own", async () => {
    expect(await currentBannerVersion(b.organizationId)).toBe(DEFAULT_BANNER_VERSION);
    const { response, body } = await fetchBanner(b.organizationId, DEFAULT_BANNER_VERSION);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(body).toEqual(DEFAULT_BANNER);
  });

  it("serves the default banner, never a 404, for an unknown or malformed id", async () => {
    for (const id of ["cm0000000000000000000000", "../../etc/passwd", "x".repeat(500), "\u0000", "cm1\u0000"]) {
      const { response, body } = await fetchBanner(id);
      expect(response.status, id).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(body).toEqual(DEFAULT_BANNER);
    }
  });

  it("serves an uploaded banner with its type, under a URL that changes with the image", async () => {
    await saveBanner(a, PNG);
    const version = await currentBannerVersion(a.organizationId);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    const url = bannerUrl(a.organizationId, version);
    expect(url).toBe(appUrl(`/banner/${a.organizationId}?v=${version}`));

    const { response, body } = await fetchBanner(a.organizationId, version);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(body).toEqual(PNG);
    // The database's hash (in the URL) and the route's (the ETag) agree, so a current URL may be cached for good.
    expect(response.headers.get("etag")).toBe(`"${version}"`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("lets caches keep a URL without the current version only briefly", async () => {
    for (const version of [null, "0123456789ab", DEFAULT_BANNER_VERSION]) {
      const { response, body } = await fetchBanner(a.organizationId, version);
      expect(body).toEqual(PNG);
      expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    }
  });

  it("never serves one organization's banner for another's id", async () => {
    await saveBanner(b, JPEG);
    const ofB = await fetchBanner(b.organizationId, await currentBannerVersion(b.organizationId));
    expect(ofB.response.headers.get("content-type")).toBe("image/jpeg");
    expect(ofB.body).toEqual(JPEG);
    const ofA = await fetchBanner(a.organizationId, await currentBannerVersion(a.organizationId));
    expect(ofA.response.headers.get("content-type")).toBe("image/png");
    expect(ofA.body).toEqual(PNG);
    expect(await currentBannerVersion(b.organizationId)).not.toBe(await currentBannerVersion(a.organizationId));
  });

  it("refuses a file that is not a PNG or JPEG, whatever its name, and keeps the banner", async () => {
    const text = new TextEncoder().encode("Dit is geen afbeelding, al heet het banner.png.\n");
    const refusal = saveBanner(a, text);
    await expect(refusal).rejects.toThrow(UserError);
    await expect(refusal).rejects.toMatchObject({ key: "bannerNotImage", field: "banner" });
    const stored = await prisma.organization.findUniqueOrThrow({ where: { id: a.organizationId } });
    expect(stored.bannerType).toBe("image/png");
    expect(new Uint8Array(stored.bannerImage!)).toEqual(PNG);
  });

  it("goes back to the default banner, under a new URL, when the banner is removed", async () => {
    const before = await currentBannerVersion(a.organizationId);
    await removeBanner(a);
    expect(await currentBannerVersion(a.organizationId)).toBe(DEFAULT_BANNER_VERSION);
    expect(bannerUrl(a.organizationId, DEFAULT_BANNER_VERSION)).not.toBe(bannerUrl(a.organizationId, before));
    const { response, body } = await fetchBanner(a.organizationId, DEFAULT_BANNER_VERSION);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(body).toEqual(DEFAULT_BANNER);
    // The other organization's banner is untouched.
    expect((await fetchBanner(b.organizationId)).body).toEqual(JPEG);
  });
});
