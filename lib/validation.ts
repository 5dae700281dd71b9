import { z } from "zod";

// Field builders shared by the forms' zod schemas. Messages are keys of the "validation" catalog namespace.

export const requiredText = (max: number, key: string) => z.string().trim().min(1, key).max(max, "tooLong");
export const optionalText = (max: number) => z.string().trim().max(max, "tooLong").optional().default("");

/** "2027-03-16"; impossible days such as 2027-02-30 are refused, not rolled over. */
export const dayField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dayInvalid")
  .refine((v) => !Number.isNaN(Date.parse(v)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "dayInvalid");
export const timeField = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "timeInvalid");
export const idField = z.string().trim().min(1, "notFound").max(40, "notFound");

export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "emailInvalid")
  .refine((v) => v === "" || z.email().safeParse(v).success, "emailInvalid")
  .optional()
  .default("");

export const phoneField = z
  .string()
  .trim()
  .max(30, "phoneInvalid")
  .regex(/^[+0-9 ()./-]*$/, "phoneInvalid")
  .optional()
  .default("");

/** A checkbox list: absent, one value or several. */
export const idList = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(idField));

/** "51,2031" or "51.2031"; empty means "not given" (null) unless required. */
export const coordinate = (min: number, max: number, key: string, required: boolean) =>
  z
    .string()
    .trim()
    .optional()
    .default("")
    .refine((v) => !required || v !== "", key)
    .transform((v) => (v === "" ? null : Number(v.replace(",", "."))))
    .pipe(z.number(key).min(min, key).max(max, key).nullable());

/** An optional whole number typed in a form: "" → null. */
export const optionalCount = (min: number, max: number, key: string) =>
  z
    .string()
    .trim()
    .optional()
    .default("")
    .transform((v) => (v === "" ? null : Number(v)))
    .pipe(z.number(key).int(key).min(min, key).max(max, key).nullable());

/** A checkbox: "on" when ticked, absent when not. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
