import { z } from "zod";
import {
  checkbox,
  coordinate,
  dayField,
  optionalCount,
  optionalEmail,
  optionalText,
  phoneField,
  plainText,
  requiredText,
  timeField,
} from "@/lib/validation";
import { WEEKDAYS, type VisitingHours, type Weekday } from "./visiting-hours";

export const SERVICE_TYPES = [
  "CHILDCARE",
  "AFTER_SCHOOL_CARE",
  "HOME_CARE",
  "RESIDENTIAL_CARE",
  "DAY_CARE",
  "SHORT_STAY",
  "ASSISTED_LIVING",
  "LOCAL_SERVICE_CENTRE",
  "SOCIAL_SERVICE",
  "PARENTING_SUPPORT",
  "SOCIAL_RESTAURANT",
  "PROJECT",
  "OTHER",
] as const;

/** One line per item; blank lines and repeats dropped. */
export function parseLines(value: string): string[] {
  const seen = new Set<string>();
  return value
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !seen.has(line.toLowerCase()) && seen.add(line.toLowerCase()));
}

const optionalTime = z
  .union([z.literal(""), timeField])
  .optional()
  .default("");

/** Per weekday a "from" and "to" field (visitFrom1 … visitTo7); both empty means no visits that day. */
const visitingHoursFields = Object.fromEntries(
  WEEKDAYS.flatMap((day) => [
    [`visitFrom${day}`, optionalTime],
    [`visitTo${day}`, optionalTime],
  ]),
) as Record<`visitFrom${Weekday}` | `visitTo${Weekday}`, typeof optionalTime>;

const serviceObject = (coordinatesRequired: boolean) =>
  z
    .object({
      name: requiredText(160, "serviceNameRequired"),
      type: z.enum(SERVICE_TYPES, "serviceTypeRequired"),
      street: requiredText(160, "streetRequired"),
      postalCode: z
        .string()
        .trim()
        .regex(/^[1-9]\d{3}$/, "postalCodeInvalid"),
      city: requiredText(80, "cityRequired"),
      latitude: coordinate(-90, 90, "latitudeInvalid", coordinatesRequired),
      longitude: coordinate(-180, 180, "longitudeInvalid", coordinatesRequired),
      contactName: requiredText(120, "contactNameRequired"),
      contactEmail: optionalEmail,
      contactPhone: phoneField,
      maxGroupSize: optionalCount(1, 500, "groupSizeInvalid"),
      minVisitMinutes: optionalCount(5, 600, "minVisitInvalid"),
      dressCode: optionalText(500),
      accessibilityNotes: optionalText(1000),
      handsOnActivities: plainText()
        .max(2000, "tooLong")
        .optional()
        .default("")
        .transform(parseLines)
        .pipe(z.array(z.string().max(160, "activityTooLong")).max(20, "tooManyActivities")),
      ...visitingHoursFields,
    })
    .superRefine((value, ctx) => {
      if ((value.latitude === null) !== (value.longitude === null)) {
        const path = value.latitude === null ? "latitude" : "longitude";
        ctx.addIssue({ code: "custom", path: [path], message: "coordinatesIncomplete" });
      }
      for (const day of WEEKDAYS) {
        const from = value[`visitFrom${day}`];
        const to = value[`visitTo${day}`];
        if (!from && !to) continue;
        if (!from || !to) ctx.addIssue({ code: "custom", path: [`visitFrom${day}`], message: "visitHoursIncomplete" });
        else if (to <= from) ctx.addIssue({ code: "custom", path: [`visitTo${day}`], message: "visitHoursOrder" });
      }
    });

/**
 * The care service form. Without a geocoder the coordinates are required (the map pick fills them);
 * with one, both may stay empty and the address is looked up when saving.
 */
export function serviceSchemaFor({ coordinatesRequired }: { coordinatesRequired: boolean }) {
  return serviceObject(coordinatesRequired).transform(withVisitingHours);
}

/** Without a geocoder in mind: empty coordinates pass (importers and tests decide themselves). */
export const serviceSchema = serviceSchemaFor({ coordinatesRequired: false });

/** visitFrom1 … visitTo7 → [{ weekday, from, to }]. */
function withVisitingHours(value: z.output<ReturnType<typeof serviceObject>>) {
  const visitingHours: VisitingHours = WEEKDAYS.flatMap((weekday) => {
    const from = value[`visitFrom${weekday}`];
    const to = value[`visitTo${weekday}`];
    return from && to ? [{ weekday, from, to }] : [];
  });
  const fields = Object.fromEntries(Object.entries(value).filter(([key]) => !/^visit(From|To)\d$/.test(key)));
  return { ...(fields as Omit<typeof value, keyof typeof visitingHoursFields>), visitingHours };
}

export type ServiceInput = z.output<typeof serviceSchema>;

/** The presentation sheet's texts. */
export const sheetSchema = z.object({
  description: optionalText(3000),
  audience: optionalText(2000),
  challenges: optionalText(3000),
  projects: optionalText(3000),
  userParticipation: optionalText(2000),
});

export type SheetInput = z.output<typeof sheetSchema>;

/**
 * A figure as people type it in Flanders: "38.500" (thousands), "8,6" (decimal), "1.234,5", also "8.6".
 * A dot followed by exactly three digits groups thousands unless a comma is present elsewhere.
 */
export function parseFigure(text: string): number | null {
  const value = text.trim().replace(/\s/g, "");
  if (!/^-?[\d.,]+$/.test(value)) return null;
  let normalized: string;
  if (value.includes(",")) {
    if (!/^-?(\d+|[1-9]\d{0,2}(\.\d{3})+),\d+$/.test(value)) return null;
    normalized = value.replace(/\./g, "").replace(",", ".");
  } else if (/^-?[1-9]\d{0,2}(\.\d{3})+$/.test(value)) normalized = value.replace(/\./g, "");
  else normalized = value;
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  const number = Number(normalized);
  return Number.isFinite(number) ? number : null;
}

export const keyFigureSchema = z.object({
  label: requiredText(160, "figureLabelRequired"),
  value: z
    .string()
    .max(30, "figureValueInvalid")
    .transform(parseFigure)
    .pipe(z.number("figureValueInvalid").min(-1e12, "figureValueInvalid").max(1e12, "figureValueInvalid")),
  unit: optionalText(40),
  referenceDate: z
    .union([z.literal(""), dayField])
    .optional()
    .default(""),
});

/** What fits on the one-page sheet (lib/documents/service-sheet.tsx prints them all). */
export const MAX_FIGURES = 8;
export const MAX_STORIES = 6;

export type KeyFigureInput = z.output<typeof keyFigureSchema>;

export const careStorySchema = z
  .object({
    quote: requiredText(1500, "quoteRequired"),
    tellerRole: requiredText(120, "tellerRoleRequired"),
    tellerName: optionalText(120),
    nameConsent: checkbox,
    consentNote: optionalText(300),
  })
  .superRefine((value, ctx) => {
    if (value.tellerName && !value.nameConsent) {
      ctx.addIssue({ code: "custom", path: ["nameConsent"], message: "nameNeedsConsent" });
    }
    if (value.tellerName && value.nameConsent && !value.consentNote) {
      ctx.addIssue({ code: "custom", path: ["consentNote"], message: "consentNoteRequired" });
    }
  });

export type CareStoryInput = z.output<typeof careStorySchema>;
