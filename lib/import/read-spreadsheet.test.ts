import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellText, decodeText, detectDelimiter, readSpreadsheet, unzippedSize } from "./read-spreadsheet";

const file = (bytes: Uint8Array | string, name = "lijst.csv", type = "text/csv") => ({
  name,
  type,
  bytes: typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes,
});

/** Text as Windows-1252 bytes (the characters used here are all in Latin-1). */
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

async function workbook(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book.addWorksheet("Raad"));
  book.addWorksheet("Tweede blad").addRow(["niet", "gelezen"]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function errorKey(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { key?: string }).key ?? String(error);
  }
  return "no error";
}

describe("CSV", () => {
  it("reads a Belgian Excel export: semicolons, BOM, CRLF, quoted cells", async () => {
    const text = '\uFEFFVoornaam;Achternaam;E-mail\r\nSofie;"Van Dyck; Vermeulen";sofie@example.org\r\n';
    expect(await readSpreadsheet(file(text))).toEqual({
      columns: ["Voornaam", "Achternaam", "E-mail"],
      rows: [{ number: 2, cells: ["Sofie", "Van Dyck; Vermeulen", "sofie@example.org"] }],
    });
  });

  it("reads comma-separated files and tab-separated UTF-16 (Excel 'Unicode text')", async () => {
    const comma = await readSpreadsheet(file("first name,last name\nZoë,Peeters\n"));
    expect(comma.rows[0]!.cells).toEqual(["Zoë", "Peeters"]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("Voornaam\tNaam\r\nHélène\tClaes\r\n", "utf16le")]);
    expect((await readSpreadsheet(file(utf16))).rows[0]!.cells).toEqual(["Hélène", "Claes"]);
  });

  it("decodes Windows-1252 when the bytes are not UTF-8", async () => {
    const bytes = latin1("Voornaam;Naam\r\nZoë;Van Dyck-Vermeulen\r\nHélène;Dubois\r\n");
    const table = await readSpreadsheet(file(bytes));
    expect(table.rows.map((r) => r.cells)).toEqual([
      ["Zoë", "Van Dyck-Vermeulen"],
      ["Hélène", "Dubois"],
    ]);
    // The euro sign and curly quotes are Windows-1252, not Latin-1.
    expect(decodeText(new Uint8Array([0x80, 0x93, 0x94]))).toBe("€“”");
  });

  it("skips empty rows but keeps the row numbers the spreadsheet shows", async () => {
    const table = await readSpreadsheet(file("Naam;Mail\n\n;\nAn;an@example.org\n ; \nBert;bert@example.org\n"));
    expect(table.rows.map((r) => r.number)).toEqual([4, 6]);
  });

  it("pads short rows, drops cells without a header column and trailing empty headers", async () => {
    const table = await readSpreadsheet(file("A;B;;\n1\n1;2;3;4\n"));
    expect(table.columns).toEqual(["A", "B"]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ["1", ""],
      ["1", "2"],
    ]);
  });

  it("reads back a cell our export neutralised against formula injection", async () => {
    const table = await readSpreadsheet(file("Telefoon;Notitie\n'+32 14 12 34 56;'=1+1\n"));
    expect(table.rows[0]!.cells).toEqual(["+32 14 12 34 56", "=1+1"]);
  });

  it("picks the delimiter used most in the header line", () => {
    expect(detectDelimiter("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectDelimiter('"x;y",b,c\n')).toBe(",");
    expect(detectDelimiter("Naam\nAn")).toBe(",");
  });

  it("reports a broken quote with its row", async () => {
    expect(await errorKey(readSpreadsheet(file('Naam;Mail\nAn;"an@example.org\n')))).toBe("importCsvQuotes");
  });
});

