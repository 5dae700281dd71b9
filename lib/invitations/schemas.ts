import { z } from "zod";
import { idField, idList, optionalText } from "@/lib/validation";

export const sendInvitationsSchema = z.object({
  expeditionId: idField,
  mandataryIds: idList.pipe(z.array(idField).min(1, "selectMandataries").max(500, "selectMandataries")),
});

export const resendInvitationSchema = z.object({ invitationId: idField });

export const RSVP_ANSWERS = ["ACCEPTED", "DECLINED"] as const;

export const rsvpSchema = z.object({
  token: z.string().max(100, "linkInvalid"),
  answer: z.enum(RSVP_ANSWERS, "answerRequired"),
  note: optionalText(1000),
});
