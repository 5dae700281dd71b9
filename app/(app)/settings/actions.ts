"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { memberAction, type ActionState } from "@/lib/actions";
import { UserError } from "@/lib/errors";
import { removeBanner, saveBanner, updateSettings } from "@/lib/organization/mutations";
import { bannerFileField, bannerIntentSchema, settingsSchema } from "@/lib/organization/schemas";

export const updateSettingsAction = memberAction("settings.edit", settingsSchema, async (input, member) => {
  await updateSettings(member, input);
  revalidatePath("/", "layout");
  return { ok: true, message: (await getTranslations("settings"))("saved") };
});

/**
 * The banner section's two forms, one action so the section shows one outcome: "upload" stores the file (it is
 * in the FormData, not the form object), "remove" goes back to the default banner.
 */
export async function bannerAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return memberAction("settings.edit", bannerIntentSchema, async ({ intent }, member) => {
    const t = await getTranslations("settings.banner");
    if (intent === "remove") {
      await removeBanner(member);
    } else {
      const file = bannerFileField.safeParse(formData.get("banner"));
      if (!file.success) throw new UserError(file.error.issues[0]?.message ?? "bannerNoFile", {}, "banner");
      await saveBanner(member, new Uint8Array(await file.data.arrayBuffer()));
    }
    revalidatePath("/settings");
    return { ok: true, message: t(intent === "remove" ? "removed" : "uploaded") };
  })(previous, formData);
}
