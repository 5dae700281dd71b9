"use server";

import { redirect } from "next/navigation";
import { requireMember, setActiveOrganization } from "@/lib/auth/session";

export async function switchOrganization(formData: FormData): Promise<void> {
  const member = await requireMember();
  const wanted = String(formData.get("organizationId") ?? "");
  // Only an organization the user belongs to can become active.
  if (member.organizations.some((o) => o.id === wanted)) {
    await setActiveOrganization(wanted);
  }
  redirect("/");
}
