import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function councilList(rows: (string | number | ExcelJS.CellHyperlinkValue)[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Gemeenteraad");
  sheet.addRow(["Voornaam", "Familienaam", "Functie", "E-mailadres", "GSM", "Fractie"]);
  for (const row of rows) sheet.addRow(row);
  return { name: "gemeenteraad.xlsx", mimeType: XLSX, buffer: Buffer.from(await book.xlsx.writeBuffer()) };
}

// A coordinator imports the council list from Excel: a wrong file and a file with a bad row import nothing,
// the good list is added, and the same list with new phone numbers updates instead of duplicating.
test("a coordinator imports a council list from XLSX", async ({ page }) => {
  const run = randomBytes(3).toString("hex");
  const email = (name: string) => `${name}.${run}@example.org`;
  const council = (phone: string) => [
    [
      "Sofie",
      "Van Dyck-Vermeulen",
      "Burgemeester",
      { text: email("sofie"), hyperlink: `mailto:${email("sofie")}` },
      phone,
    ],
    ["Zoë", "Peeters", "schepen", email("zoe"), phone, "Lijst B"],
    ["Hélène", "Claes", "gemeenteraadslid", email("helene"), phone, "Lijst A"],
  ];
  const upload = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
    await page.getByLabel("Bestand").setInputFiles(file);
    await page.getByRole("button", { name: "Bestand opladen" }).click();
  };

  await signIn(page);
  await page.getByRole("link", { name: "Mandatarissen", exact: true }).click();
  await page.getByRole("link", { name: "Importeren", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mandatarissen importeren" })).toBeVisible();
  await expectAccessible(page);

  // Not a spreadsheet at all.
  await upload({ name: "lijst.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n1 0 obj\n") });
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Dit bestand is geen spreadsheet");
  await expectAccessible(page);

  // One bad row: the preview names it and offers no import.
  await upload(await councilList([...council("0470 11 11 11"), ["Bert", "Maes", "koning", "bert@", ""]]));
  await expect(page.getByRole("heading", { level: 1, name: "Mandatarissen importeren: controle" })).toBeVisible();
  const badRow = page.getByRole("row", { name: /^5 Bert Maes/ });
  await expect(badRow).toContainText("Fout");
  await expect(badRow).toContainText("Onbekende functie ‘koning’");
  await expect(badRow).toContainText("E-mailadres: Vul een geldig e-mailadres in");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("1 rij heeft een fout");
  await expect(page.getByRole("button", { name: /importeren/ })).toHaveCount(0);
  await expectAccessible(page);

  // The corrected list.
  await page.getByRole("link", { name: "← Een ander bestand opladen" }).first().click();
  await upload(await councilList(council("0470 11 11 11")));
  await expect(page.getByRole("row", { name: /^2 Sofie Van Dyck-Vermeulen burgemeester/ })).toContainText("Nieuw");
  // "Fractie" is recognised as the party column (F).
  await expect(page.getByLabel("Partij")).toHaveValue("5");
  await expectAccessible(page);
  await page.getByRole("button", { name: "3 rijen importeren" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "De import is klaar: 3 toegevoegd, 0 bijgewerkt.",
  );
  await expectAccessible(page);
  await page.getByRole("link", { name: "Naar de mandatarissen" }).click();
  await expect(page.getByRole("cell", { name: email("helene") })).toBeVisible();

  // Again, with new phone numbers: updates, no duplicates.
  await page.getByRole("link", { name: "Importeren", exact: true }).click();
  await upload(await councilList(council("0499 99 99 99")));
  await expect(page.getByText("Wordt bijgewerkt: 3")).toBeVisible();
  await page.getByRole("button", { name: "3 rijen importeren" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("0 toegevoegd, 3 bijgewerkt");
  await page.getByRole("link", { name: "Naar de mandatarissen" }).click();
  await expect(page.getByRole("cell", { name: email("zoe") })).toHaveCount(1);

  // Both exports carry the list.
  const csv = await page.request.get("/api/export/mandataries?format=csv");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="mandatarissen-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(await csv.text()).toContain(`Zoë;Peeters;schepen;${email("zoe")};0499 99 99 99;Lijst B;`);
  const xlsx = await page.request.get("/api/export/mandataries?format=xlsx");
  expect(xlsx.headers()["content-type"]).toBe(XLSX);
  expect((await page.request.get("/api/export/mandataries?format=pdf")).status()).toBe(400);
});

// Services from a CSV with Belgian semicolons and an unusual header: the coordinator maps the column by hand.
test("a coordinator imports care services from CSV, mapping a column the app did not recognise", async ({ page }) => {
  const run = randomBytes(3).toString("hex");
  const name = `Sociaal restaurant De Pot ${run}`;
  const csv = [
    "Naam dienst;Soort;Straat;Postcode;Gemeente;Breedtegraad;Lengtegraad;Verantwoordelijke",
    `${name};sociaal restaurant;Kerkstraat 3;2275;Kempenrode;51,1990;4,8060;Nele Wuyts`,
  ].join("\r\n");

  await signIn(page);
  await page.getByRole("link", { name: "Zorgdiensten", exact: true }).click();
  await page.getByRole("link", { name: "Importeren", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zorgdiensten importeren" })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByLabel("Bestand")
    .setInputFiles({ name: "diensten.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Bestand opladen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zorgdiensten importeren: controle" })).toBeVisible();
  // "Verantwoordelijke" is no known name for the contact person: the preview asks for it.
  await expect(page.getByRole("main").getByText("Koppel eerst de kolommen:")).toBeVisible();
  await expect(page.getByRole("button", { name: /importeren/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel(/^Contactpersoon/).selectOption({ label: "Kolom H: Verantwoordelijke" });
  await page.getByRole("button", { name: "Voorbeeld bijwerken" }).click();
  await expect(page.getByRole("row", { name: new RegExp(`^2 ${name}`) })).toContainText("Nieuw");
  await expectAccessible(page);
  await page.getByRole("button", { name: "1 rij importeren" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("1 toegevoegd, 0 bijgewerkt");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Naar de zorgdiensten" }).click();
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("sociaal restaurant · Kerkstraat 3, 2275 Kempenrode")).toBeVisible();
});
