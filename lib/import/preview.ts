import type { z } from "zod";
import { mandatarySchema, type MandataryInput } from "@/lib/mandataries/schemas";
import { serviceSchema, type ServiceInput } from "@/lib/services/schemas";
import { IMPORT_FIELDS, KEY_FIELD, parseRole, parseServiceType, type ImportKind, type Mapping } from "./fields";
import type { SheetRow } from "./read-spreadsheet";

/** A problem with a row or the mapping: `key` is in the "validation" catalog, `field` a field key (or "row"). */
export interface ImportIssue {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

export type RowAction = "create" | "update" | "duplicate" | "invalid";

export type ImportInput = { kind: "MANDATARIES"; data: MandataryInput } | { kind: "SERVICES"; data: ServiceInput };

export interface RowPreview {
  /** The row number the spreadsheet shows (the header is row 1, the first data row 2). */
  row: number;
  /** The mapped cells as the file has them, by field key. */
  cells: Record<string, string>;
  action: RowAction;
  errors: ImportIssue[];
  /** The parsed row, when it is valid. */
  input?: ImportInput;
  key: string;
}

export interface ImportPreview {
  mappingErrors: ImportIssue[];
  rows: RowPreview[];
  counts: Record<RowAction, number>;
}

/** The identity of a record: mandataries by e-mail, services by name, both without case or extra spaces. */
export function recordKey(value: string): string {
  return value.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl-BE");
}

/** Each required field mapped; no column used for two fields; no column outside the file. */
export function checkMapping(kind: ImportKind, mapping: Mapping, columnCount: number): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const usedBy = new Map<number, string>();
  for (const field of IMPORT_FIELDS[kind]) {
    const column = mapping[field.key];
    if (column === undefined) {
      if (field.required) issues.push({ field: field.key, key: "importFieldNotMapped" });
      continue;
    }
    if (!Number.isInteger(column) || column < 0 || column >= columnCount) {
      issues.push({ field: field.key, key: "importColumnMissing" });
    } else if (usedBy.has(column)) {
      issues.push({ field: field.key, key: "importColumnUsedTwice", values: { column: column + 1 } });
    } else usedBy.set(column, field.key);
  }
  return issues;
}

function formObject(kind: ImportKind, cells: Record<string, string>): Record<string, string> {
  const form = { ...cells };
  if (kind === "MANDATARIES") {
    if (form.role !== undefined) form.role = parseRole(form.role) ?? form.role;
    if (form.email !== undefined) form.email = form.email.replace(/^mailto:/i, "");
  } else {
    if (form.type !== undefined) form.type = parseServiceType(form.type) ?? form.type;
    if (form.contactEmail !== undefined) form.contactEmail = form.contactEmail.replace(/^mailto:/i, "");
  }
  return form;
}

/** The form schema's verdict on one row; an unknown role or type names the word the file used. */
function validate(kind: ImportKind, cells: Record<string, string>): { input?: ImportInput; errors: ImportIssue[] } {
  const form = formObject(kind, cells);
  if (kind === "MANDATARIES") {
    const result = mandatarySchema.safeParse(form);
    return result.success
      ? { input: { kind, data: result.data }, errors: [] }
      : { errors: issues(result.error, cells) };
  }
  const result = serviceSchema.safeParse(form);
  return result.success ? { input: { kind, data: result.data }, errors: [] } : { errors: issues(result.error, cells) };
}

/** One message per field, the first the schema gives. */
function issues(error: z.ZodError, cells: Record<string, string>): ImportIssue[] {
  const errors: ImportIssue[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "row");
    if (seen.has(field)) continue;
    seen.add(field);
    const raw = cells[field]?.trim() ?? "";
    if (field === "role" && raw) errors.push({ field, key: "importRoleUnknown", values: { value: raw } });
    else if (field === "type" && raw) errors.push({ field, key: "importServiceTypeUnknown", values: { value: raw } });
    else errors.push({ field, key: issue.message });
  }
  return errors;
}

/**
 * Every row of the file with what an import would do: create, update (its key exists in the organization),
 * duplicate (its key is on an earlier row) or invalid (with the form's own validation messages).
 * Pure: the caller passes the keys (see `recordKey`) that already exist.
 */
export function previewImport(
  kind: ImportKind,
  rows: SheetRow[],
  mapping: Mapping,
  existingKeys: ReadonlySet<string>,
  columnCount = Math.max(0, ...rows.map((row) => row.cells.length)),
): ImportPreview {
  const mappingErrors = checkMapping(kind, mapping, columnCount);
  const counts: Record<RowAction, number> = { create: 0, update: 0, duplicate: 0, invalid: 0 };
  if (mappingErrors.length > 0) return { mappingErrors, rows: [], counts };
  const keyField = KEY_FIELD[kind];
  const firstRowOf = new Map<string, number>();
  const previews = rows.map((row): RowPreview => {
    const cells: Record<string, string> = {};
    for (const field of IMPORT_FIELDS[kind]) {
      const column = mapping[field.key];
      if (column !== undefined) cells[field.key] = row.cells[column] ?? "";
    }
    const { input, errors } = validate(kind, cells);
    const key = recordKey(formObject(kind, cells)[keyField] ?? "");
    const earlier = key ? firstRowOf.get(key) : undefined;
    if (key && earlier === undefined) firstRowOf.set(key, row.number);
    if (earlier !== undefined) errors.push({ field: keyField, key: "importDuplicateRow", values: { row: earlier } });
    // The database needs a new service's place: the file gives it (an update may keep the known one).
    if (input?.kind === "SERVICES" && input.data.latitude === null && !existingKeys.has(key) && !errors.length) {
      errors.push({ field: "latitude", key: "importCoordinatesNeeded" });
    }
    const valid = input && !errors.some((error) => error.key !== "importDuplicateRow");
    const action: RowAction =
      errors.length === 0 ? (existingKeys.has(key) ? "update" : "create") : valid ? "duplicate" : "invalid";
    counts[action]++;
    return { row: row.number, cells, action, errors, input, key };
  });
  return { mappingErrors, rows: previews, counts };
}

/** The fields the file provides: an update leaves every other field of the existing record as it was. */
export function mappedFields(kind: ImportKind, mapping: Mapping): string[] {
  return IMPORT_FIELDS[kind].filter((field) => mapping[field.key] !== undefined).map((field) => field.key);
}
