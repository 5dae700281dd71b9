"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions";
import { sendChangeNotices } from "@/lib/invitations/changes";
import { resendInvitation, sendInvitations } from "@/lib/invitations/mutations";
import { changeNoticesSchema, resendInvitationSchema, sendInvitationsSchema } from "@/lib/invitations/schemas";

export const sendInvitationsAction = memberAction("invitations.send", sendInvitationsSchema, async (input, member) => {
  const { batchId, invited, skipped } = await sendInvitations(member, input.expeditionId, input.mandataryIds, input);
  revalidatePath("/expeditions", "layout");
  return {
    ok: true,
    message: (await getTranslations("invitations"))("sent", { invited, skipped }),
    ...(invited > 0 ? { link: `/expeditions/${input.expeditionId}/invitations/batches/${batchId}` } : {}),
  };
});

export const resendInvitationAction = memberAction(
  "invitations.send",
  resendInvitationSchema,
  async (input, member) => {
    const mandatary = await resendInvitation(member, input.invitationId, input.batchId);
    revalidatePath("/expeditions", "layout");
    return {
      ok: true,
      message: (await getTranslations("invitations"))("resent", {
        name: `${mandatary.firstName} ${mandatary.lastName}`,
      }),
    };
  },
);

export const sendChangeNoticesAction = memberAction("invitations.send", changeNoticesSchema, async (input, member) => {
  const sent = await sendChangeNotices(member, input.expeditionId, input.invitationIds);
  revalidatePath("/expeditions", "layout");
  return { ok: true, message: (await getTranslations("invitations"))("changesSent", { sent }) };
});
