import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { OTHER_TENANT } from "../fixtures/other-tenant";
import { E2E_PASSWORD } from "./config";
import { COORDINATOR, expectAccessible, expectNotFoundForMember, forge, hidden, signIn, waitForMail } from "./helpers";

// Two local governments share one installation: Kempenrode (the demo data) and Heidebeek (the second tenant).
// Neither may see or change the other's data, whatever id it puts in a URL or a form; within Kempenrode,
// each role sees only what it needs.

const HEIDEBEEK = OTHER_TENANT.coordinatorEmail;
const SERVICE_CONTACT = "wzc@example.org";
const COMMUNICATION_OFFICER = "communicatie@example.org";
const NOT_FOUND_ERROR = "Dit item bestaat niet (meer).";

/** Kempenrode's real ids, read from what its coordinator sees. */
interface Kempenrode {
  expeditionId: string;
  firstDay: string;
  lastDay: string;
  deadlineDay: string;
  programmeId: string;
  stopId: string;
  optionId: string;
  invitationId: string;
  serviceId: string;
  ownServiceId: string;
  mandataryId: string;
  messageId: string;
}

let kempenrode: Kempenrode;
let collected = false;

function idFrom(href: string | null, prefix: string): string {
  const match = href?.match(new RegExp(`^${prefix}/([^/?#]+)$`));
  if (!match) throw new Error(`expected a link ${prefix}/<id>, got ${href}`);
  return match[1]!;
}

/** Signs in and checks the page the member lands on. */
async function signInAs(page: Page, email: string) {
  await signIn(page, email, E2E_PASSWORD);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  return page;
}

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expectAccessible(page);
}

/** The friendly Dutch 404, with nothing of Kempenrode on it. */
async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
  await expect(page.getByText("De pagina die je zoekt bestaat niet, of je hebt er geen toegang toe.")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("Kempenrode");
  await expect(page).toHaveTitle(/^Deze pagina bestaat niet/);
  await expectAccessible(page);
}

async function expectRefused(form: Locator) {
  await expect(form.getByRole("alert")).toContainText(NOT_FOUND_ERROR);
}

function kempenrodeIdRoutes(k: Kempenrode): string[] {
  return [
    `/expeditions/${k.expeditionId}`,
    `/expeditions/${k.expeditionId}/edit`,
    `/expeditions/${k.expeditionId}/programme`,
    `/expeditions/${k.expeditionId}/programme/${k.programmeId}`,
    `/expeditions/${k.expeditionId}/programme/${k.programmeId}/day-sheet`,
    `/expeditions/${k.expeditionId}/programme/schedules`,
    `/expeditions/${k.expeditionId}/invitations`,
    `/expeditions/${k.expeditionId}/invitations/changes`,
    `/services/${k.serviceId}`,
    `/services/${k.serviceId}/edit`,
    `/services/${k.serviceId}/sheet`,
    `/mandataries/${k.mandataryId}`,
    `/mailbox/${k.messageId}`,
  ];
}

// Read once per worker, in the first test that runs (a failed test starts a new worker).
test.beforeEach(async ({ browser }) => {
  if (collected) return;
  kempenrode = await collectKempenrode(browser);
  collected = true;
});

