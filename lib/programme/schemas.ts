import { z } from "zod";
import { dayField, idField, optionalText, requiredText, timeField } from "@/lib/validation";

export const programmeSchema = z.object({
  expeditionId: idField,
  name: requiredText(120, "programmeNameRequired"),
  day: dayField,
});

export const stopSchema = z
  .object({
    programmeId: idField,
    serviceId: z.string().trim().min(1, "serviceRequired").max(40, "serviceRequired"),
    startTime: timeField,
    endTime: timeField,
    activity: optionalText(500),
  })
  .refine((v) => v.endTime > v.startTime, { path: ["endTime"], message: "endBeforeStart" });

export const removeStopSchema = z.object({ stopId: idField });
