import { z } from "zod";
import { emailField } from "@/lib/auth/schemas";
import { dayField, optionalText, phoneField, requiredText, timeField } from "@/lib/validation";

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