async function collectKempenrode(browser: Browser): Promise<Kempenrode> {
  const page = await signedIn(browser, COORDINATOR);

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Expedities" }).click();
  const expeditionLink = page.getByRole("link", { name: "Expeditie Zorg Kempenrode", exact: true });
  const expeditionId = idFrom(await expeditionLink.getAttribute("href"), "/expeditions");
  await expectAccessible(page);
  await expeditionLink.click();
  await expect(page.getByRole("heading", { level: 1, name: "Expeditie Zorg Kempenrode" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Gegevens wijzigen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gegevens wijzigen" })).toBeVisible();
  await expectAccessible(page);
  const firstDay = await page.getByLabel("Eerste dag").inputValue();
  const lastDay = await page.getByLabel("Laatste dag").inputValue();
  const deadlineDay = await page.getByLabel("Datum").inputValue();
  await page.goBack();

  await page.getByRole("link", { name: "Programma bewerken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Programma: Expeditie Zorg Kempenrode" })).toBeVisible();
  await expectAccessible(page);
  const programmeLink = page.getByRole("link", { name: "Busronde dinsdag", exact: true });
  const programmeId = idFrom(await programmeLink.getAttribute("href"), `/expeditions/${expeditionId}/programme`);
  await programmeLink.click();
  await expect(page.getByRole("heading", { level: 1, name: /^Busronde dinsdag — / })).toBeVisible();
  await expectAccessible(page);
  const stopId = await page
    .locator("form", {
      has: page.getByRole("button", { name: "08:30 Woonzorgcentrum Hof ter Linden verwijderen" }),
    })
    .locator('input[name="stopId"]')
    .inputValue();
  // The Wednesday afternoon's option that Annelies Van Dyck (the first of the college) picked.
  await page.goto(`/expeditions/${expeditionId}/programme/schedules`);
  await expect(page.getByRole("heading", { level: 1, name: "Keuzes en persoonlijke schema’s" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Keuzes van Annelies Van Dyck aanpassen" }).click();
  const picks = page.getByRole("form", { name: "Keuzes van Annelies Van Dyck" });
  await expect(picks.getByRole("checkbox", { checked: true })).toHaveCount(1);
  const optionId = await picks.getByRole("checkbox", { checked: true }).getAttribute("value");
  await page.goto(`/expeditions/${expeditionId}`);

  await page.getByRole("link", { name: "Uitnodigen en antwoorden bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uitnodigingen: Expeditie Zorg Kempenrode" })).toBeVisible();
  await expectAccessible(page);
  const invitationId = await page
    .locator("form", { has: page.getByRole("button", { name: "Nieuwe link sturen naar Annelies Van Dyck" }) })
    .locator('input[name="invitationId"]')
    .inputValue();

  await page.getByRole("link", { name: "Zorgdiensten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zorgdiensten" })).toBeVisible();
  await expectAccessible(page);
  const serviceId = idFrom(
    await page.getByRole("link", { name: "Kinderdagverblijf De Speelboom" }).getAttribute("href"),
    "/services",
  );
  const ownServiceId = idFrom(
    await page.getByRole("link", { name: "Woonzorgcentrum Hof ter Linden" }).getAttribute("href"),
    "/services",
  );

  await page.getByRole("link", { name: "Mandatarissen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mandatarissen" })).toBeVisible();
  await expectAccessible(page);
  const mandataryId = idFrom(
    await page.getByRole("link", { name: "Tom Peeters" }).getAttribute("href"),
    "/mandataries",
  );

  await page.getByRole("link", { name: "Postvak uit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Postvak uit" })).toBeVisible();
  await expectAccessible(page);
  const messageId = idFrom(
    await page.getByRole("link", { name: "Uitnodiging: Expeditie Zorg Kempenrode" }).first().getAttribute("href"),
    "/mailbox",
  );

  const ids = {
    expeditionId,
    firstDay,
    lastDay,
    deadlineDay,
    programmeId,
    stopId,
    optionId: optionId!,
    invitationId,
    serviceId,
    ownServiceId,
    mandataryId,
    messageId,
  };
  for (const id of Object.values(ids)) expect(id).toMatch(/\S/);

  // Every id route answers Kempenrode's own coordinator, so a 404 for others is about who asks.
  for (const path of kempenrodeIdRoutes(ids)) await visit(page, path);
  await page.context().close();
  return ids;
}

test("another organization's coordinator gets a 404 for every page of Kempenrode's data", async ({ browser }) => {
  const page = await signedIn(browser, HEIDEBEEK);
  await expect(page.getByRole("heading", { level: 1, name: "Expedities" })).toBeVisible();
  for (const path of kempenrodeIdRoutes(kempenrode)) await expectNotFound(page, path);
  // The day sheet as a PDF: no document either.
  const pdf = await page.request.get(`/api/programmes/${kempenrode.programmeId}/day-sheet`);
  expect(pdf.status()).toBe(404);
  expect(pdf.headers()["content-type"] ?? "").not.toContain("application/pdf");
  await page.context().close();
});

test("list pages show only the organization's own data", async ({ browser }) => {
  const heidebeek = await signedIn(browser, HEIDEBEEK);
  await expect(heidebeek.getByText(`${OTHER_TENANT.organization} · Wout Heidebeek (coördinator)`)).toBeVisible();

  await visit(heidebeek, "/expeditions");
  await expect(heidebeek.getByRole("link", { name: OTHER_TENANT.expeditionTitle })).toBeVisible();
  await expect(heidebeek.getByText("Expeditie Zorg Kempenrode")).toHaveCount(0);

  await visit(heidebeek, "/services");
  await expect(heidebeek.getByRole("link", { name: OTHER_TENANT.serviceName })).toBeVisible();
  await expect(heidebeek.locator("tbody tr")).toHaveCount(1);
  for (const name of ["Woonzorgcentrum Hof ter Linden", "Kinderdagverblijf De Speelboom", "Sociaal Huis Kempenrode"]) {
    await expect(heidebeek.getByText(name)).toHaveCount(0);
  }

  await visit(heidebeek, "/mandataries");
  const joke = `${OTHER_TENANT.mandatary.firstName} ${OTHER_TENANT.mandatary.lastName}`;
  await expect(heidebeek.getByRole("link", { name: joke })).toBeVisible();
  for (const name of ["Annelies Van Dyck", "Tom Peeters", "Fatima Bouzid"])
    await expect(heidebeek.getByText(name)).toHaveCount(0);

  await visit(heidebeek, "/team");
  await expect(heidebeek.getByRole("cell", { name: HEIDEBEEK })).toBeVisible();
  await expect(heidebeek.getByText(COORDINATOR, { exact: true })).toHaveCount(0);
  await expect(heidebeek.getByText("Katrien Coppens")).toHaveCount(0);
  // The services a new colleague can be linked to are Heidebeek's own.
  await expect(heidebeek.getByRole("checkbox", { name: OTHER_TENANT.serviceName })).toBeVisible();
  await expect(heidebeek.getByRole("checkbox")).toHaveCount(1);

  await visit(heidebeek, "/mailbox");
  await expect(heidebeek.getByRole("heading", { level: 1, name: "Postvak uit" })).toBeVisible();
  await expect(heidebeek.getByText("Uitnodiging: Expeditie Zorg Kempenrode")).toHaveCount(0);
  await expect(heidebeek.getByText("@example.org", { exact: false })).toHaveCount(0);

  // The programme editor offers only Heidebeek's services; the invitation form only Heidebeek's mandataries.
  await heidebeek.goto("/expeditions");
  await heidebeek.getByRole("link", { name: OTHER_TENANT.expeditionTitle }).click();
  await expect(heidebeek.getByRole("heading", { level: 1, name: OTHER_TENANT.expeditionTitle })).toBeVisible();
  await expect(heidebeek.locator("body")).not.toContainText("Kempenrode");
  await expectAccessible(heidebeek);
  await heidebeek.getByRole("link", { name: "Programma bewerken" }).click();
  await expect(
    heidebeek.getByRole("heading", { level: 1, name: `Programma: ${OTHER_TENANT.expeditionTitle}` }),
  ).toBeVisible();
  await expectAccessible(heidebeek);
  const conceptServices = heidebeek
    .getByRole("form", { name: "Nieuw dagprogramma" })
    .getByRole("group", { name: "Zorgdiensten, in de volgorde van het bezoek" })
    .getByRole("checkbox");
  await expect(conceptServices).toHaveCount(1);
  await expect(conceptServices).toHaveAccessibleName(OTHER_TENANT.serviceName);
  await heidebeek.getByRole("link", { name: "Bezoek", exact: true }).click();
  await expect(heidebeek.getByRole("heading", { level: 1, name: /^Bezoek — / })).toBeVisible();
  await expectAccessible(heidebeek);
  await expect(
    heidebeek
      .getByRole("form", { name: "Onderdeel toevoegen" })
      .getByRole("combobox", { name: "Zorgdienst", exact: true })
      .locator("option"),
  ).toHaveText(["Geen zorgdienst", OTHER_TENANT.serviceName]);
  await expect(heidebeek.locator("body")).not.toContainText("Kempenrode");
  await heidebeek.goto("/expeditions");
  await heidebeek.getByRole("link", { name: OTHER_TENANT.expeditionTitle }).click();
  await heidebeek.getByRole("link", { name: "Uitnodigen en antwoorden bekijken" }).click();
  await expect(
    heidebeek.getByRole("heading", { level: 1, name: `Uitnodigingen: ${OTHER_TENANT.expeditionTitle}` }),
  ).toBeVisible();
  await expectAccessible(heidebeek);
  await expect(heidebeek.getByRole("group", { name: "Wie nodig je uit?" }).getByRole("checkbox")).toHaveCount(1);
  await expect(heidebeek.getByRole("checkbox", { name: new RegExp(joke) })).toBeVisible();
  await heidebeek.context().close();

  // And the other way round.
  const own = await signedIn(browser, COORDINATOR);
  await visit(own, "/expeditions");
  await expect(own.getByRole("link", { name: "Expeditie Zorg Kempenrode", exact: true })).toBeVisible();
  await expect(own.getByText(OTHER_TENANT.expeditionTitle)).toHaveCount(0);
  await visit(own, "/services");
  await expect(own.getByRole("link", { name: "Kinderdagverblijf De Speelboom" })).toBeVisible();
  await expect(own.getByText(OTHER_TENANT.serviceName)).toHaveCount(0);
  await expect(own.getByText("Heidebeek")).toHaveCount(0);
  await visit(own, "/mandataries");
  await expect(own.getByRole("link", { name: "Tom Peeters" })).toBeVisible();
  await expect(own.getByText(joke)).toHaveCount(0);
  await expect(own.getByText(OTHER_TENANT.mandatary.email)).toHaveCount(0);
  await visit(own, "/team");
  await expect(own.getByRole("cell", { name: COORDINATOR })).toBeVisible();
  await expect(own.getByText(HEIDEBEEK)).toHaveCount(0);
  await visit(own, "/mailbox");
  await expect(own.getByRole("link", { name: "Uitnodiging: Expeditie Zorg Kempenrode" }).first()).toBeVisible();
  await expect(own.getByText(OTHER_TENANT.mandatary.email)).toHaveCount(0);
  await own.context().close();
});

test.describe("forged ids in the organization's own forms", () => {
  async function heidebeekExpedition(page: Page) {
    await page.goto("/expeditions");
    await page.getByRole("link", { name: OTHER_TENANT.expeditionTitle }).click();
    await expect(page.getByRole("heading", { level: 1, name: OTHER_TENANT.expeditionTitle })).toBeVisible();
    await expectAccessible(page);
  }

  async function heidebeekProgrammes(page: Page) {
    await heidebeekExpedition(page);
    await page.getByRole("link", { name: "Programma bewerken" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Programma: ${OTHER_TENANT.expeditionTitle}` }),
    ).toBeVisible();
    await expectAccessible(page);
  }

  /** The editor of Heidebeek's own day programme "Bezoek". */
  async function heidebeekProgramme(page: Page) {
    await heidebeekProgrammes(page);
    await page.getByRole("link", { name: "Bezoek", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Bezoek — / })).toBeVisible();
    await expectAccessible(page);
  }

  /** A second stop in Heidebeek's programme, so its first one can be moved later. */
  async function heidebeekSecondStop(page: Page) {
    const closing = page.getByRole("region", { name: "Tijdlijn" }).getByRole("heading", { name: /Afsluiting/ });
    if ((await closing.count()) > 0) return;
    const form = page.getByRole("form", { name: "Onderdeel toevoegen" });
    await form.getByRole("combobox", { name: "Soort onderdeel" }).selectOption({ label: "Onthaal of afsluiting" });
    await form.getByRole("textbox", { name: "Naam van het onderdeel" }).fill("Afsluiting");
    await form.getByRole("textbox", { name: "Van", exact: true }).fill("11:30");
    await form.getByRole("textbox", { name: "Tot", exact: true }).fill("12:00");
    await form.getByRole("button", { name: "Onderdeel toevoegen" }).click();
    await expect(form.getByRole("status")).toContainText("Onderdeel toegevoegd.");
    await expect(closing).toHaveText("2. 11:30–12:00 · Afsluiting");
  }

  async function heidebeekInvitations(page: Page) {
    await heidebeekExpedition(page);
    await page.getByRole("link", { name: "Uitnodigen en antwoorden bekijken" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Uitnodigingen: ${OTHER_TENANT.expeditionTitle}` }),
    ).toBeVisible();
    await expectAccessible(page);
  }

  /** Kempenrode's coordinator on the editor of the seeded bus tour. */
  async function kempenrodeProgramme(browser: Browser): Promise<Page> {
    const page = await signedIn(browser, COORDINATOR);
    await visit(page, `/expeditions/${kempenrode.expeditionId}/programme/${kempenrode.programmeId}`);
    await expect(page.getByRole("heading", { level: 1, name: /^Busronde dinsdag — / })).toBeVisible();
    return page;
  }

  /** The bus tour's stops, as "1. 08:30–09:30 · Woonzorgcentrum Hof ter Linden". */
  const busronde = (page: Page) => page.getByRole("region", { name: "Tijdlijn" }).getByRole("heading", { level: 3 });
  const SEEDED_BUS_STOPS = [
    "1. 08:30–09:30 · Woonzorgcentrum Hof ter Linden",
    "2. 10:00–11:30 · Lokaal dienstencentrum De Kring",
    "3. 11:30–12:15 · Lokaal dienstencentrum De Kring — Broodjeslunch met de bezoekers",
    "4. 12:15–12:30 · Persmoment",
    "5. 13:00–14:00 · Buurtzorgproject De Brug",
  ];
  const HEIDE_STOP = `10:00 ${OTHER_TENANT.serviceName}`;

  test("updating a service", async ({ page, browser }) => {
    await signInAs(page, HEIDEBEEK);
    await page.getByRole("link", { name: "Zorgdiensten" }).click();
    await page.getByRole("link", { name: OTHER_TENANT.serviceName }).click();
    await expect(page.getByRole("heading", { level: 1, name: OTHER_TENANT.serviceName })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Gegevens bewerken" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Gegevens van ${OTHER_TENANT.serviceName}` }),
    ).toBeVisible();
    await expectAccessible(page);
    const form = page.locator("form", { has: page.locator('input[name="serviceId"]') });
    await form.getByRole("textbox", { name: "Naam", exact: true }).first().fill("Gekaapte zorgdienst");
    await forge(hidden(form, "serviceId"), kempenrode.serviceId);
    await form.getByRole("button", { name: "Bewaren" }).click();
    await expectRefused(form);
    await expectAccessible(page);

    const own = await signedIn(browser, COORDINATOR);
    await visit(own, `/services/${kempenrode.serviceId}/edit`);
    await expect(
      own.getByRole("heading", { level: 1, name: "Gegevens van Kinderdagverblijf De Speelboom" }),
    ).toBeVisible();
    await expect(own.getByRole("textbox", { name: "Naam", exact: true }).first()).toHaveValue(
      "Kinderdagverblijf De Speelboom",
    );
    await visit(own, "/services");
    await expect(own.getByText("Gekaapte zorgdienst")).toHaveCount(0);
    await own.context().close();
  });

  test("adding a stop to a programme", async ({ page, browser }) => {
    await signInAs(page, HEIDEBEEK);
    await heidebeekProgramme(page);
    const form = page.getByRole("form", { name: "Onderdeel toevoegen" });
    await form
      .getByRole("combobox", { name: "Zorgdienst", exact: true })
      .selectOption({ label: OTHER_TENANT.serviceName });
    await form.getByRole("textbox", { name: "Van", exact: true }).fill("14:00");
    await form.getByRole("textbox", { name: "Tot", exact: true }).fill("15:00");
    await form.getByRole("textbox", { name: "Wat gebeurt er", exact: true }).fill("Gekaapt bezoek");
    await forge(hidden(form, "programmeId"), kempenrode.programmeId);
    await form.getByRole("button", { name: "Onderdeel toevoegen" }).click();
    await expectRefused(form);
    await expectAccessible(page);

    // Heidebeek's own programme with one of Kempenrode's services: refused as well.
    await page.reload();
    const again = page.getByRole("form", { name: "Onderdeel toevoegen" });
    const select = again.getByRole("combobox", { name: "Zorgdienst", exact: true });
    await select.selectOption({ label: OTHER_TENANT.serviceName });
    await forge(select, kempenrode.serviceId);
    await again.getByRole("textbox", { name: "Van", exact: true }).fill("14:00");
    await again.getByRole("textbox", { name: "Tot", exact: true }).fill("15:00");
    await again.getByRole("textbox", { name: "Wat gebeurt er", exact: true }).fill("Gekaapt bezoek");
    await again.getByRole("button", { name: "Onderdeel toevoegen" }).click();
    await expect(again.getByRole("alert")).toContainText("Kies een zorgdienst.");
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: /^Bezoek — / })).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByText("Gekaapt bezoek")).toHaveCount(0);
    await expect(page.getByRole("main")).not.toContainText("Woonzorgcentrum Hof ter Linden");
    await expect(page.getByRole("main")).not.toContainText("Kinderdagverblijf De Speelboom");

    const own = await kempenrodeProgramme(browser);
    await expect(busronde(own)).toHaveText(SEEDED_BUS_STOPS);
    await expect(own.getByText("Gekaapt bezoek")).toHaveCount(0);
    await own.context().close();
  });

  test("editing a stop", async ({ page, browser }) => {
    await signInAs(page, HEIDEBEEK);
    await heidebeekProgramme(page);
    const stop = page.getByRole("article", { name: `1. 10:00–11:00 · ${OTHER_TENANT.serviceName}` });
    await stop.getByRole("link", { name: `${HEIDE_STOP} bewerken` }).click();
    const form = stop.getByRole("form", { name: `Onderdeel ${HEIDE_STOP} bewerken` });
    await form.getByRole("textbox", { name: "Wat gebeurt er", exact: true }).fill("Gekaapt bezoek");
    await form.getByRole("textbox", { name: "Van", exact: true }).fill("08:00");
    await forge(hidden(form, "stopId"), kempenrode.stopId);
    await form.getByRole("button", { name: "Onderdeel bewaren" }).click();
    await expectRefused(form);
    await expectAccessible(page);
    await page.reload();
    await expect(busronde(page).first()).toHaveText(`1. 10:00–11:00 · ${OTHER_TENANT.serviceName}`);
    await expect(page.getByText("Gekaapt bezoek")).toHaveCount(0);

    const own = await kempenrodeProgramme(browser);
    await expect(busronde(own)).toHaveText(SEEDED_BUS_STOPS);
    await expect(own.getByText("Gekaapt bezoek")).toHaveCount(0);
    await own.context().close();
  });

  test("moving a stop", async ({ page, browser }) => {
    await signInAs(page, HEIDEBEEK);
    await heidebeekProgramme(page);
    await heidebeekSecondStop(page);
    const later = page.getByRole("button", { name: `${HEIDE_STOP} later zetten` });
    await forge(hidden(page.locator("form", { has: later }), "stopId"), kempenrode.stopId);
    await later.click();
    const stop = page.getByRole("article", { name: `1. 10:00–11:00 · ${OTHER_TENANT.serviceName}` });
    await expect(stop.getByRole("alert")).toContainText(NOT_FOUND_ERROR);
    await expectAccessible(page);
    await page.reload();
    await expect(busronde(page)).toHaveText([
      `1. 10:00–11:00 · ${OTHER_TENANT.serviceName}`,
      "2. 11:30–12:00 · Afsluiting",
    ]);

    const own = await kempenrodeProgramme(browser);
    await expect(busronde(own)).toHaveText(SEEDED_BUS_STOPS);
    await own.context().close();
  });

  test("removing a stop", async ({ page, browser }) => {
    await signInAs(page, HEIDEBEEK);
    await heidebeekProgramme(page);
    const ownStop = page.getByRole("button", { name: `${HEIDE_STOP} verwijderen` });
    await forge(hidden(page.locator("form", { has: ownStop }), "stopId"), kempenrode.stopId);
    await ownStop.click();
    const stop = page.getByRole("article", { name: `1. 10:00–11:00 · ${OTHER_TENANT.serviceName}` });
    await expect(stop.getByRole("alert")).toContainText(NOT_FOUND_ERROR);
    await expectAccessible(page);
    // Heidebeek's own stop, whose form was used, is still there too.
    await page.reload();
    await expect(page.getByRole("button", { name: `${HEIDE_STOP} verwijderen` })).toBeVisible();
    await expectAccessible(page);

    const own = await kempenrodeProgramme(browser);
    await expect(own.locator(`input[name="stopId"][value="${kempenrode.stopId}"]`).first()).toBeAttached();
    await expect(busronde(own)).toHaveText(SEEDED_BUS_STOPS);
    await own.context().close();
  });

  test("changing a programme's settings and removing a programme", async ({ page, browser }) => {
    await signInAs(page, HEIDEBEEK);
    await heidebeekProgramme(page);
    const settings = page.getByRole("form", { name: "Instellingen van dit dagprogramma" });
    await settings.getByRole("textbox", { name: "Naam", exact: true }).fill("Gekaapt programma");
    // A day of Kempenrode's expedition, so only the organization check can stop it.
    await settings.getByRole("textbox", { name: "Dag", exact: true }).fill(kempenrode.firstDay);
    await forge(hidden(settings, "programmeId"), kempenrode.programmeId);
    await settings.getByRole("button", { name: "Instellingen bewaren" }).click();
    await expectRefused(settings);
    await expectAccessible(page);

    await page.locator("summary", { hasText: "Dagprogramma verwijderen" }).click();
    const remove = page.getByRole("form", { name: "Dagprogramma verwijderen" });
    await remove.getByRole("checkbox").check();
    await forge(hidden(remove, "programmeId"), kempenrode.programmeId);
    await remove.getByRole("button", { name: "Dagprogramma verwijderen" }).click();
    await expectRefused(remove);
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: /^Bezoek — / })).toBeVisible();

    const own = await kempenrodeProgramme(browser);
    await expect(own.getByRole("heading", { level: 1, name: /^Busronde dinsdag — / })).toBeVisible();
    await expect(busronde(own)).toHaveText(SEEDED_BUS_STOPS);
    await visit(own, `/expeditions/${kempenrode.expeditionId}/programme`);
    await expect(own.getByRole("link", { name: "Busronde dinsdag", exact: true })).toBeVisible();
    await expect(own.getByText("Gekaapt programma")).toHaveCount(0);
    await own.context().close();
  });

  test("sending invitations", async ({ page, browser }) => {
    const joke = `${OTHER_TENANT.mandatary.firstName} ${OTHER_TENANT.mandatary.lastName}`;
    await signInAs(page, HEIDEBEEK);
    await heidebeekInvitations(page);
    const form = page.getByRole("form", { name: "Mandatarissen uitnodigen" });
    await form.getByRole("checkbox", { name: new RegExp(joke) }).check();
    await forge(hidden(form, "expeditionId"), kempenrode.expeditionId);
    await form.getByRole("button", { name: "Uitnodigingen versturen" }).click();
    await expectRefused(form);
    await expectAccessible(page);

    // Heidebeek's own expedition, but one of Kempenrode's mandataries.
    await page.reload();
    const again = page.getByRole("form", { name: "Mandatarissen uitnodigen" });
    const checkbox = again.getByRole("checkbox", { name: new RegExp(joke) });
    // Checked first: React puts an input's value back after a change event on it.
    await checkbox.check();
    await forge(checkbox, kempenrode.mandataryId);
    await again.getByRole("button", { name: "Uitnodigingen versturen" }).click();
    await expectRefused(again);
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByText("Er is nog niemand uitgenodigd.")).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByText("Tom Peeters")).toHaveCount(0);

    const own = await signedIn(browser, COORDINATOR);
    await visit(own, `/expeditions/${kempenrode.expeditionId}/invitations`);
    await expect(own.getByRole("row", { name: /Annelies Van Dyck/ })).toBeVisible();
    await expect(own.getByText(joke)).toHaveCount(0);
    await own.context().close();
  });

  test("resending an invitation", async ({ page, browser }) => {
    // Annelies Van Dyck's personal link works before the attempt...
    const mail = await waitForMail("annelies.vandyck@example.org", /Uitnodiging: Expeditie Zorg Kempenrode/);
    const link = mail.text.match(/https?:\/\/\S+\/rsvp\/\S+/)?.[0];
    expect(link).toBeTruthy();
    const mandatary = await browser.newContext();
    const phone = await mandatary.newPage();
    await phone.goto(link!);
    await expect(phone.getByRole("heading", { level: 1, name: "Expeditie Zorg Kempenrode" })).toBeVisible();
    await expectAccessible(phone);

    // Heidebeek needs an invitation of its own to have a resend button.
    const joke = `${OTHER_TENANT.mandatary.firstName} ${OTHER_TENANT.mandatary.lastName}`;
    await signInAs(page, HEIDEBEEK);
    await heidebeekInvitations(page);
    const resend = page.getByRole("button", { name: `Nieuwe link sturen naar ${joke}` });
    if ((await resend.count()) === 0) {
      await page.getByRole("checkbox", { name: new RegExp(joke) }).check();
      await page.getByRole("button", { name: "Uitnodigingen versturen" }).click();
      await expect(page.getByText("1 uitnodiging klaargezet voor verzending.")).toBeVisible();
      await expectAccessible(page);
    }
    const form = page.locator("form", { has: resend });
    await forge(hidden(form, "invitationId"), kempenrode.invitationId);
    await resend.click();
    await expectRefused(form);
    await expectAccessible(page);

    // ...and after: a resend would have replaced it at once.
    await phone.reload();
    await expect(phone.getByRole("heading", { level: 1, name: "Expeditie Zorg Kempenrode" })).toBeVisible();
    await expect(phone.getByText("Beste Annelies Van Dyck")).toBeVisible();
    await expectAccessible(phone);
    await mandatary.close();
  });

  test("recording a mandatary's picks", async ({ page, browser }) => {
    const joke = `${OTHER_TENANT.mandatary.firstName} ${OTHER_TENANT.mandatary.lastName}`;
    // Kempenrode's fill rates before.
    const own = await signedIn(browser, COORDINATOR);
    await visit(own, `/expeditions/${kempenrode.expeditionId}/programme/schedules`);
    const fill = own.getByRole("table", { name: /^Keuzenamiddag woensdag/ }).locator("tbody");
    await expect(fill.getByRole("row")).toHaveCount(2);
    const fillBefore = await fill.textContent();

    // Heidebeek needs a choice programme with an option, and Joke Heylen invited, to have a picks form.
    await signInAs(page, HEIDEBEEK);
    await heidebeekProgrammes(page);
    if ((await page.getByRole("link", { name: "Keuzes in Heidebeek", exact: true }).count()) === 0) {
      const create = page.getByRole("form", { name: "Nieuw dagprogramma" });
      await create.getByRole("textbox", { name: "Naam", exact: true }).fill("Keuzes in Heidebeek");
      await create.getByRole("radio", { name: "Keuzeprogramma" }).check();
      await create.getByRole("button", { name: "Dagprogramma aanmaken" }).click();
      await expect(
        page.getByText("Dagprogramma ‘Keuzes in Heidebeek’ aangemaakt. Pas het hieronder aan."),
      ).toBeVisible();
      const add = page.getByRole("form", { name: "Onderdeel toevoegen" });
      await add
        .getByRole("combobox", { name: "Zorgdienst", exact: true })
        .selectOption({ label: OTHER_TENANT.serviceName });
      await add.getByRole("textbox", { name: "Van", exact: true }).fill("14:00");
      await add.getByRole("textbox", { name: "Tot", exact: true }).fill("15:00");
      await expect(add.getByRole("checkbox", { name: "Keuzeoptie (niet voor iedereen)" })).toBeChecked();
      await add.getByRole("textbox", { name: "Plaatsen" }).fill("2");
      await add.getByRole("button", { name: "Onderdeel toevoegen" }).click();
      await expect(add.getByRole("status")).toContainText("Onderdeel toegevoegd.");
      await expectAccessible(page);
    }
    await heidebeekInvitations(page);
    if ((await page.getByRole("button", { name: `Nieuwe link sturen naar ${joke}` }).count()) === 0) {
      await page.getByRole("checkbox", { name: new RegExp(joke) }).check();
      await page.getByRole("button", { name: "Uitnodigingen versturen" }).click();
      await expect(page.getByText("1 uitnodiging klaargezet voor verzending.")).toBeVisible();
    }
    await heidebeekProgrammes(page);
    await page.getByRole("link", { name: "Keuzes en persoonlijke schema’s" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Keuzes en persoonlijke schema’s" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: `Keuzes van ${joke} aanpassen` }).click();
    const form = page.getByRole("form", { name: `Keuzes van ${joke}` });
    const option = form.getByRole("checkbox", { name: `14:00–15:00 ${OTHER_TENANT.serviceName}` });
    await option.check();
    await forge(hidden(form, "mandataryId"), kempenrode.mandataryId);
    await form.getByRole("button", { name: "Keuzes bewaren" }).click();
    await expectRefused(form);
    await expectAccessible(page);

    // Joke herself, but Kempenrode's option.
    await page.reload();
    const again = page.getByRole("form", { name: `Keuzes van ${joke}` });
    const checkbox = again.getByRole("checkbox", { name: `14:00–15:00 ${OTHER_TENANT.serviceName}` });
    // Checked first: React puts an input's value back after a change event on it.
    await checkbox.check();
    await forge(checkbox, kempenrode.optionId);
    await again.getByRole("button", { name: "Keuzes bewaren" }).click();
    await expectRefused(again);
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByRole("meter", { name: `Bezetting van ${OTHER_TENANT.serviceName}` })).toHaveAttribute(
      "value",
      "0",
    );
    await expect(page.getByRole("main")).not.toContainText("Kempenrode");

    await own.reload();
    await expect(fill).toHaveText(fillBefore!);
    await expect(own.getByText(joke)).toHaveCount(0);
    await own.context().close();
  });

  test("creating a programme", async ({ page, browser }) => {
    await signInAs(page, HEIDEBEEK);
    await heidebeekProgrammes(page);
    const form = page.getByRole("form", { name: "Nieuw dagprogramma" });
    await form.getByRole("textbox", { name: "Naam", exact: true }).fill("Gekaapt programma");
    // A day of Kempenrode's expedition, so only the organization check can stop it.
    await form.getByRole("textbox", { name: "Dag", exact: true }).fill(kempenrode.firstDay);
    await forge(hidden(form, "expeditionId"), kempenrode.expeditionId);
    await form.getByRole("button", { name: "Dagprogramma aanmaken" }).click();
    await expectRefused(form);
    await expect(page).toHaveURL(/\/programme$/);
    await expectAccessible(page);

    const own = await signedIn(browser, COORDINATOR);
    await visit(own, `/expeditions/${kempenrode.expeditionId}`);
    await expect(own.getByRole("heading", { level: 3, name: /^Busronde dinsdag/ })).toBeVisible();
    await expect(own.getByText("Gekaapt programma")).toHaveCount(0);
    await visit(own, `/expeditions/${kempenrode.expeditionId}/programme`);
    await expect(own.getByRole("link", { name: "Busronde dinsdag", exact: true })).toBeVisible();
    await expect(own.getByText("Gekaapt programma")).toHaveCount(0);
    await own.context().close();
  });

  test("updating an expedition", async ({ page, browser }) => {
    await signInAs(page, HEIDEBEEK);
    await heidebeekExpedition(page);
    await page.getByRole("link", { name: "Gegevens wijzigen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gegevens wijzigen" })).toBeVisible();
    await expectAccessible(page);
    const form = page.locator("form", { has: page.locator('input[name="expeditionId"]') });
    await form.getByLabel("Titel").fill("Gekaapte expeditie");
    // Kempenrode's days, so only the organization check can stop it.
    await form.getByLabel("Eerste dag").fill(kempenrode.firstDay);
    await form.getByLabel("Laatste dag").fill(kempenrode.lastDay);
    await form.getByLabel("Datum").fill(kempenrode.deadlineDay);
    await forge(hidden(form, "expeditionId"), kempenrode.expeditionId);
    await form.getByRole("button", { name: "Bewaren" }).click();
    await expectRefused(form);
    await expect(page).toHaveURL(/\/edit$/);
    await expectAccessible(page);

    const own = await signedIn(browser, COORDINATOR);
    await visit(own, `/expeditions/${kempenrode.expeditionId}/edit`);
    await expect(own.getByLabel("Titel")).toHaveValue("Expeditie Zorg Kempenrode");
    await expect(own.getByLabel("Eerste dag")).toHaveValue(kempenrode.firstDay);
    await visit(own, "/expeditions");
    await expect(own.getByRole("link", { name: "Expeditie Zorg Kempenrode", exact: true })).toBeVisible();
    await expect(own.getByText("Gekaapte expeditie")).toHaveCount(0);
    await own.context().close();
  });

  test("updating a mandatary", async ({ page, browser }) => {
    const joke = `${OTHER_TENANT.mandatary.firstName} ${OTHER_TENANT.mandatary.lastName}`;
    await signInAs(page, HEIDEBEEK);
    await page.getByRole("link", { name: "Mandatarissen" }).click();
    await page.getByRole("link", { name: joke }).click();
    await expect(page.getByRole("heading", { level: 1, name: joke })).toBeVisible();
    await expectAccessible(page);
    // The details form (the page also has the erase form, with the same hidden id).
    const form = page.locator("form", { has: page.getByLabel("Voornaam") });
    await form.getByLabel("Voornaam").fill("Gekaapt");
    await forge(hidden(form, "mandataryId"), kempenrode.mandataryId);
    await form.getByRole("button", { name: "Bewaren" }).click();
    await expectRefused(form);
    await expectAccessible(page);

    const own = await signedIn(browser, COORDINATOR);
    await visit(own, `/mandataries/${kempenrode.mandataryId}`);
    await expect(own.getByRole("heading", { level: 1, name: "Tom Peeters" })).toBeVisible();
    await expect(own.getByLabel("Voornaam")).toHaveValue("Tom");
    await expect(own.getByLabel("E-mailadres")).toHaveValue("tom.peeters@example.org");
    await visit(own, "/mandataries");
    await expect(own.getByText("Gekaapt")).toHaveCount(0);
    await own.context().close();
  });
});

