import { describe, expect, it } from "vitest";
import { guessMapping } from "./fields";
import { checkMapping, previewImport, recordKey } from "./preview";

const columns = ["Voornaam", "Achternaam", "Functie", "E-mail", "GSM", "Bevoegdheden"];
const mapping = guessMapping("MANDATARIES", columns);
const rows = (...cells: string[][]) => cells.map((c, i) => ({ number: i + 2, cells: c }));

describe("previewing a mandataries import", () => {
  it("accepts well-formed rows with the form's own parsing", () => {
    const preview = previewImport(
      "MANDATARIES",
      rows(
        ["Sofie", "Van Dyck-Vermeulen", "Schepen", "Sofie.VanDyck@Example.org", "0470 12 34 56", "Jeugd; Welzijn"],
        ["Zoë", "Peeters", "gemeenteraadslid", "mailto:zoe@example.org", "", ""],
      ),
      mapping,
      new Set(),
    );
    expect(preview.mappingErrors).toEqual([]);
    expect(preview.counts).toEqual({ create: 2, update: 0, duplicate: 0, invalid: 0 });
    expect(preview.rows[0]).toMatchObject({
      row: 2,
      action: "create",
      errors: [],
      input: {
        kind: "MANDATARIES",
        data: { role: "ALDERMAN", email: "sofie.vandyck@example.org", portfolios: ["Jeugd", "Welzijn"] },
      },
    });
    expect(preview.rows[1]!.input?.data).toMatchObject({ email: "zoe@example.org", role: "COUNCIL_MEMBER" });
  });

  it("reports bad rows by their spreadsheet row number and the catalog key of each problem", () => {
    const preview = previewImport(
      "MANDATARIES",
      rows(
        ["An", "Claes", "schepen", "", "", ""],
        ["Bert", "Maes", "schepen", "bert@", "", ""],
        ["Chris", "Wouters", "koning", "chris@example.org", "bel mij", ""],
        ["Dirk", "", "burgemeester", "dirk@example.org", "", ""],
      ),
      mapping,
      new Set(),
    );
    expect(preview.counts.invalid).toBe(4);
    expect(preview.rows.map((r) => [r.row, r.errors])).toEqual([
      [2, [{ field: "email", key: "emailRequired" }]],
      [3, [{ field: "email", key: "emailInvalid" }]],
      [
        4,
        [
          { field: "role", key: "importRoleUnknown", values: { value: "koning" } },
          { field: "phone", key: "phoneInvalid" },
        ],
      ],
      [5, [{ field: "lastName", key: "lastNameRequired" }]],
    ]);
  });

  it("marks a repeated e-mail address as a duplicate of the earlier row", () => {
    const preview = previewImport(
      "MANDATARIES",
      rows(
        ["An", "Claes", "schepen", "an@example.org", "", ""],
        ["Bert", "Maes", "schepen", "bert@example.org", "", ""],
        ["An", "Claes-Peeters", "schepen", " AN@example.org ", "", ""],
      ),
      mapping,
      new Set(),
    );
    expect(preview.rows[2]).toMatchObject({
      row: 4,
      action: "duplicate",
      errors: [{ field: "email", key: "importDuplicateRow", values: { row: 2 } }],
    });
    expect(preview.counts).toEqual({ create: 2, update: 0, duplicate: 1, invalid: 0 });
  });

  it("updates the organization's existing mandataries instead of adding them again", () => {
    const preview = previewImport(
      "MANDATARIES",
      rows(
        ["An", "Claes", "schepen", "An@Example.org", "", ""],
        ["Bert", "Maes", "schepen", "bert@example.org", "", ""],
      ),
      mapping,
      new Set([recordKey("an@example.org")]),
    );
    expect(preview.rows.map((r) => r.action)).toEqual(["update", "create"]);
  });

  it("requires every required field to be mapped, each column once", () => {
    expect(checkMapping("MANDATARIES", { firstName: 0, lastName: 0, role: 9 }, 6)).toEqual([
      { field: "lastName", key: "importColumnUsedTwice", values: { column: 1 } },
      { field: "role", key: "importColumnMissing" },
      { field: "email", key: "importFieldNotMapped" },
    ]);
    const preview = previewImport("MANDATARIES", rows(["An"]), { firstName: 0 }, new Set());
    expect(preview.rows).toEqual([]);
    expect(preview.mappingErrors.map((e) => e.field)).toEqual(["lastName", "role", "email"]);
  });
});

describe("previewing a services import", () => {
  const serviceColumns = ["Naam", "Soort", "Straat", "Postcode", "Gemeente", "Contactpersoon", "Lat", "Lng"];
  const serviceMapping = guessMapping("SERVICES", serviceColumns);
  const linde = ["WZC De Linde", "woonzorgcentrum", "Lindestraat 1", "2275", "Kempenrode", "Greet", "51,2", "4.8"];

  it("keys services by name without case and needs coordinates for a new one", () => {
    const preview = previewImport(
      "SERVICES",
      rows(
        linde,
        ["Kinderopvang Zonneken", "kinderopvang", "Dorp 2", "2275", "Kempenrode", "Els", "", ""],
        ["wzc de linde", "wzc", "Lindestraat 1", "2275", "Kempenrode", "Greet", "51.2", "4.8"],
      ),
      serviceMapping,
      new Set([recordKey("Kinderopvang  zonneken")]),
    );
    expect(preview.rows.map((r) => r.action)).toEqual(["create", "update", "duplicate"]);
    expect(preview.rows[0]!.input?.data).toMatchObject({ type: "RESIDENTIAL_CARE", latitude: 51.2, longitude: 4.8 });

    const unknown = previewImport(
      "SERVICES",
      rows(["Nieuw", "bakkerij", "Dorp 3", "2275", "K", "X", "", ""]),
      serviceMapping,
      new Set(),
    );
    expect(unknown.rows[0]!.errors).toEqual([
      { field: "type", key: "importServiceTypeUnknown", values: { value: "bakkerij" } },
    ]);
    const placeless = previewImport(
      "SERVICES",
      rows(["Nieuw", "wzc", "Dorp 3", "2275", "K", "X", "", ""]),
      serviceMapping,
      new Set(),
    );
    expect(placeless.rows[0]).toMatchObject({
      action: "invalid",
      errors: [{ field: "latitude", key: "importCoordinatesNeeded" }],
    });
  });
});
