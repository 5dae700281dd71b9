"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions";
import { sendBriefings } from "@/lib/briefings/mutations";
import { sendBriefingsSchema } from "@/lib/briefings/schemas";

export const sendBriefingsAction = memberAction("briefings.send", sendBriefingsSchema, async (input, member) => {
  const result = await sendBriefings(member, input.expeditionId);
  revalidatePath(`/expeditions/${input.expeditionId}/briefings`);
  const t = await getTranslations("briefings");
  const missing = result.missingEmail.length > 0 ? t("missingEmail", { services: result.missingEmail.join(", ") }) : "";
  return {
    ok: true,
    message: [t("sent", { sent: result.sent, upToDate: result.upToDate }), missing].filter(Boolean).join(" "),
  };
});
