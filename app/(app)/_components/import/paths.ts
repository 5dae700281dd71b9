import type { ImportKind } from "@/lib/import/fields";

/** Where each kind's list lives; its import pages are under `<list>/import`. */
export const LIST_PATH: Record<ImportKind, string> = { MANDATARIES: "/mandataries", SERVICES: "/services" };
export const EXPORT_PATH: Record<ImportKind, string> = {
  MANDATARIES: "/api/export/mandataries",
  SERVICES: "/api/export/services",
};
