import { z } from "zod";
import { emailField } from "@/lib/auth/schemas";
import { dayField, optionalText, phoneField, plainText, requiredText, timeField } from "@/lib/validation";

/** The most days ahead a reminder may go out. */
export const MAX_REMINDER_DAYS = 14;

/** Days before a date that a reminder goes out: a whole number from 0 (no reminder) to MAX_REMINDER_DAYS. */
const reminderDaysField = (byDefault: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, "reminderDaysInvalid")
    .transform(Number)
    .pipe(z.number().max(MAX_REMINDER_DAYS, "reminderDaysInvalid"))
    .optional()
    .default(byDefault);

/** A link the mandatary opens from the mail: https only, so it is never sent in the clear or as javascript:. */
function isHttpsLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export const expeditionSchema = z
  .object({
    title: requiredText(200, "titleRequired"),
    firstDay: dayField,
    lastDay: dayField,
    contactName: requiredText(120, "contactNameRequired"),
    contactEmail: emailField,
    contactPhone: phoneField,
    practicalNotes: optionalText(2000),
    rsvpDeadlineDay: dayField,
    rsvpDeadlineTime: timeField,
    // Empty: AFTERCARE_DAYS after the last day.
    aftercareEndsOn: z
      .union([z.literal(""), dayField])
      .optional()
      .default(""),
    videoUrl: plainText()
      .trim()
      .max(500, "tooLong")
      .refine((v) => v === "" || isHttpsLink(v), { message: "videoUrlInvalid" })
      .optional()
      .default(""),
    reminderDays: reminderDaysField(3),
    deadlineReminderDays: reminderDaysField(2),
  })
  .superRefine((value, ctx) => {
    if (value.lastDay < value.firstDay) {
      ctx.addIssue({ code: "custom", path: ["lastDay"], message: "lastDayBeforeFirst" });
    }
    if (value.rsvpDeadlineDay > value.firstDay) {
      ctx.addIssue({ code: "custom", path: ["rsvpDeadlineDay"], message: "deadlineAfterStart" });
    }
    if (value.aftercareEndsOn && value.aftercareEndsOn < value.lastDay) {
      ctx.addIssue({ code: "custom", path: ["aftercareEndsOn"], message: "aftercareBeforeLastDay" });
    }
    const days = (Date.parse(value.lastDay) - Date.parse(value.firstDay)) / 86_400_000;
    if (days > 31) ctx.addIssue({ code: "custom", path: ["lastDay"], message: "expeditionTooLong" });
  });

/** Days of aftercare after an expedition's last day when the coordinator sets no end. */
export const AFTERCARE_DAYS = 60;

export type ExpeditionInput = z.output<typeof expeditionSchema>;
