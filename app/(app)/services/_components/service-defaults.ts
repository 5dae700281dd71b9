import type { CareService } from "@/lib/generated/prisma/client";
import { readVisitingHours, WEEKDAYS } from "@/lib/services/visiting-hours";
import type { ServiceDefaults } from "./service-form";

const EMPTY_FIELDS = [
  "name",
  "type",
  "street",
  "postalCode",
  "city",
  "latitude",
  "longitude",
  "contactName",
  "contactEmail",
  "contactPhone",
  "maxGroupSize",
  "minVisitMinutes",
  "dressCode",
  "accessibilityNotes",
  "handsOnActivities",
];

/** The details form's values: empty for a new service, else the saved ones as text. */
export function serviceDefaults(service?: CareService): ServiceDefaults {
  const defaults: ServiceDefaults = Object.fromEntries(EMPTY_FIELDS.map((name) => [name, ""]));
  if (!service) return defaults;
  for (const name of EMPTY_FIELDS) {
    const value = service[name as keyof CareService];
    defaults[name] = Array.isArray(value) ? value.join("\n") : value === null ? "" : String(value);
  }
  for (const slot of readVisitingHours(service.visitingHours)) {
    if (!WEEKDAYS.includes(slot.weekday as never)) continue;
    defaults[`visitFrom${slot.weekday}`] = slot.from;
    defaults[`visitTo${slot.weekday}`] = slot.to;
  }
  return defaults;
}
