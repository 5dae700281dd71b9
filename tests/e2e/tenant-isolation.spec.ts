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
    `/expeditions/${k.expeditionId}/invitations`,
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
  const programmeId = await page
    .locator("form", { hasText: "Bezoek toevoegen aan Busronde dinsdag" })
    .locator('input[name="programmeId"]')
    .inputValue();
  const stopId = await page
    .locator("form", {
      has: page.getByRole("button", { name: "Bezoek 08:30 Woonzorgcentrum Hof ter Linden verwijderen" }),
    })
    .locator('input[name="stopId"]')
    .inputValue();
  await page.goBack();

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
  await expect(heidebeek.getByLabel("Zorgdienst", { exact: true }).locator("option")).toHaveText([
    "Kies een zorgdienst",
    OTHER_TENANT.serviceName,
  ]);
  await heidebeek.goBack();
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

  async function heidebeekProgramme(page: Page) {
    await heidebeekExpedition(page);
    await page.getByRole("link", { name: "Programma bewerken" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Programma: ${OTHER_TENANT.expeditionTitle}` }),
    ).toBeVisible();
    await expectAccessible(page);
  }

  async function heidebeekInvitations(page: Page) {
    await heidebeekExpedition(page);
    await page.getByRole("link", { name: "Uitnodigen en antwoorden bekijken" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Uitnodigingen: ${OTHER_TENANT.expeditionTitle}` }),
    ).toBeVisible();
    await expectAccessible(page);
  }

  async function kempenrodeProgramme(browser: Browser): Promise<Page> {
    const page = await signedIn(browser, COORDINATOR);
    await visit(page, `/expeditions/${kempenrode.expeditionId}/programme`);
    await expect(page.getByRole("heading", { level: 1, name: "Programma: Expeditie Zorg Kempenrode" })).toBeVisible();
    return page;
  }

  const busronde = (page: Page) => page.getByRole("table", { name: "Bezoeken van Busronde dinsdag" });

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
    const form = page.locator("form", { hasText: "Bezoek toevoegen aan Bezoek" });
    await form.getByLabel("Zorgdienst", { exact: true }).selectOption({ label: OTHER_TENANT.serviceName });
    await form.getByLabel("Van", { exact: true }).fill("14:00");
    await form.getByLabel("Tot", { exact: true }).fill("15:00");
    await form.getByLabel("Wat gebeurt er").fill("Gekaapt bezoek");
    await forge(hidden(form, "programmeId"), kempenrode.programmeId);
    await form.getByRole("button", { name: "Bezoek toevoegen" }).click();
    await expectRefused(form);
    await expectAccessible(page);

    // Heidebeek's own programme with one of Kempenrode's services: refused as well.
    await page.reload();
    const again = page.locator("form", { hasText: "Bezoek toevoegen aan Bezoek" });
    const select = again.getByLabel("Zorgdienst", { exact: true });
    await select.selectOption({ label: OTHER_TENANT.serviceName });
    await forge(select, kempenrode.serviceId);
    await again.getByLabel("Van", { exact: true }).fill("14:00");
    await again.getByLabel("Tot", { exact: true }).fill("15:00");
    await again.getByLabel("Wat gebeurt er").fill("Gekaapt bezoek");
    await again.getByRole("button", { name: "Bezoek toevoegen" }).click();
    await expect(again.getByRole("alert")).toContainText("Kies een zorgdienst.");
    await expectAccessible(page);
    await page.reload();
    await expect(
      page.getByRole("heading", { level: 1, name: `Programma: ${OTHER_TENANT.expeditionTitle}` }),
    ).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByText("Gekaapt bezoek")).toHaveCount(0);
    await expect(page.getByText("Woonzorgcentrum Hof ter Linden")).toHaveCount(0);
    await expect(page.getByText("Kinderdagverblijf De Speelboom")).toHaveCount(0);

    const own = await kempenrodeProgramme(browser);
    await expect(busronde(own).locator("tbody tr")).toHaveCount(4);
    await expect(own.getByText("Gekaapt bezoek")).toHaveCount(0);
    await own.context().close();
  });

  test("removing a stop", async ({ page, browser }) => {
    await signInAs(page, HEIDEBEEK);
    await heidebeekProgramme(page);
    const ownStop = page.getByRole("button", { name: `Bezoek 10:00 ${OTHER_TENANT.serviceName} verwijderen` });
    const form = page.locator("form", { has: ownStop });
    await forge(hidden(form, "stopId"), kempenrode.stopId);
    await ownStop.click();
    await expectRefused(form);
    await expectAccessible(page);
    // Heidebeek's own stop, whose form was used, is still there too.
    await page.reload();
    await expect(
      page.getByRole("button", { name: `Bezoek 10:00 ${OTHER_TENANT.serviceName} verwijderen` }),
    ).toBeVisible();
    await expectAccessible(page);

    const own = await kempenrodeProgramme(browser);
    await expect(own.locator(`input[name="stopId"][value="${kempenrode.stopId}"]`)).toHaveCount(1);
    await expect(busronde(own).getByRole("row", { name: /08:30–09:30 Woonzorgcentrum Hof ter Linden/ })).toBeVisible();
    await expect(busronde(own).locator("tbody tr")).toHaveCount(4);
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

  test("creating a programme", async ({ page, browser }) => {
    await signInAs(page, HEIDEBEEK);
    await heidebeekProgramme(page);
    const form = page.getByRole("form", { name: "Nieuw dagprogramma" });
    await form.getByRole("textbox", { name: "Naam", exact: true }).fill("Gekaapt programma");
    // A day of Kempenrode's expedition, so only the organization check can stop it.
    await form.getByRole("textbox", { name: "Dag", exact: true }).fill(kempenrode.firstDay);
    await forge(hidden(form, "expeditionId"), kempenrode.expeditionId);
    await form.getByRole("button", { name: "Dagprogramma toevoegen" }).click();
    await expectRefused(form);
    await expectAccessible(page);

    const own = await signedIn(browser, COORDINATOR);
    await visit(own, `/expeditions/${kempenrode.expeditionId}`);
    await expect(own.getByRole("heading", { level: 3, name: /^Busronde dinsdag/ })).toBeVisible();
    await expect(own.getByRole("heading", { level: 3 })).toHaveCount(2);
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
  await expect(nav.getByRole("link")).toHaveText(["Expedities", "Zorgdiensten", "Mandatarissen"]);
  await expect(page.getByRole("link", { name: "Nieuwe expeditie" })).toHaveCount(0);

  await page.getByRole("link", { name: "Expeditie Zorg Kempenrode", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Expeditie Zorg Kempenrode" })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole("table", { name: "Bezoeken van Busronde dinsdag" })).toBeVisible();
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
