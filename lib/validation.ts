import { notFound } from "next/navigation";
import { z } from "zod";

// Field builders shared by the forms' zod schemas. Messages are keys of the "validation" catalog namespace.

/** Any text from outside. PostgreSQL cannot store the NUL character: refused here, with a message, not there. */
export const plainText = (key = "invalidCharacter") => z.string().refine((v) => !v.includes("\u0000"), key);

export const requiredText = (max: number, key: string) => plainText().trim().min(1, key).max(max, "tooLong");
export const optionalText = (max: number) => plainText().trim().max(max, "tooLong").optional().default("");

/** Years the app plans in; the database has no year 0, and 0001 or 9999 is a typing error. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

function isPlannableDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value)) return false;
  return date.getUTCFullYear() >= MIN_YEAR && date.getUTCFullYear() <= MAX_YEAR;
}

/** "2027-03-16"; impossible days such as 2027-02-30 are refused, not rolled over. */
export const dayField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dayInvalid")
  .refine(isPlannableDay, "dayInvalid");
export const timeField = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "timeInvalid");
export const idField = plainText("notFound").trim().min(1, "notFound").max(40, "notFound");

/** A route's id parameters (`[expeditionId]` …): anything that cannot be an id ("%00") is a 404, before any query. */
export function idParams<P extends Record<string, string>>(params: P): P {
  if (!Object.values(params).every((value) => idField.safeParse(value).success)) notFound();
  return params;
}

export const optionalEmail = plainText("emailInvalid")
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
