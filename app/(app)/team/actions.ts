"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions";
import { COORDINATOR_ONLY } from "@/lib/auth/session";
import { inviteColleague } from "@/lib/team/mutations";
import { inviteColleagueSchema } from "@/lib/team/schemas";

export const inviteColleagueAction = memberAction(COORDINATOR_ONLY, inviteColleagueSchema, async (input, member) => {
  await inviteColleague(member, input);
  revalidatePath("/team");
  return { ok: true, message: (await getTranslations("team"))("invited", { email: input.email }) };
});
