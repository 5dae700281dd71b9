import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "./password-rules";

// Messages are keys of the "validation" catalog namespace; forms translate them.
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "emailRequired")
  .max(254, "emailInvalid")
  .pipe(z.email("emailInvalid"));

export const loginSchema = z.object({
  email: emailField,
  password: z.string().min(1, "passwordRequired").max(200, "passwordRequired"),
});

export const newPasswordField = z.string().min(MIN_PASSWORD_LENGTH, "passwordTooShort").max(200, "passwordTooLong");
