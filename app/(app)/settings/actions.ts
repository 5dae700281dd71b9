"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions";
import { COORDINATOR_ONLY } from "@/lib/auth/session";
import { updateSettings } from "@/lib/organization/mutations";
import { settingsSchema } from "@/lib/organization/schemas";

export const updateSettingsAction = memberAction(COORDINATOR_ONLY, settingsSchema, async (input, member) => {
  await updateSettings(member, input);
  revalidatePath("/", "layout");
  return { ok: true, message: (await getTranslations("settings"))("saved") };
});
