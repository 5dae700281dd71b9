"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions";
import { ChecksRefused, UserError } from "@/lib/errors";
import { answerInvitation } from "@/lib/invitations/mutations";
import { rsvpAllowed } from "@/lib/invitations/rsvp-guard";
import { rsvpSchema } from "@/lib/invitations/schemas";

export const answerAction = publicAction(rsvpSchema, async ({ token, ...answer }) => {
  if (!(await rsvpAllowed(token))) throw new UserError("tooManyRequests");
  try {
    await answerInvitation(token, answer);
  } catch (error) {
    if (error instanceof ChecksRefused) {
      // The checks word a clash for the coordinator; the mandatary reads it about themselves.
      const t = await getTranslations("rsvp.clash");
      const problems = error.findings.map((f) => t(f.code === "doubleBooked" ? "doubleBooked" : "noTime", f.values));
      throw new UserError("picksClashRsvp", { problems: problems.join(" ") }, "stopIds");
    }
    if (error instanceof UserError && error.key === "optionFull") {
      throw new UserError("optionFull", error.values, "stopIds");
    }
    throw error;
  }
  redirect(`/rsvp/${token}?saved=1`);
});
