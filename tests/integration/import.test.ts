import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { guessMapping } from "@/lib/import/fields";
import { confirmImport, createImportDraft, deleteExpiredDrafts } from "@/lib/import/mutations";
import { getImportDraft } from "@/lib/import/queries";
import { createMember } from "../helpers/factories";

const HEADER = ["Voornaam", "Familienaam", "Functie", "E-mail", "GSM", "Fractie"];

async function councilList(rows: (string | number)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Gemeenteraad");
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const council = [
  ["Sofie", "Van Dyck-Vermeulen", "Burgemeester", "sofie@example.org", "0470 11 11 11", "Lijst A"],
  ["Zoë", "Peeters", "schepen", "zoe@example.org", "0470 22 22 22", "Lijst B"],
  ["Hélène", "Claes", "gemeenteraadslid", "helene@example.org", "", "Lijst A"],
];

async function draft(member: Member, rows: (string | number)[][]) {
  const bytes = await councilList(rows);
  return createImportDraft(member, "MANDATARIES", { name: "gemeenteraad.xlsx", type: "", bytes });
}

async function importAll(member: Member, rows: (string | number)[][]) {
  const { id } = await draft(member, rows);
  return confirmImport(member, "MANDATARIES", id, guessMapping("MANDATARIES", HEADER));
}

const mandataries = (member: Member) =>
  prisma.mandatary.findMany({ where: { organizationId: member.organizationId }, orderBy: { email: "asc" } });

describe("importing a council list", () => {
  it("imports nothing while one row is bad, and keeps the draft for another mapping", async () => {
    const coordinator = await createMember("Gemeente Kempenrode");
    const { id } = await draft(coordinator, [...council, ["Bert", "Maes", "koning", "bert@", "", ""]]);
    await expect(
      confirmImport(coordinator, "MANDATARIES", id, guessMapping("MANDATARIES", HEADER)),
    ).rejects.toMatchObject({
      key: "importHasErrors",
      values: { count: 1 },
    });
    expect(await mandataries(coordinator)).toEqual([]);
    expect(await getImportDraft(coordinator, "MANDATARIES", id)).not.toBeNull();
    await expect(confirmImport(coordinator, "MANDATARIES", id, { firstName: 0 })).rejects.toMatchObject({
      key: "importMappingInvalid",
    });
  });

  it("imports nothing when the file repeats an e-mail address", async () => {
    const coordinator = await createMember("Gemeente Kempenrode");
    const { id } = await draft(coordinator, [...council, ["Sofie", "Dubbel", "schepen", "SOFIE@example.org", "", ""]]);
    await expect(
      confirmImport(coordinator, "MANDATARIES", id, guessMapping("MANDATARIES", HEADER)),
    ).rejects.toMatchObject({
      key: "importHasErrors",
    });
    expect(await mandataries(coordinator)).toEqual([]);
  });

  it("creates the mandataries, then a re-import with new phone numbers updates them", async () => {
    const coordinator = await createMember("Gemeente Kempenrode");
    expect(await importAll(coordinator, council)).toEqual({ kind: "MANDATARIES", created: 3, updated: 0 });
    const first = await mandataries(coordinator);
    expect(first.map((m) => [m.firstName, m.lastName, m.role, m.phone, m.party])).toEqual([
      ["Hélène", "Claes", "COUNCIL_MEMBER", "", "Lijst A"],
      ["Sofie", "Van Dyck-Vermeulen", "MAYOR", "0470 11 11 11", "Lijst A"],
      ["Zoë", "Peeters", "ALDERMAN", "0470 22 22 22", "Lijst B"],
    ]);
    // The draft is used up.
    expect(await prisma.importDraft.count({ where: { organizationId: coordinator.organizationId } })).toBe(0);

    // Needs entered in the app survive an import, which has no such column.
    await prisma.mandatary.update({ where: { id: first[1]!.id }, data: { dietaryNeeds: "vegetarisch" } });
    const changed = council.map((row, i) => [...row.slice(0, 4), `0499 00 00 0${i}`, row[5]!]);
    expect(await importAll(coordinator, changed)).toEqual({ kind: "MANDATARIES", created: 0, updated: 3 });
    const second = await mandataries(coordinator);
    expect(second).toHaveLength(3);
    expect(second.map((m) => m.id)).toEqual(first.map((m) => m.id));
    expect(second.map((m) => m.phone)).toEqual(["0499 00 00 02", "0499 00 00 00", "0499 00 00 01"]);
    expect(second[1]!.dietaryNeeds).toBe("vegetarisch");

    // The same list once more: nothing to update, and no row is written.
    expect(await importAll(coordinator, changed)).toEqual({ kind: "MANDATARIES", created: 0, updated: 0 });
    expect((await mandataries(coordinator)).map((m) => m.updatedAt)).toEqual(second.map((m) => m.updatedAt));
  });

  it("adds new portfolio names to the organization's list, as the form does", async () => {
    const coordinator = await createMember("Gemeente Kempenrode");
    const header = ["Voornaam", "Naam", "Functie", "E-mail", "Bevoegdheden"];
    const bytes = new TextEncoder().encode(
      [
        header,
        ["An", "Claes", "schepen", "an@example.org", "Jeugd, Welzijn"],
        ["Bert", "Maes", "schepen", "bert@example.org", "welzijn, Sport"],
      ]
        .map((row) => row.join(";"))
        .join("\n"),
    );
    const { id } = await createImportDraft(coordinator, "MANDATARIES", { name: "r.csv", type: "text/csv", bytes });
    await confirmImport(coordinator, "MANDATARIES", id, guessMapping("MANDATARIES", header));
    const organization = await prisma.organization.findUniqueOrThrow({ where: { id: coordinator.organizationId } });
    expect(organization.portfolios).toEqual(["Jeugd", "Sport", "Welzijn"]);
  });

  it("refuses a file that is not a spreadsheet before storing anything", async () => {
    const coordinator = await createMember("Gemeente Kempenrode");
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n");
    await expect(
      createImportDraft(coordinator, "MANDATARIES", { name: "lijst.pdf", type: "application/pdf", bytes: pdf }),
    ).rejects.toMatchObject({ key: "importNotSpreadsheet" });
    expect(await prisma.importDraft.count({ where: { organizationId: coordinator.organizationId } })).toBe(0);
  });

  it("removes the organization's drafts older than a day when a new one is made", async () => {
    const coordinator = await createMember("Gemeente Kempenrode");
    const old = await draft(coordinator, council);
    await prisma.importDraft.update({ where: { id: old.id }, data: { createdAt: new Date(Date.now() - 25 * 3600e3) } });
    expect(await getImportDraft(coordinator, "MANDATARIES", old.id)).toBeNull();
    await draft(coordinator, council);
    expect(await prisma.importDraft.findUnique({ where: { id: old.id } })).toBeNull();
  });

  it("the hourly housekeeping removes unconfirmed drafts of every organization after a day", async () => {
    const one = await createMember("Gemeente Kempenrode");
    const two = await createMember("Gemeente Heidebeek");
    const [a, b] = [await draft(one, council), await draft(two, council)];
    const fresh = await draft(two, council);
    const later = new Date(Date.now() + 24 * 3600e3 + 1000);
    await prisma.importDraft.updateMany({ where: { id: fresh.id }, data: { createdAt: later } });
    expect(await deleteExpiredDrafts(prisma, later)).toBeGreaterThanOrEqual(2);
    expect(await prisma.importDraft.count({ where: { id: { in: [a.id, b.id] } } })).toBe(0);
    expect(await prisma.importDraft.count({ where: { id: fresh.id } })).toBe(1);
  });

  it("imports services keyed by name, updating an existing one", async () => {
    const coordinator = await createMember("Gemeente Kempenrode");
    const header = ["Naam dienst", "Type", "Adres", "Postcode", "Gemeente", "Contactpersoon", "Lat", "Lng"];
    const csv = (rows: string[][]) =>
      new TextEncoder().encode([header, ...rows].map((row) => row.join(";")).join("\r\n"));
    const linde = ["WZC De Linde", "woonzorgcentrum", "Lindestraat 1", "2275", "Kempenrode", "Greet", "51,2", "4,8"];
    const mapping = guessMapping("SERVICES", header);
    const first = await createImportDraft(coordinator, "SERVICES", {
      name: "d.csv",
      type: "text/csv",
      bytes: csv([linde]),
    });
    expect(await confirmImport(coordinator, "SERVICES", first.id, mapping)).toMatchObject({ created: 1, updated: 0 });
    const again = await createImportDraft(coordinator, "SERVICES", {
      name: "d.csv",
      type: "text/csv",
      bytes: csv([["wzc de linde", "wzc", "Lindestraat 3", "2275", "Kempenrode", "Greet", "", ""]]),
    });
    expect(await confirmImport(coordinator, "SERVICES", again.id, mapping)).toMatchObject({ created: 0, updated: 1 });
    const services = await prisma.careService.findMany({ where: { organizationId: coordinator.organizationId } });
    expect(services.map((s) => [s.name, s.street, s.latitude, s.longitude])).toEqual([
      ["wzc de linde", "Lindestraat 3", 51.2, 4.8],
    ]);
  });
});

describe("who may import", () => {
  it("another organization's draft is not found, and nothing is imported there", async () => {
    const a = await createMember("Gemeente Kempenrode");
    const b = await createMember("Gemeente Heidebeek");
    const { id } = await draft(a, council);
    expect(await getImportDraft(b, "MANDATARIES", id)).toBeNull();
    await expect(confirmImport(b, "MANDATARIES", id, guessMapping("MANDATARIES", HEADER))).rejects.toMatchObject({
      key: "notFound",
    });
    // The kind is part of the address too.
    await expect(confirmImport(a, "SERVICES", id, guessMapping("MANDATARIES", HEADER))).rejects.toMatchObject({
      key: "notFound",
    });
    expect(await mandataries(a)).toEqual([]);
    expect(await mandataries(b)).toEqual([]);
    expect(await getImportDraft(a, "MANDATARIES", id)).not.toBeNull();
  });

  it.each(["COMMUNICATION_OFFICER", "SERVICE_CONTACT"] as const)(
    "a %s can neither upload nor confirm",
    async (role) => {
      const coordinator = await createMember("Gemeente Kempenrode");
      const { id } = await draft(coordinator, council);
      const colleague: Member = { ...coordinator, role };
      expect(await getImportDraft(colleague, "MANDATARIES", id)).toBeNull();
      await expect(
        confirmImport(colleague, "MANDATARIES", id, guessMapping("MANDATARIES", HEADER)),
      ).rejects.toMatchObject({
        key: "notFound",
      });
      await expect(
        createImportDraft(colleague, "MANDATARIES", { name: "x.xlsx", type: "", bytes: await councilList(council) }),
      ).rejects.toMatchObject({ key: "notFound" });
      expect(await mandataries(coordinator)).toEqual([]);
    },
  );
});
