import { z } from "zod";

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const visitingHoursSchema = z.array(
  z.object({
    weekday: z.number().int().min(1).max(7),
    from: z.string().regex(/^\d{2}:\d{2}$/),
    to: z.string().regex(/^\d{2}:\d{2}$/),
  }),
);

export type VisitingHours = z.infer<typeof visitingHoursSchema>;

/** The stored JSON column, read defensively: anything malformed counts as "no hours given". */
export function readVisitingHours(json: unknown): VisitingHours {
  const parsed = visitingHoursSchema.safeParse(json);
  return parsed.success ? parsed.data : [];
}
