"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions";
import { sendPressInvitation } from "@/lib/press/mutations";
import { sendPressInvitationSchema } from "@/lib/press/schemas";

export const sendPressInvitationAction = memberAction(
  "press.send",
  sendPressInvitationSchema,
  async ({ expeditionId, pressContactIds }, member) => {
    const result = await sendPressInvitation(member, expeditionId, pressContactIds);
    revalidatePath(`/expeditions/${expeditionId}/press`);
    return { ok: true, message: (await getTranslations("press.invitation"))("sent", result) };
  },
);
