import { z } from "zod";
import { idField, idList, optionalText } from "@/lib/validation";
import { GROUP_NAMES } from "./groups";

/** A checkbox list of group names. */
const groupList = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(GROUP_NAMES, "selectRecipients")),
);

export const sendInvitationsSchema = z.object({
  expeditionId: idField,
  // "" or absent: the whole expedition.
  programmeId: z
    .union([z.literal(""), idField])
    .optional()
    .transform((v) => v || null),
  mandataryIds: idList.pipe(z.array(idField).max(500, "selectRecipients")),
  groups: groupList,
});

export const resendInvitationSchema = z.object({ invitationId: idField, batchId: z.uuid().optional() });

export const changeNoticesSchema = z.object({
  expeditionId: idField,
  invitationIds: idList.pipe(z.array(idField).min(1, "selectInvitees").max(500, "selectInvitees")),
});

export const RSVP_ANSWERS = ["ACCEPTED", "MAYBE", "DECLINED"] as const;

export const rsvpSchema = z.object({
  token: z.string().max(100, "linkInvalid"),
  answer: z.enum(RSVP_ANSWERS, "answerRequired"),
  stopIds: idList.pipe(z.array(idField).max(100, "notFound")),
  companionName: optionalText(120),
  dietaryNeeds: optionalText(500),
  mobilityNeeds: optionalText(500),
  note: optionalText(1000),
});
