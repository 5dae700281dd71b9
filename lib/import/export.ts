import ExcelJS from "exceljs";
import Papa from "papaparse";
import { optionalText, translator } from "@/lib/i18n/translator";
import type { CareService, Mandatary } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/time";
import { IMPORT_FIELDS, type ImportKind } from "./fields";

export type ExportCell = string | number;

export interface ExportTable {
  columns: string[];
  rows: ExportCell[][];
}

export type ExportRecords =
  { kind: "MANDATARIES"; records: Mandatary[] } | { kind: "SERVICES"; records: CareService[] };

/** The column headers are the import's field labels, so an exported file imports again as it is. */
export function exportRows(data: ExportRecords, locale: Locale = "nl"): ExportTable {
  const fields = translator("import.fields", locale);
  const columns = IMPORT_FIELDS[data.kind].map(
    (field) => optionalText(fields, `${data.kind}.${field.key}`) ?? field.key,
  );
  if (data.kind === "MANDATARIES") {
    const roles = translator("mandataryRoles", locale);
    return {
      columns,
      rows: data.records.map((m) => [
        m.firstName,
        m.lastName,
        roles(m.role),
        m.email,
        m.phone,
        m.party,
        m.portfolios.join(", "),
      ]),
    };
  }
  const types = translator("serviceTypes", locale);
  return {
    columns,
    rows: data.records.map((s) => [
      s.name,
      types(s.type),
      s.street,
      s.postalCode,
      s.city,
      s.latitude,
      s.longitude,
      s.contactName,
      s.contactEmail,
      s.contactPhone,
      s.maxGroupSize ?? "",
      s.minVisitMinutes ?? "",
      s.dressCode,
      s.accessibilityNotes,
    ]),
  };
}

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe
 * (OWASP "CSV injection"); the import removes it again.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Numbers with a decimal comma: the `;`-separated CSV is what Excel in Belgium reads and writes. */
function csvCell(cell: ExportCell): string {
  return typeof cell === "number" ? String(cell).replace(".", ",") : neutralise(cell);
}

/** UTF-8 with BOM (so Excel reads the accents), `;` separated, CRLF line ends. */
export function toCsv(table: ExportTable): string {
  const csv = Papa.unparse(
    { fields: table.columns.map(csvCell), data: table.rows.map((row) => row.map(csvCell)) },
    { delimiter: ";", newline: "\r\n" },
  );
  return `\uFEFF${csv}\r\n`;
}

/** One worksheet, bold frozen header, columns wide enough for their content. */
export async function toXlsx(table: ExportTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Expeditie Zorg";
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, " ").slice(0, 31), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  // Cells are written as values (strings or numbers), never as formulas.
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(
      ...[table.columns[i] ?? "", ...table.rows.map((row) => String(row[i] ?? ""))].map((value) =>
        Math.max(...value.split("\n").map((line) => line.length)),
      ),
    );
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "mandatarissen-2026-11-25.csv" */
export function exportFileName(kind: ImportKind, day: string, format: "csv" | "xlsx", locale: Locale = "nl"): string {
  const base = translator("import.fileName", locale)(kind);
  return `${base}-${day}.${format}`;
}
