"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions";
import { inviteColleague } from "@/lib/team/mutations";
import { inviteColleagueSchema } from "@/lib/team/schemas";

export const inviteColleagueAction = memberAction("team.manage", inviteColleagueSchema, async (input, member) => {
  await inviteColleague(member, input);
  revalidatePath("/team");
  return { ok: true, message: (await getTranslations("team"))("invited", { email: input.email }) };
});
