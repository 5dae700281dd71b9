import { z } from "zod";
import { optionalEmail, phoneField, requiredText } from "@/lib/validation";

export const SERVICE_TYPES = [
  "CHILDCARE",
  "AFTER_SCHOOL_CARE",
  "HOME_CARE",
  "RESIDENTIAL_CARE",
  "DAY_CARE",
  "LOCAL_SERVICE_CENTRE",
  "SOCIAL_SERVICE",
  "OTHER",
] as const;

const coordinate = (min: number, max: number, key: string) =>
  z
    .string()
    .trim()
    .min(1, key)
    .transform((v) => Number(v.replace(",", ".")))
    .pipe(z.number(key).min(min, key).max(max, key));

export const serviceSchema = z.object({
  name: requiredText(160, "serviceNameRequired"),
  type: z.enum(SERVICE_TYPES, "serviceTypeRequired"),
  street: requiredText(160, "streetRequired"),
  postalCode: z
    .string()
    .trim()
    .regex(/^[1-9]\d{3}$/, "postalCodeInvalid"),
  city: requiredText(80, "cityRequired"),
  latitude: coordinate(-90, 90, "latitudeInvalid"),
  longitude: coordinate(-180, 180, "longitudeInvalid"),
  contactName: requiredText(120, "contactNameRequired"),
  contactEmail: optionalEmail,
  contactPhone: phoneField,
});

export type ServiceInput = z.output<typeof serviceSchema>;
