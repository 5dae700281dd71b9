import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { UserError } from "@/lib/errors";

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_COLUMNS = 100;
/** What an XLSX may unpack to: a 2 MB file of 200 MB XML is a zip bomb, not a council list. */
// A 2,000-row council list unpacks to a few MB; exceljs needs several times this in memory.
const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024;

/** One data row with its number as the spreadsheet shows it (the header is usually row 1). */
export interface SheetRow {
  number: number;
  cells: string[];
}

export interface SheetTable {
  columns: string[];
  rows: SheetRow[];
}

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
// Excel 97–2003 (.xls) and password-protected workbooks are OLE2 compound files.
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * An uploaded council list → its header and data rows as text. Recognised by content, not by name:
 * an XLSX workbook (first worksheet) or CSV text (`;`, `,` or tab separated; UTF-8, UTF-16 or
 * Windows-1252). Anything else, an empty or oversized file, is a UserError the user can act on.
 */
export async function readSpreadsheet(file: UploadedFile): Promise<SheetTable> {
  const { bytes } = file;
  if (bytes.length === 0) throw new UserError("importEmpty");
  if (bytes.length > MAX_IMPORT_BYTES) throw new UserError("importTooLarge");
  if (startsWith(bytes, OLE2)) throw new UserError("importOldExcel");
  const records = startsWith(bytes, ZIP) ? await readXlsx(bytes) : readCsv(bytes);
  return toTable(records);
}

/** Header = the first non-empty row; fully empty rows are skipped but keep their place in the numbering. */
function toTable(records: SheetRow[]): SheetTable {
  const filled = records
    .map((record) => ({ number: record.number, cells: record.cells.map(cleanCell) }))
    .filter((record) => record.cells.some((cell) => cell !== ""));
  const header = filled.shift();
  if (!header) throw new UserError("importEmpty");
  let width = header.cells.length;
  while (width > 0 && header.cells[width - 1] === "") width--;
  if (width > MAX_IMPORT_COLUMNS) throw new UserError("importTooManyColumns", { max: MAX_IMPORT_COLUMNS });
  if (filled.length === 0) throw new UserError("importNoRows");
  if (filled.length > MAX_IMPORT_ROWS) throw new UserError("importTooManyRows", { max: MAX_IMPORT_ROWS });
  const columns = header.cells.slice(0, width);
  const rows = filled
    .map((row) => ({ number: row.number, cells: columns.map((_, i) => row.cells[i] ?? "") }))
    .filter((row) => row.cells.some((cell) => cell !== ""));
  if (rows.length === 0) throw new UserError("importNoRows");
  return { columns, rows };
}

function cleanCell(value: string): string {
  return value.replace(/\u00a0/g, " ").trim();
}

// ---------------------------------------------------------------- CSV

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;

/** Bytes → text: a BOM decides; else strict UTF-8, else Windows-1252 (what Excel on Windows writes). */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// 0x80–0x9F of Windows-1252; the five unassigned bytes stay C1 controls (and so mark the file as binary).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Node's TextDecoder("windows-1252") decodes as Latin-1 on some versions; this table does not. */
function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const chars = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte),
    );
    chunks.push(chars.join(""));
  }
  return chunks.join("");
}

/** The separator used most in the first line outside quotes; Belgian Excel writes `;`. */
export function detectDelimiter(text: string): string {
  const firstLine =
    text
      .replace(/"[^"]*"/g, "")
      .split(/\r\n|\n|\r/)
      .find((line) => line.trim() !== "") ?? "";
  const counts = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const);
  const [best, count] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return count > 0 ? best : ",";
}

// PDF, PNG, JPEG, GIF, gzip, 7-Zip, RAR, PostScript, RTF: common uploads by mistake that may look like text.
const NOT_TEXT = [
  /^%PDF-/,
  /^\x89PNG/,
  /^\xff\xd8\xff/,
  /^GIF8/,
  /^\x1f\x8b/,
  /^7z\xbc\xaf/,
  /^Rar!/,
  /^%!PS/,
  /^\{\\rtf/,
];

function readCsv(bytes: Uint8Array): SheetRow[] {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (NOT_TEXT.some((magic) => magic.test(head))) throw new UserError("importNotSpreadsheet");
  const text = decodeText(bytes);
  // HTML or XML ("Excel" downloads from some systems are web pages) is not a CSV either.
  if (/^\s*</.test(text)) throw new UserError("importNotSpreadsheet");
  // PDFs, images and other binaries decode to control characters; text spreadsheets have none.
  if (CONTROL.test(text.replace(/[\t\r\n]/g, ""))) throw new UserError("importNotSpreadsheet");
  if (text.trim() === "") throw new UserError("importEmpty");
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const broken = parsed.errors.find((error) => error.type === "Quotes");
  if (broken) throw new UserError("importCsvQuotes", { row: (broken.row ?? 0) + 1 });
  return parsed.data.map((cells, i) => ({ number: i + 1, cells: cells.map(unescapeFormula) }));
}

/** Our CSV export writes `'=…` for a cell starting with a formula character; read it back as typed. */
function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

// ---------------------------------------------------------------- XLSX

/**
 * Inflates every entry of a ZIP with a hard cap on the total output, so a "zip bomb" that lies about its
 * sizes is stopped after MAX_UNZIPPED_BYTES instead of filling the memory. Returns the real unpacked size,
 * or null when the bytes are not a ZIP we can read; throws "importTooLarge" beyond the cap.
 */
export function unzippedSize(bytes: Uint8Array, limit = MAX_UNZIPPED_BYTES): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 0xffff); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const entries = view.getUint16(end + 10, true);
    let offset = view.getUint32(end + 16, true);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
      const method = view.getUint16(offset + 10, true);
      const compressed = view.getUint32(offset + 20, true);
      const local = view.getUint32(offset + 42, true);
      if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
      const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (dataStart + compressed > bytes.length) return null;
      const data = bytes.subarray(dataStart, dataStart + compressed);
      if (method === 0) total += data.length;
      else if (method === 8) {
        try {
          total += inflateRawSync(data, { maxOutputLength: Math.max(1, limit - total + 1) }).length;
        } catch (error) {
          if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new UserError("importTooLarge");
          return null;
        }
      } else return null;
      if (total > limit) throw new UserError("importTooLarge");
      offset +=
        46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return total;
  }
  return null;
}

async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  // Unpacked once with a cap before exceljs, which would unpack without one.
  if (unzippedSize(bytes) === null) throw new UserError("importNotSpreadsheet");
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' Buffer type predates Node's generic Buffer<ArrayBuffer>.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    // A .docx, a plain zip or a damaged workbook.
    throw new UserError("importNotSpreadsheet");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UserError("importNotSpreadsheet");
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) throw new UserError("importTooManyRows", { max: MAX_IMPORT_ROWS });
  const rows: SheetRow[] = [];
  const width = Math.min(sheet.columnCount, MAX_IMPORT_COLUMNS + 1);
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column++) cells.push(cellText(row.getCell(column).value));
    rows.push({ number, cells });
  });
  return rows;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell's value as the user reads it: numbers as typed, dates as YYYY-MM-DD, links and formulas by their text. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time =
      value.getUTCHours() || value.getUTCMinutes() ? ` ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` : "";
    return day + time;
  }
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) {
    const text = cellText(value.text as ExcelJS.CellValue);
    return text || value.hyperlink.replace(/^mailto:/i, "");
  }
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  return "";
}
