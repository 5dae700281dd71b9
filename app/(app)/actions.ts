"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { ACTIVE_ORGANIZATION_COOKIE, requireMember } from "@/lib/auth/session";

export async function switchOrganization(formData: FormData): Promise<void> {
  const member = await requireMember();
  const wanted = String(formData.get("organizationId") ?? "");
  // Only an organization the user belongs to can become active.
  if (member.organizations.some((o) => o.id === wanted)) {
    (await cookies()).set(ACTIVE_ORGANIZATION_COOKIE, wanted, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && (process.env.APP_URL ?? "").startsWith("https"),
    });
  }
  redirect("/");
}