test("a service contact sees and edits only their own services", async ({ page, browser }) => {
  await signInAs(page, SERVICE_CONTACT);
  // Lands on the page they may use.
  await expect(page.getByRole("heading", { level: 1, name: "Zorgdiensten" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(nav.getByRole("link")).toHaveText(["Zorgdiensten"]);
  await expect(page.getByRole("link", { name: "Nieuwe zorgdienst" })).toHaveCount(0);
  await expect(page.locator("tbody tr")).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Woonzorgcentrum Hof ter Linden" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Dagverzorgingscentrum De Zonnewijzer" })).toBeVisible();
  await expect(page.getByText("Kinderdagverblijf De Speelboom")).toHaveCount(0);

  await page.getByRole("link", { name: "Dagverzorgingscentrum De Zonnewijzer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dagverzorgingscentrum De Zonnewijzer" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Gegevens bewerken" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Gegevens van Dagverzorgingscentrum De Zonnewijzer" }),
  ).toBeVisible();
  await expectAccessible(page);
  const serviceUrl = page.url();
  expect(serviceUrl).toMatch(/\/services\/[^/]+\/edit$/);
  await page.getByLabel("Telefoon").fill("014 99 88 77");
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByRole("status")).toHaveText("De zorgdienst is bewaard.");
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByLabel("Telefoon")).toHaveValue("014 99 88 77");
  await expectAccessible(page);

  // Another service of the same organization, through the form: refused.
  const form = page.locator("form", { has: page.locator('input[name="serviceId"]') });
  await form.getByRole("textbox", { name: "Naam", exact: true }).first().fill("Gekaapt door contactpersoon");
  await forge(hidden(form, "serviceId"), kempenrode.serviceId);
  await form.getByRole("button", { name: "Bewaren" }).click();
  await expectRefused(form);
  await expectAccessible(page);
  await page.goto(serviceUrl);
  await expect(
    page.getByRole("heading", { level: 1, name: "Gegevens van Dagverzorgingscentrum De Zonnewijzer" }),
  ).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Naam", exact: true }).first()).toHaveValue(
    "Dagverzorgingscentrum De Zonnewijzer",
  );
  await expectAccessible(page);

  // Their other service opens by its address too; any other service does not.
  await visit(page, `/services/${kempenrode.ownServiceId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Woonzorgcentrum Hof ter Linden" })).toBeVisible();
  for (const path of [
    `/services/${kempenrode.serviceId}`,
    `/services/${kempenrode.serviceId}/edit`,
    `/services/${kempenrode.serviceId}/sheet`,
    "/services/new",
    "/settings",
    "/expeditions",
    `/expeditions/${kempenrode.expeditionId}`,
    `/expeditions/${kempenrode.expeditionId}/programme/${kempenrode.programmeId}`,
    `/expeditions/${kempenrode.expeditionId}/programme/${kempenrode.programmeId}/day-sheet`,
    "/mandataries",
    `/mandataries/${kempenrode.mandataryId}`,
    "/team",
    "/mailbox",
    `/mailbox/${kempenrode.messageId}`,
  ]) {
    await expectNotFoundForMember(page, path);
  }

  const own = await signedIn(browser, COORDINATOR);
  await visit(own, "/services");
  await expect(own.getByRole("link", { name: "Kinderdagverblijf De Speelboom" })).toBeVisible();
  await expect(own.getByText("Gekaapt door contactpersoon")).toHaveCount(0);
  await own.context().close();
});

test("a communication officer can follow expeditions but not plan them", async ({ page }) => {
  await signInAs(page, COMMUNICATION_OFFICER);
  await expect(page.getByRole("heading", { level: 1, name: "Expedities" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(nav.getByRole("link")).toHaveText(["Expedities", "Zorgdiensten", "Mandatarissen", "Pers"]);
  await expect(page.getByRole("link", { name: "Nieuwe expeditie" })).toHaveCount(0);

  await page.getByRole("link", { name: "Expeditie Zorg Kempenrode", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Expeditie Zorg Kempenrode" })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole("table", { name: "Onderdelen van Busronde dinsdag" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Gegevens wijzigen" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Programma bewerken" })).toHaveCount(0);
  await page.getByRole("link", { name: "Antwoorden bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uitnodigingen: Expeditie Zorg Kempenrode" })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole("row", { name: /Annelies Van Dyck/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /Nieuwe link sturen/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Uitnodigingen versturen" })).toHaveCount(0);

  await page.getByRole("link", { name: "Zorgdiensten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zorgdiensten" })).toBeVisible();
  await expectAccessible(page);
  // Service pages are open to read, without a way to edit them.
  await page.getByRole("link", { name: "Kinderdagverblijf De Speelboom" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kinderdagverblijf De Speelboom" })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole("link", { name: "Gegevens bewerken" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Voorstellingsfiche bewerken" })).toHaveCount(0);
  await expect(page.locator('a[href$="/edit"], a[href$="/sheet"]:not([href^="/api/"])')).toHaveCount(0);
  await page.getByRole("link", { name: "Mandatarissen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mandatarissen" })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole("cell", { name: "Tom Peeters" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nieuwe mandataris" })).toHaveCount(0);

  for (const path of [
    "/expeditions/new",
    "/services/new",
    "/mandataries/new",
    "/team",
    "/mailbox",
    `/mailbox/${kempenrode.messageId}`,
    `/expeditions/${kempenrode.expeditionId}/programme`,
    `/expeditions/${kempenrode.expeditionId}/programme/${kempenrode.programmeId}`,
    `/expeditions/${kempenrode.expeditionId}/programme/schedules`,
    `/expeditions/${kempenrode.expeditionId}/edit`,
    `/services/${kempenrode.serviceId}/edit`,
    `/services/${kempenrode.serviceId}/sheet`,
    `/mandataries/${kempenrode.mandataryId}`,
    "/settings",
  ]) {
    await expectNotFoundForMember(page, path);
  }
});

test("without signing in, every route leads to the sign-in page", async ({ page }) => {
  const routes = [
    "/expeditions",
    "/expeditions/new",
    ...kempenrodeIdRoutes(kempenrode),
    "/services",
    "/services/new",
    "/mandataries",
    "/mandataries/new",
    "/team",
    "/mailbox",
    "/settings",
  ];
  for (const path of routes) {
    const response = await page.goto(path);
    expect(response?.request().redirectedFrom(), `${path} redirects`).not.toBeNull();
    await expect(page, path).toHaveURL(/\/login$/);
    await expect(page.getByRole("heading", { level: 1, name: "Aanmelden" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText("Kempenrode");
    await expectAccessible(page);
  }
});
