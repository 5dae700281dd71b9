import { z } from "zod";
import { emailField, newPasswordField } from "@/lib/auth/schemas";
import { idList, requiredText } from "@/lib/validation";

export const ROLES = ["COORDINATOR", "COMMUNICATION_OFFICER", "SERVICE_CONTACT"] as const;

export const inviteColleagueSchema = z
  .object({
    email: emailField,
    role: z.enum(ROLES, "roleRequired"),
    serviceIds: idList,
  })
  .refine((v) => v.role !== "SERVICE_CONTACT" || v.serviceIds.length > 0, {
    path: ["serviceIds"],
    message: "serviceContactNeedsService",
  });

export const acceptInviteSchema = z.object({
  token: z.string().max(100, "linkInvalid"),
  name: requiredText(120, "nameRequired"),
  password: newPasswordField,
});

export const joinWithExistingAccountSchema = z.object({ token: z.string().max(100, "linkInvalid") });
