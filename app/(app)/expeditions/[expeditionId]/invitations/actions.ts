"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions";
import { COORDINATOR_ONLY } from "@/lib/auth/session";
import { resendInvitation, sendInvitations } from "@/lib/invitations/mutations";
import { resendInvitationSchema, sendInvitationsSchema } from "@/lib/invitations/schemas";

export const sendInvitationsAction = memberAction(COORDINATOR_ONLY, sendInvitationsSchema, async (input, member) => {
  const result = await sendInvitations(member, input.expeditionId, input.mandataryIds);
  revalidatePath("/expeditions", "layout");
  return { ok: true, message: (await getTranslations("invitations"))("sent", result) };
});

export const resendInvitationAction = memberAction(COORDINATOR_ONLY, resendInvitationSchema, async (input, member) => {
  const mandatary = await resendInvitation(member, input.invitationId);
  revalidatePath("/expeditions", "layout");
  return {
    ok: true,
    message: (await getTranslations("invitations"))("resent", { name: `${mandatary.firstName} ${mandatary.lastName}` }),
  };
});
