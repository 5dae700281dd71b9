// A route parameter that cannot be an id ("/api/services/%00/sheet") is a 404 before any query, not an exception
// from the database (PostgreSQL refuses the NUL character in text).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as personalData } from "@/app/api/mandataries/[mandataryId]/personal-data/route";
import { GET as daySheet } from "@/app/api/programmes/[programmeId]/day-sheet/route";
import { GET as serviceSheet } from "@/app/api/services/[serviceId]/sheet/route";
import { GET as banner } from "@/app/banner/[organizationId]/route";
import ServicePage from "@/app/(app)/services/[serviceId]/page";
import ExpeditionPage from "@/app/(app)/expeditions/[expeditionId]/page";
import { createMember } from "../helpers/factories";
import { signedIn } from "../helpers/route-context";

vi.mock("@/lib/auth/session", async () => (await import("../helpers/route-context")).sessionModule());
vi.mock("next-intl/server", async () => (await import("../helpers/route-context")).intlModule());

// What Next.js passes for "%00", "%00abc" and the like: the decoded text.
const MALFORMED = ["\u0000", "cm1\u0000abc", "\u0000".repeat(40), ""];
const notFound = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };
const request = () => new Request("http://localhost/x");

beforeAll(async () => {
  signedIn.member = await createMember("Gemeente Herenthout");
});

describe("route parameters that are no id", () => {
  it("answer 404 from the API routes", async () => {
    for (const id of MALFORMED) {
      await expect(personalData(request(), { params: Promise.resolve({ mandataryId: id }) })).rejects.toMatchObject(
        notFound,
      );
      await expect(daySheet(request(), { params: Promise.resolve({ programmeId: id }) })).rejects.toMatchObject(
        notFound,
      );
      await expect(serviceSheet(request(), { params: Promise.resolve({ serviceId: id }) })).rejects.toMatchObject(
        notFound,
      );
    }
  });

  it("answer 404 from the pages", async () => {
    for (const id of MALFORMED) {
      await expect(ServicePage({ params: Promise.resolve({ serviceId: id }) })).rejects.toMatchObject(notFound);
      await expect(ExpeditionPage({ params: Promise.resolve({ expeditionId: id }) })).rejects.toMatchObject(notFound);
    }
  });

  it("give the default banner (a mail never shows a broken image)", async () => {
    const response = await banner(new Request("http://localhost/banner/%00"), {
      params: Promise.resolve({ organizationId: "\u0000" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
  });
});
