"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions";
import { getSessionUser, setActiveOrganization } from "@/lib/auth/session";
import { acceptInvite } from "@/lib/team/mutations";
import { acceptInviteSchema, joinWithExistingAccountSchema } from "@/lib/team/schemas";

export const acceptInviteAction = publicAction(acceptInviteSchema, async (input) => {
  await acceptInvite(input.token, { name: input.name, password: input.password }, null);
  redirect("/login?joined=1");
});

export const joinWithExistingAccountAction = publicAction(joinWithExistingAccountSchema, async (input) => {
  const { organizationId } = await acceptInvite(input.token, null, (await getSessionUser())?.email ?? null);
  // Land in the organization just joined.
  await setActiveOrganization(organizationId);
  redirect("/");
});
