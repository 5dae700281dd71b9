import { z } from "zod";
import { emailField } from "@/lib/auth/schemas";
import { idField, idList, optionalText, phoneField, requiredText } from "@/lib/validation";

export const pressContactSchema = z.object({
  name: requiredText(120, "pressNameRequired"),
  outlet: optionalText(120),
  email: emailField,
  phone: phoneField,
});

export type PressContactInput = z.output<typeof pressContactSchema>;

export const updatePressContactSchema = pressContactSchema.extend({ pressContactId: idField });

export const removePressContactSchema = z.object({ pressContactId: idField });

export const sendPressInvitationSchema = z.object({
  expeditionId: idField,
  pressContactIds: idList.pipe(z.array(idField).min(1, "selectPressContacts").max(200, "selectPressContacts")),
});