describe("XLSX", () => {
  it("reads the first worksheet: numbers as typed, dates as days, links and formulas by their text", async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(["Voornaam", "Naam", "E-mail", "GSM", "Postcode", "Geboren", "Lat", "Functie"]);
      sheet.addRow([
        "Zoë",
        { richText: [{ text: "Van " }, { font: { bold: true }, text: "Dyck" }] },
        { text: "zoe@example.org", hyperlink: "mailto:zoe@example.org" },
        32470123456,
        2275,
        new Date(Date.UTC(1980, 4, 17)),
        51.2031,
        { formula: 'LOWER("SCHEPEN")', result: "schepen" },
      ]);
      sheet.addRow([]);
      sheet.addRow([
        "Bert",
        "Peeters",
        { text: "bert@example.org", hyperlink: "mailto:bert@example.org", tooltip: "Mail" },
      ]);
    });
    const table = await readSpreadsheet(file(bytes, "raad.xlsx", "application/octet-stream"));
    expect(table.columns).toEqual(["Voornaam", "Naam", "E-mail", "GSM", "Postcode", "Geboren", "Lat", "Functie"]);
    expect(table.rows).toEqual([
      {
        number: 2,
        cells: ["Zoë", "Van Dyck", "zoe@example.org", "32470123456", "2275", "1980-05-17", "51.2031", "schepen"],
      },
      { number: 4, cells: ["Bert", "Peeters", "bert@example.org", "", "", "", "", ""] },
    ]);
  });

  it("turns other cell values into text", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText({ error: "#N/A" } as never)).toBe("#N/A");
    expect(cellText({ text: "", hyperlink: "mailto:an@example.org" })).toBe("an@example.org");
    expect(cellText({ formula: "A1", result: 7 } as never)).toBe("7");
    expect(cellText(new Date(Date.UTC(2026, 10, 25, 9, 30)))).toBe("2026-11-25 09:30");
  });

  it("finds the header below empty rows", async () => {
    const bytes = await workbook((sheet) => {
      sheet.getCell("B3").value = "Naam";
      sheet.getCell("B4").value = "An";
    });
    const table = await readSpreadsheet(file(bytes, "x.xlsx"));
    expect(table.columns).toEqual(["", "Naam"]);
    expect(table.rows).toEqual([{ number: 4, cells: ["", "An"] }]);
  });

  it("measures the ZIP's unpacked size before reading it", async () => {
    const bytes = await workbook((sheet) => sheet.addRow(["Naam"]));
    expect(unzippedSize(bytes)).toBeGreaterThan(bytes.length);
  });

  it("stops a zip bomb that lies about its size after the cap, whatever its headers claim", async () => {
    // 64 MB of zeros deflate to about 64 KB; the headers claim 1 KB unpacked.
    const bomb = zipWithOneEntry("xl/worksheets/sheet1.xml", deflateRawSync(Buffer.alloc(64 * 1024 * 1024)), 1024);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(() => unzippedSize(bomb)).toThrow(expect.objectContaining({ key: "importTooLarge" }));
    await expect(readSpreadsheet(file(bomb, "bom.xlsx"))).rejects.toMatchObject({ key: "importTooLarge" });
    // Under the cap the same file is simply measured.
    const small = zipWithOneEntry("a.xml", deflateRawSync(Buffer.alloc(1000)), 1000);
    expect(unzippedSize(small)).toBe(1000);
  });
});

describe("files that are not a council list", () => {
  const pdf = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n";
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);

  it.each([
    ["a PDF", file(latin1(pdf), "lijst.pdf", "application/pdf"), "importNotSpreadsheet"],
    ["a PNG named .csv", file(png, "lijst.csv"), "importNotSpreadsheet"],
    ["random bytes", file(random, "lijst.xlsx"), "importNotSpreadsheet"],
    ["an empty file", file(""), "importEmpty"],
    ["only blank lines", file("\r\n ; \r\n"), "importEmpty"],
    ["a header without rows", file("Voornaam;Naam\r\n"), "importNoRows"],
    [
      "an old .xls",
      file(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), "x.xls"),
      "importOldExcel",
    ],
    ["a file over 2 MB", file(new Uint8Array(2 * 1024 * 1024 + 1).fill(65)), "importTooLarge"],
    ["more than 2000 rows", file(`Naam\n${"An\n".repeat(2001)}`), "importTooManyRows"],
  ])("refuses %s", async (_, upload, key) => {
    expect(await errorKey(readSpreadsheet(upload))).toBe(key);
  });

  it("refuses a ZIP that is not a workbook (a .docx or a plain zip)", async () => {
    const { default: JSZip } = await import("jszip").catch(() => ({ default: null }));
    if (!JSZip) return;
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const bytes = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    expect(await errorKey(readSpreadsheet(file(bytes, "brief.docx")))).toBe("importNotSpreadsheet");
  });

  it("accepts exactly 2000 rows", async () => {
    const table = await readSpreadsheet(file(`Naam\n${"An\n".repeat(2000)}`));
    expect(table.rows).toHaveLength(2000);
  });
});

/** A minimal ZIP with one deflated entry whose headers claim `claimedSize` unpacked bytes. */
function zipWithOneEntry(name: string, deflated: Uint8Array, claimedSize: number): Uint8Array {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(claimedSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(claimedSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + nameBytes.length + deflated.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, deflated, central, nameBytes, end]));
}
