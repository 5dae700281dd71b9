import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { CareService, Mandatary } from "@/lib/generated/prisma/client";
import { exportFileName, exportRows, neutralise, toCsv, toXlsx } from "./export";
import { guessMapping } from "./fields";
import { previewImport, recordKey } from "./preview";
import { readSpreadsheet } from "./read-spreadsheet";

const base = {
  organizationId: "org",
  createdAt: new Date(),
  updatedAt: new Date(),
  dietaryNeeds: "",
  mobilityNeeds: "",
  needsRecordedAt: null,
};
const mandataries: Mandatary[] = [
  {
    ...base,
    id: "m1",
    firstName: "Sofie",
    lastName: "Van Dyck-Vermeulen",
    role: "ALDERMAN",
    email: "sofie@example.org",
    phone: "+32 470 12 34 56",
    party: '=HYPERLINK("http://evil")',
    portfolios: ["Jeugd", "Welzijn"],
  },
  {
    ...base,
    id: "m2",
    firstName: "Zoë",
    lastName: 'Hélène; "Claes"',
    role: "SOCIAL_COMMITTEE_CHAIR",
    email: "zoe@example.org",
    phone: "",
    party: "",
    portfolios: [],
  },
];

const service = {
  id: "s1",
  organizationId: "org",
  name: "WZC De Linde",
  type: "RESIDENTIAL_CARE",
  street: "Lindestraat 1",
  postalCode: "2275",
  city: "Kempenrode",
  latitude: 51.2031,
  longitude: -4.8325,
  contactName: "Greet Van Looy",
  contactEmail: "greet@example.org",
  contactPhone: "014 12 34 56",
  maxGroupSize: 12,
  minVisitMinutes: null,
  dressCode: "",
  accessibilityNotes: "Lift aan de achterkant\nRolstoel beschikbaar",
} as unknown as CareService;

const upload = (bytes: Uint8Array | string, name: string) => ({
  name,
  type: "",
  bytes: typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes,
});

describe("CSV export", () => {
  it("writes a BOM, semicolons, CRLF and Dutch headers", () => {
    const csv = toCsv(exportRows({ kind: "MANDATARIES", records: mandataries }));
    expect(csv.startsWith("\uFEFFVoornaam;Achternaam;Functie;E-mailadres;Telefoon;Partij;Bevoegdheden\r\n")).toBe(true);
    expect(csv).toContain("Sofie;Van Dyck-Vermeulen;schepen;sofie@example.org;");
    expect(csv).toContain('"Hélène; ""Claes"""');
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    for (const cell of ["=1+1", "+32 1", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(neutralise(cell)).toBe(`'${cell}`);
    expect(neutralise("Jan")).toBe("Jan");
    const csv = toCsv(exportRows({ kind: "MANDATARIES", records: mandataries }));
    expect(csv).toContain(`'+32 470 12 34 56;"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toMatch(/;=/);
    // Numbers are ours, written with a decimal comma, never escaped.
    expect(toCsv(exportRows({ kind: "SERVICES", records: [service] }))).toContain(";51,2031;-4,8325;");
  });

  it("names the file after the list and the day", () => {
    expect(exportFileName("MANDATARIES", "2026-11-25", "csv")).toBe("mandatarissen-2026-11-25.csv");
    expect(exportFileName("SERVICES", "2026-11-25", "xlsx", "en")).toBe("care-services-2026-11-25.xlsx");
  });
});

describe("XLSX export", () => {
  it("writes one worksheet with a bold header and values, never formulas", async () => {
    const bytes = await toXlsx(exportRows({ kind: "SERVICES", records: [service] }), "Zorgdiensten");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe("Zorgdiensten");
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell("A1").value).toBe("Naam");
    expect(sheet.getCell("F2").value).toBe(51.2031);
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(10);
  });
});

describe("export → import round trip", () => {
  it.each(["csv", "xlsx"] as const)(
    "a mandataries %s export imports again as updates of the same people",
    async (format) => {
      const table = exportRows({ kind: "MANDATARIES", records: mandataries });
      const bytes = format === "csv" ? toCsv(table) : new Uint8Array(await toXlsx(table, "Mandatarissen"));
      const read = await readSpreadsheet(upload(bytes, `mandatarissen.${format}`));
      const mapping = guessMapping("MANDATARIES", read.columns);
      expect(Object.keys(mapping)).toHaveLength(7);
      const preview = previewImport(
        "MANDATARIES",
        read.rows,
        mapping,
        new Set(mandataries.map((m) => recordKey(m.email))),
      );
      expect(preview.rows.map((r) => [r.action, r.errors])).toEqual([
        ["update", []],
        ["update", []],
      ]);
      expect(preview.rows.map((r) => r.input?.data)).toEqual([
        expect.objectContaining({
          firstName: "Sofie",
          role: "ALDERMAN",
          phone: "+32 470 12 34 56",
          party: '=HYPERLINK("http://evil")',
          portfolios: ["Jeugd", "Welzijn"],
        }),
        expect.objectContaining({ firstName: "Zoë", lastName: 'Hélène; "Claes"', role: "SOCIAL_COMMITTEE_CHAIR" }),
      ]);
    },
  );

  it.each(["csv", "xlsx"] as const)("a services %s export imports again", async (format) => {
    const table = exportRows({ kind: "SERVICES", records: [service] }, "en");
    const bytes = format === "csv" ? toCsv(table) : new Uint8Array(await toXlsx(table, "Care services"));
    const read = await readSpreadsheet(upload(bytes, `services.${format}`));
    const mapping = guessMapping("SERVICES", read.columns);
    expect(Object.keys(mapping)).toHaveLength(14);
    const preview = previewImport("SERVICES", read.rows, mapping, new Set());
    expect(preview.rows[0]).toMatchObject({ action: "create", errors: [] });
    expect(preview.rows[0]!.input?.data).toMatchObject({
      name: "WZC De Linde",
      type: "RESIDENTIAL_CARE",
      latitude: 51.2031,
      longitude: -4.8325,
      maxGroupSize: 12,
      minVisitMinutes: null,
      accessibilityNotes: "Lift aan de achterkant\nRolstoel beschikbaar",
    });
  });
});
