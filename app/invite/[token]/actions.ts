"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions";
import { acceptInvite } from "@/lib/team/mutations";
import { acceptInviteSchema, joinWithExistingAccountSchema } from "@/lib/team/schemas";

export const acceptInviteAction = publicAction(acceptInviteSchema, async (input) => {
  await acceptInvite(input.token, { name: input.name, password: input.password });
  redirect("/login?joined=1");
});

export const joinWithExistingAccountAction = publicAction(joinWithExistingAccountSchema, async (input) => {
  await acceptInvite(input.token, null);
  redirect("/login?joined=1");
});
