"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions";
import { answerInvitation } from "@/lib/invitations/mutations";
import { rsvpSchema } from "@/lib/invitations/schemas";

export const answerAction = publicAction(rsvpSchema, async (input) => {
  await answerInvitation(input.token, input.answer, input.note);
  redirect(`/rsvp/${input.token}?saved=1`);
});
