// Route handlers run in the integration tests as in Next.js, with the signed-in member and the locale stubbed:
//   vi.mock("@/lib/auth/session", async () => (await import("../helpers/route-context")).sessionModule());
//   vi.mock("next-intl/server", async () => (await import("../helpers/route-context")).intlModule());
// and then `signedIn.member = …` before each request.
import { can, type Action } from "@/lib/auth/policy";
import type { Member } from "@/lib/auth/session";

export const signedIn: { member: Member | null } = { member: null };

export async function sessionModule() {
  const { notFound } = await import("next/navigation");
  return {
    requireMember: async (action?: Action) => {
      if (!signedIn.member || (action && !can(signedIn.member, action))) notFound();
      return signedIn.member!;
    },
  };
}

export async function intlModule() {
  const { createTranslator } = await import("next-intl");
  const nl = (await import("@/lib/i18n/messages/nl.json")).default;
  return {
    getLocale: async () => "nl",
    getTranslations: async (namespace: string) => createTranslator({ locale: "nl", messages: nl, namespace } as never),
  };
}
