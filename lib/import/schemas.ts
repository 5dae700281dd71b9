import { z } from "zod";
import { idField } from "@/lib/validation";
import { IMPORT_FIELDS, IMPORT_KINDS, type ImportKind, type Mapping } from "./fields";
import { MAX_IMPORT_BYTES } from "./read-spreadsheet";

// Messages are keys of the "validation" catalog namespace.

export const importKindField = z.enum(IMPORT_KINDS, "notFound");

/** The upload form's file (read from the FormData directly: form objects carry text only). */
export const uploadFileField = z
  .instanceof(File, { message: "importNoFile" })
  .refine((file) => file.size > 0, { message: "importEmpty" })
  .refine((file) => file.size <= MAX_IMPORT_BYTES, { message: "importTooLarge" });

export const uploadSchema = z.object({ kind: importKindField });

/** The confirmation: the draft and the mapping as `col-<field>` = column number (see mappingParam). */
export const confirmSchema = z
  .object({ kind: importKindField, draftId: idField })
  .catchall(z.union([z.string(), z.array(z.string())]));

export const mappingParam = (field: string) => `col-${field}`;

/**
 * The mapping in a query string or form: `col-firstName=0` maps the first column, an empty value none.
 * Null when the page was opened without one (then the columns are guessed). A value that is not a column
 * number stays as -1 so the mapping check reports it.
 */
export function readMapping(kind: ImportKind, params: Record<string, unknown>): Mapping | null {
  if (!IMPORT_FIELDS[kind].some((field) => mappingParam(field.key) in params)) return null;
  const mapping: Mapping = {};
  for (const field of IMPORT_FIELDS[kind]) {
    const raw = params[mappingParam(field.key)];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value !== "string" || value === "") continue;
    mapping[field.key] = /^\d{1,4}$/.test(value) ? Number(value) : -1;
  }
  return mapping;
}
