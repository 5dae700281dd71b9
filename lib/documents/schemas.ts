import { z } from "zod";

/** `?services=id1,id2`: the participating services; absent or empty means all of them. */
export const syllabusQuerySchema = z.object({
  services: z
    .string()
    .max(20_000)
    .optional()
    .transform((value) => [...new Set((value ?? "").split(",").map((id) => id.trim()))].filter(Boolean))
    .pipe(z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)).max(500))
    .transform((ids) => (ids.length === 0 ? ("all" as const) : ids)),
});
