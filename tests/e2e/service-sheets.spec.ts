import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { OTHER_TENANT } from "../fixtures/other-tenant";
import { E2E_PASSWORD, SEEDED_SERVICES } from "./config";
import {
  COORDINATOR,
  expectAccessible,
  expectFieldError,
  expectNotFoundForMember,
  forge,
  hidden,
  signIn,
  signedIn,
} from "./helpers";

// The presentation sheet of a care service (texts, key figures, care stories with consent), its visit
// practicalities and map, the portfolio suggestions, a mandatary's personal data, and the settings: as the
// coordinator, a service contact and the communication officer use them.
// The e2e servers share one database with the other specs: everything made here carries RUN, and what is
// changed in shared data (settings) is put back.

const SERVICE_CONTACT = "wzc@example.org";
const COMMUNICATION_OFFICER = "communicatie@example.org";
const OWN_SERVICE = SEEDED_SERVICES.WZC;
const OTHER_SERVICE = SEEDED_SERVICES.KDV;
const DETAILS_SERVICE = SEEDED_SERVICES.LDC;
const FORM_INVALID = "Niet alles is correct ingevuld. Kijk de gemarkeerde velden na.";
const NOT_FOUND_ERROR = "Dit item bestaat niet (meer).";
const RUN = randomBytes(3).toString("hex");

function mainNav(page: Page) {
  return page.getByRole("navigation", { name: "Hoofdmenu" });
}

/** From the list of services, as a user would. */
async function openService(page: Page, name: string) {
  await mainNav(page).getByRole("link", { name: "Zorgdiensten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zorgdiensten" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("region", { name: `Kaart met de ligging van ${name}` })).toBeVisible();
  await expectAccessible(page);
}

/** The ids of the services, read from the coordinator's list (once per worker). */
let serviceIds: Map<string, string> | undefined;
async function serviceId(browser: Browser, name: string): Promise<string> {
  if (!serviceIds) {
    const page = await signedIn(browser, COORDINATOR);
    await mainNav(page).getByRole("link", { name: "Zorgdiensten" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Zorgdiensten" })).toBeVisible();
    await expectAccessible(page);
    serviceIds = new Map();
    for (const link of await page.locator('tbody a[href^="/services/"]').all()) {
      const id = (await link.getAttribute("href"))!.match(/^\/services\/([^/?#]+)$/)?.[1];
      if (id) serviceIds.set((await link.textContent())!.trim(), id);
    }
    await page.context().close();
  }
  const id = serviceIds.get(name);
  if (!id) throw new Error(`no service ${name} in the coordinator's list`);
  return id;
}

const figureForms = (page: Page) => page.getByRole("form", { name: /^Cijfer \d+$/ });
const storyForms = (page: Page) => page.getByRole("form", { name: /^Zorgverhaal \d+$/ });
const sheetSection = (page: Page) => page.getByRole("region", { name: "Voorstellingsfiche" });
/** The number and unit shown for the key figure with this label. */
const figureShown = (sheet: Locator, label: string) =>
  sheet.getByRole("listitem").filter({ hasText: label }).locator("span").first();
/** The value next to a term in a description list. */
const detail = (list: Locator, term: string) =>
  list.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");

test("a service contact fills in the presentation sheet of their own service, and only theirs", async ({
  page,
  browser,
}) => {
  // A long flow with an axe check after every state: more than the default minute on a busy machine.
  test.slow();
  const otherId = await serviceId(browser, OTHER_SERVICE);
  const serviceUrl = await test.step("The contact opens their own service", async () => {
    await signIn(page, SERVICE_CONTACT, E2E_PASSWORD);
    await expect(page.getByRole("heading", { level: 1, name: "Zorgdiensten" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: OWN_SERVICE }).click();
    await expect(page.getByRole("heading", { level: 1, name: OWN_SERVICE })).toBeVisible();
    await expect(page.getByRole("region", { name: `Kaart met de ligging van ${OWN_SERVICE}` })).toBeVisible();
    await expect(page.getByRole("link", { name: "Gegevens bewerken" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Voorstellingsfiche downloaden (pdf)" })).toBeVisible();
    // Portfolio suggestions: names only, the contact has no mandatary pages.
    const portfolio = page.getByRole("region", { name: "Bevoegde schepenen" });
    await expect(portfolio.getByRole("listitem").filter({ hasText: "Bart Maes" })).toContainText(
      "Bart Maes (schepen) – via Welzijn, Ouderenzorg",
    );
    await expect(portfolio.getByRole("link")).toHaveCount(0);
    await expectAccessible(page);
    return page.url();
  });

  const sheetUrl = await test.step("They open the presentation sheet to edit it", async () => {
    await page.getByRole("link", { name: "Voorstellingsfiche bewerken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Voorstellingsfiche van ${OWN_SERVICE}` })).toBeVisible();
    await expectAccessible(page);
    return page.url();
  });

  const { description, participation } = await test.step("The texts", async () => {
    const texts = page.getByRole("form", { name: "Over de dienst" });
    const description = `Wij zorgen dag en nacht voor 96 bewoners (${RUN}).`;
    const participation = `Een bewoner toont de belevingstuin (${RUN}).`;
    await texts.getByRole("textbox", { name: "Wat doen we?" }).fill(description);
    await texts.getByRole("textbox", { name: "Zo nemen gebruikers deel aan het bezoek" }).fill(participation);
    await texts.getByRole("button", { name: "Fiche bewaren" }).click();
    await expect(texts.getByRole("status")).toHaveText("De fiche is bewaard.");
    await expectAccessible(page);
    return { description, participation };
  });

  const { figuresBefore, hoursLabel, shareLabel } =
    await test.step("Key figures: a wrong number first, then as typed in Flanders", async () => {
      const figuresBefore = await figureForms(page).count();
      const newFigure = page.getByRole("form", { name: "Nieuw cijfer" });
      await newFigure.getByRole("textbox", { name: "Getal" }).fill("heel veel");
      await newFigure.getByRole("textbox", { name: "Eenheid" }).fill("uren");
      await newFigure.getByRole("button", { name: "Cijfer toevoegen" }).click();
      await expect(newFigure.getByRole("alert")).toContainText(FORM_INVALID);
      await expectFieldError(
        newFigure.getByRole("textbox", { name: "Getal" }),
        "Vul een getal in, zoals 142, 38.500 of 8,6.",
      );
      await expectFieldError(
        newFigure.getByRole("textbox", { name: "Omschrijving" }),
        "Vul een omschrijving in, bijvoorbeeld ‘plaatsen kinderopvang’.",
      );
      await expect(newFigure.getByRole("textbox", { name: "Eenheid" })).toHaveValue("uren");
      await expectAccessible(page);
      await expect(figureForms(page)).toHaveCount(figuresBefore);

      const hoursLabel = `uren gezinszorg ${RUN}`;
      await newFigure.getByRole("textbox", { name: "Getal" }).fill("38.500");
      await newFigure.getByRole("textbox", { name: "Omschrijving" }).fill(hoursLabel);
      await newFigure.getByRole("button", { name: "Cijfer toevoegen" }).click();
      const hoursFigure = page.getByRole("form", { name: `Cijfer ${figuresBefore + 1}` });
      await expect(hoursFigure.getByRole("textbox", { name: "Omschrijving" })).toHaveValue(hoursLabel);
      await expect(hoursFigure.getByRole("textbox", { name: "Getal" })).toHaveValue("38500");
      await expect(
        page.getByRole("form", { name: "Nieuw cijfer" }).getByRole("textbox", { name: "Getal" }),
      ).toHaveValue("");
      await expectAccessible(page);

      const shareLabel = `vrijwilligers onder de medewerkers ${RUN}`;
      await newFigure.getByRole("textbox", { name: "Getal" }).fill("12,5");
      await newFigure.getByRole("textbox", { name: "Eenheid" }).fill("%");
      await newFigure.getByRole("textbox", { name: "Omschrijving" }).fill(shareLabel);
      await newFigure.getByRole("button", { name: "Cijfer toevoegen" }).click();
      const shareFigure = page.getByRole("form", { name: `Cijfer ${figuresBefore + 2}` });
      await expect(shareFigure.getByRole("textbox", { name: "Omschrijving" })).toHaveValue(shareLabel);
      await expect(shareFigure.getByRole("textbox", { name: "Getal" })).toHaveValue("12,5");
      await expectAccessible(page);
      return { figuresBefore, hoursLabel, shareLabel };
    });

  const { storiesBefore, newStory, namedQuote, tellerName } =
    await test.step("A care story with a name needs the teller's consent, and a note of how it was given", async () => {
      const storiesBefore = await storyForms(page).count();
      const newStory = page.getByRole("form", { name: "Nieuw zorgverhaal" });
      const namedQuote = `Mijn moeder kreeg hier haar glimlach terug (${RUN}).`;
      const tellerName = `Jozef ${RUN}`;
      await newStory.getByRole("textbox", { name: "Citaat" }).fill(namedQuote);
      await newStory.getByRole("textbox", { name: "Wie vertelt het (rol)" }).fill("mantelzorger");
      await newStory.getByRole("textbox", { name: "Naam (alleen met toestemming)" }).fill(tellerName);
      await newStory.getByRole("button", { name: "Zorgverhaal toevoegen" }).click();
      await expect(newStory.getByRole("alert")).toContainText(FORM_INVALID);
      const consent = newStory.getByRole("checkbox", { name: "De verteller gaf toestemming om de naam te vermelden" });
      await expectFieldError(
        consent,
        "Een naam mag alleen met toestemming van de verteller. Vink de toestemming aan of laat de naam leeg.",
      );
      await expect(newStory.getByRole("textbox", { name: "Naam (alleen met toestemming)" })).toHaveValue(tellerName);
      await expect(newStory.getByRole("textbox", { name: "Citaat" })).toHaveValue(namedQuote);
      await expectAccessible(page);
      await expect(storyForms(page)).toHaveCount(storiesBefore);

      // Consent ticked, but no note of it.
      await consent.check();
      await newStory.getByRole("button", { name: "Zorgverhaal toevoegen" }).click();
      const consentNote = newStory.getByRole("textbox", { name: "Hoe en wanneer werd de toestemming gegeven?" });
      await expectFieldError(consentNote, "Noteer hoe en wanneer de toestemming werd gegeven.");
      await expect(consent).toBeChecked();
      await expect(consent).not.toHaveAttribute("aria-invalid", "true");
      await expectAccessible(page);
      await expect(storyForms(page)).toHaveCount(storiesBefore);

      await consentNote.fill("mondeling, in het bijzijn van de hoofdverpleegkundige");
      await newStory.getByRole("button", { name: "Zorgverhaal toevoegen" }).click();
      const namedStory = page.getByRole("form", { name: `Zorgverhaal ${storiesBefore + 1}` });
      await expect(namedStory.getByRole("textbox", { name: "Naam (alleen met toestemming)" })).toHaveValue(tellerName);
      await expect(
        namedStory.getByRole("checkbox", { name: "De verteller gaf toestemming om de naam te vermelden" }),
      ).toBeChecked();
      await expectAccessible(page);
      return { storiesBefore, newStory, namedQuote, tellerName };
    });

  const anonymousQuote = await test.step("An anonymous story: no name, so no consent needed", async () => {
    const anonymousQuote = `Elke dinsdag leer ik hier iets bij (${RUN}).`;
    await newStory.getByRole("textbox", { name: "Citaat" }).fill(anonymousQuote);
    await newStory.getByRole("textbox", { name: "Wie vertelt het (rol)" }).fill("vrijwilliger");
    await newStory.getByRole("button", { name: "Zorgverhaal toevoegen" }).click();
    const anonymousStory = page.getByRole("form", { name: `Zorgverhaal ${storiesBefore + 2}` });
    await expect(anonymousStory.getByRole("textbox", { name: "Citaat" })).toHaveValue(anonymousQuote);
    await expectAccessible(page);
    return anonymousQuote;
  });

  await test.step("What visitors will read", async () => {
    await page.getByRole("link", { name: `← ${OWN_SERVICE}` }).click();
    await expect(page).toHaveURL(serviceUrl);
    await expect(page.getByRole("heading", { level: 1, name: OWN_SERVICE })).toBeVisible();
    const sheet = sheetSection(page);
    await expect(sheet).toContainText(description);
    await expect(sheet).toContainText(participation);
    await expect(figureShown(sheet, hoursLabel)).toHaveText("38.500 uren");
    await expect(figureShown(sheet, shareLabel)).toHaveText("12,5%");
    const named = sheet.getByRole("figure").filter({ hasText: namedQuote });
    await expect(named.getByRole("blockquote")).toHaveText(`“${namedQuote}”`);
    await expect(named.locator("figcaption")).toHaveText(`— ${tellerName}, mantelzorger`);
    const anonymous = sheet.getByRole("figure").filter({ hasText: anonymousQuote });
    await expect(anonymous.locator("figcaption")).toHaveText("— vrijwilliger");
    await expectAccessible(page);
  });

  await test.step("A figure removed", async () => {
    await page.getByRole("link", { name: "Voorstellingsfiche bewerken" }).click();
    await expect(page).toHaveURL(sheetUrl);
    await expectAccessible(page);
    await page.getByRole("button", { name: `Cijfer ${figuresBefore + 2} verwijderen` }).click();
    await expect(figureForms(page)).toHaveCount(figuresBefore + 1);
    await expect(page.getByRole("button", { name: `Cijfer ${figuresBefore + 2} verwijderen` })).toHaveCount(0);
    await expectAccessible(page);
    await page.goto(serviceUrl);
    await expect(sheetSection(page)).toContainText(hoursLabel);
    await expect(sheetSection(page)).not.toContainText(shareLabel);
    await expectAccessible(page);
  });

  await test.step("Another service: not by its address", async () => {
    for (const path of [`/services/${otherId}`, `/services/${otherId}/edit`, `/services/${otherId}/sheet`]) {
      await expectNotFoundForMember(page, path);
    }
    expect((await page.request.get(`/api/services/${otherId}/sheet`)).status()).toBe(404);
  });

  await test.step("Nor through the forms of their own sheet with the other service's id", async () => {
    await page.goto(sheetUrl);
    await expect(page.getByRole("heading", { level: 1, name: `Voorstellingsfiche van ${OWN_SERVICE}` })).toBeVisible();
    const forgedTexts = page.getByRole("form", { name: "Over de dienst" });
    await forgedTexts.getByRole("textbox", { name: "Wat doen we?" }).fill(`Gekaapte fiche ${RUN}`);
    await forge(hidden(forgedTexts, "serviceId"), otherId);
    await forgedTexts.getByRole("button", { name: "Fiche bewaren" }).click();
    await expect(forgedTexts.getByRole("alert")).toContainText(NOT_FOUND_ERROR);
    await expectAccessible(page);

    const forgedFigure = page.getByRole("form", { name: "Nieuw cijfer" });
    await forgedFigure.getByRole("textbox", { name: "Getal" }).fill("1");
    await forgedFigure.getByRole("textbox", { name: "Omschrijving" }).fill(`gekaapt cijfer ${RUN}`);
    await forge(hidden(forgedFigure, "serviceId"), otherId);
    await forgedFigure.getByRole("button", { name: "Cijfer toevoegen" }).click();
    await expect(forgedFigure.getByRole("alert")).toContainText(NOT_FOUND_ERROR);
    await expectAccessible(page);
  });

  await test.step("Their own sheet kept its text; the other service got nothing", async () => {
    await page.goto(serviceUrl);
    await expect(sheetSection(page)).toContainText(description);
    await expect(page.locator("body")).not.toContainText("Gekaapt");
    const own = await signedIn(browser, COORDINATOR);
    await openService(own, OTHER_SERVICE);
    await expect(own.locator("body")).not.toContainText(RUN);
    await own.context().close();
  });
});

test("the coordinator sets visiting hours and picks the location on the map", async ({ page }) => {
  const editUrl = await test.step("The coordinator opens the details of a service", async () => {
    await signIn(page);
    await expectAccessible(page);
    await openService(page, DETAILS_SERVICE);
    // The coordinator's suggestions link to the mandataries.
    await expect(
      page.getByRole("region", { name: "Bevoegde schepenen" }).getByRole("link", { name: "Bart Maes" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Gegevens bewerken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Gegevens van ${DETAILS_SERVICE}` })).toBeVisible();
    await expectAccessible(page);
    return page.url();
  });

  const saturdayTo = await test.step("Only the start of Saturday: refused, with what was typed kept", async () => {
    const saturdayFrom = page.getByLabel("Zaterdag van");
    const saturdayTo = page.getByLabel("Zaterdag tot");
    await expect(saturdayFrom).toHaveValue("");
    await expect(saturdayTo).toHaveValue("");
    await saturdayFrom.fill("10:00");
    await page.getByLabel("Grootste groep").fill("12");
    await page.getByLabel("Kortste bezoek (minuten)").fill("40");
    await page.getByLabel("Meedoen").fill(`Soep uitdelen\nMeespelen met de kaartclub ${RUN}`);
    await page.getByLabel("Kledij").fill(`Gewone kledij ${RUN}`);
    await page.getByLabel("Toegankelijkheid").fill(`Lift naar de eerste verdieping ${RUN}`);
    await page.getByRole("button", { name: "Bewaren" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(FORM_INVALID);
    await expectFieldError(saturdayFrom, "Vul voor deze dag zowel het begin- als het einduur in, of laat beide leeg.");
    await expect(saturdayFrom).toHaveValue("10:00");
    await expect(page.getByLabel("Grootste groep")).toHaveValue("12");
    await expect(page.getByLabel("Kledij")).toHaveValue(`Gewone kledij ${RUN}`);
    await expectAccessible(page);
    return saturdayTo;
  });

  const { pickedLatitude, pickedLongitude } =
    await test.step("With Saturday's end added, a click on the map fills in the coordinates", async () => {
      await saturdayTo.fill("12:00");

      const latitude = page.getByRole("textbox", { name: "Breedtegraad" });
      const longitude = page.getByRole("textbox", { name: "Lengtegraad" });
      const oldLatitude = await latitude.inputValue();
      const oldLongitude = await longitude.inputValue();
      const map = page.getByRole("region", { name: "Kaart om de ligging aan te duiden" });
      await expect(map.locator(".map-marker")).toHaveCount(1);
      const box = (await map.boundingBox())!;
      // Right of and above the marker in the middle, away from the zoom buttons and the attribution.
      await map.click({ position: { x: box.width * 0.75, y: box.height * 0.3 } });
      await expect(latitude).not.toHaveValue(oldLatitude);
      await expect(longitude).not.toHaveValue(oldLongitude);
      const pickedLatitude = await latitude.inputValue();
      const pickedLongitude = await longitude.inputValue();
      // North-east of the old point, and still in Kempenrode.
      expect(Number(pickedLatitude)).toBeGreaterThan(Number(oldLatitude));
      expect(Number(pickedLongitude)).toBeGreaterThan(Number(oldLongitude));
      expect(Math.abs(Number(pickedLatitude) - Number(oldLatitude))).toBeLessThan(0.05);
      await expect(map.locator(".map-marker")).toHaveCount(1);
      await expectAccessible(page);
      return { pickedLatitude, pickedLongitude };
    });

  await test.step("Saved", async () => {
    await page.getByRole("button", { name: "Bewaren" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("De zorgdienst is bewaard.");
    await expectAccessible(page);
  });

  await test.step("The service page shows the practicalities for a visit", async () => {
    await page.getByRole("link", { name: `← ${DETAILS_SERVICE}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: DETAILS_SERVICE })).toBeVisible();
    const visit = page.getByRole("region", { name: "Praktisch voor een bezoek" });
    await expect(detail(visit, "Bezoekuren")).toHaveText("ma–vr 10:00–16:00 · za 10:00–12:00");
    await expect(detail(visit, "Grootste groep")).toHaveText("12");
    await expect(detail(visit, "Kortste bezoek (minuten)")).toHaveText("40 minuten");
    await expect(detail(visit, "Meedoen")).toHaveText(`Soep uitdelen · Meespelen met de kaartclub ${RUN}`);
    await expect(detail(visit, "Kledij")).toHaveText(`Gewone kledij ${RUN}`);
    await expect(detail(visit, "Toegankelijkheid")).toHaveText(`Lift naar de eerste verdieping ${RUN}`);
    await expectAccessible(page);
  });

  await test.step("The edit form keeps the picked location and Saturday's hours", async () => {
    await page.goto(editUrl);
    await expect(page.getByRole("textbox", { name: "Breedtegraad" })).toHaveValue(pickedLatitude);
    await expect(page.getByRole("textbox", { name: "Lengtegraad" })).toHaveValue(pickedLongitude);
    await expect(page.getByLabel("Zaterdag van")).toHaveValue("10:00");
    await expect(page.getByLabel("Zaterdag tot")).toHaveValue("12:00");
    await expectAccessible(page);
  });
});

test("the coordinator adds a mandatary with a new portfolio, exports their data and erases them", async ({
  page,
  browser,
}) => {
  const firstName = "Wannes";
  const lastName = `Wisbaar ${RUN}`;
  const name = `${firstName} ${lastName}`;
  const email = `wannes.wisbaar.${RUN}@example.org`;
  const diet = `glutenvrij ${RUN}`;
  const newPortfolio = `Buurtwerking Test ${RUN}`;

  await test.step("The coordinator adds a mandatary with a new portfolio", async () => {
    await signIn(page);
    await expectAccessible(page);
    await mainNav(page).getByRole("link", { name: "Mandatarissen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mandatarissen" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Nieuwe mandataris" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nieuwe mandataris" })).toBeVisible();
    await expectAccessible(page);
    const portfolios = page.getByRole("group", { name: "Bevoegdheden" });
    await expect(portfolios.getByRole("checkbox", { name: newPortfolio })).toHaveCount(0);

    await page.getByLabel("Voornaam").fill(firstName);
    await page.getByLabel("Achternaam").fill(lastName);
    await page.getByLabel("Functie").selectOption({ label: "schepen" });
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Partij of fractie").fill("Lijst Test");
    await portfolios.getByRole("checkbox", { name: "Kinderopvang", exact: true }).check();
    await page.getByLabel("Andere bevoegdheden").fill(newPortfolio);
    await page.getByLabel("Dieet of allergieën").fill(diet);
    await page.getByRole("textbox", { name: "Mobiliteit" }).fill("Komt met de fiets");
    await page.getByRole("button", { name: "Bewaren" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mandatarissen" })).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name }) });
    await expect(row).toContainText(`Kinderopvang, ${newPortfolio}`);
    await expectAccessible(page);
  });

  await test.step("The new portfolio is now on the organization's list", async () => {
    await page.getByRole("link", { name: "Nieuwe mandataris" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nieuwe mandataris" })).toBeVisible();
    await expect(
      page.getByRole("group", { name: "Bevoegdheden" }).getByRole("checkbox", { name: newPortfolio }),
    ).not.toBeChecked();
    await expectAccessible(page);
    await page.getByRole("link", { name: "← Alle mandatarissen" }).click();
  });

  const mandataryUrl = await test.step("Their page suggests the services in their portfolios", async () => {
    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(
      page.getByRole("group", { name: "Bevoegdheden" }).getByRole("checkbox", { name: "Kinderopvang" }),
    ).toBeChecked();
    await expect(
      page.getByRole("group", { name: "Bevoegdheden" }).getByRole("checkbox", { name: newPortfolio }),
    ).toBeChecked();
    await expect(page.getByLabel("Dieet of allergieën")).toHaveValue(diet);
    const suggested = page.getByRole("region", { name: "Diensten in de bevoegdheden" });
    for (const service of [
      "Kinderdagverblijf De Speelboom",
      "Kinderopvang Het Nestje",
      "Buitenschoolse opvang 't Klimrek",
    ]) {
      await expect(suggested.getByRole("listitem").filter({ hasText: service })).toContainText("via Kinderopvang");
    }
    // "buurt" is a keyword of local service centres.
    await expect(suggested.getByRole("listitem").filter({ hasText: DETAILS_SERVICE })).toContainText(
      `via ${newPortfolio}`,
    );
    await expect(suggested.getByText("Woonzorgcentrum Hof ter Linden")).toHaveCount(0);
    await expectAccessible(page);
    return page.url();
  });

  const exportUrl = await test.step("Everything stored about them, as JSON", async () => {
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Alle gegevens downloaden (JSON)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^persoonsgegevens-wannes-wisbaar-.*\.json$/);
    const data = JSON.parse(await readFile((await download.path())!, "utf8"));
    expect(data.mandatary).toMatchObject({
      firstName,
      lastName,
      email,
      party: "Lijst Test",
      dietaryNeeds: diet,
      mobilityNeeds: "Komt met de fiets",
      portfolios: ["Kinderopvang", newPortfolio],
    });
    expect(data.organization).toBe("Gemeente Kempenrode");
    return new URL(
      (await page.getByRole("link", { name: "Alle gegevens downloaden (JSON)" }).getAttribute("href"))!,
      page.url(),
    ).href;
  });

  await test.step("Another organization can neither read nor erase them", async () => {
    // Whatever id it puts in its own erase form.
    const heidebeek = await signedIn(browser, OTHER_TENANT.coordinatorEmail);
    expect((await heidebeek.request.get(exportUrl)).status()).toBe(404);
    await expectNotFoundForMember(heidebeek, mandataryUrl);
    const joke = `${OTHER_TENANT.mandatary.firstName} ${OTHER_TENANT.mandatary.lastName}`;
    await mainNav(heidebeek).getByRole("link", { name: "Mandatarissen" }).click();
    await heidebeek.getByRole("link", { name: joke }).click();
    await expect(heidebeek.getByRole("heading", { level: 1, name: joke })).toBeVisible();
    await expectAccessible(heidebeek);
    const jokeErase = heidebeek.getByRole("button", { name: `${joke} wissen` });
    const forgedErase = heidebeek.locator("form", { has: jokeErase });
    await forgedErase.getByRole("checkbox", { name: `Ik wil ${joke} definitief wissen` }).check();
    await forge(hidden(forgedErase, "mandataryId"), mandataryUrl.split("/").at(-1)!);
    await jokeErase.click();
    await expect(forgedErase.getByRole("alert")).toContainText(NOT_FOUND_ERROR);
    await expectAccessible(heidebeek);
    await heidebeek.context().close();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  });

  const { erase, confirm } = await test.step("Erasing needs the box ticked", async () => {
    const erase = page.getByRole("button", { name: `${name} wissen` });
    const confirm = page.getByRole("checkbox", { name: `Ik wil ${name} definitief wissen` });
    await erase.click();
    const eraseForm = page.locator("form", { has: erase });
    await expect(eraseForm.getByRole("alert")).toContainText(
      "Vink eerst aan dat je deze persoon definitief wilt wissen.",
    );
    await expectFieldError(confirm, "Vink eerst aan dat je deze persoon definitief wilt wissen.");
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    return { erase, confirm };
  });

  await test.step("Erased: they and their export are gone", async () => {
    await confirm.check();
    await erase.click();
    await expect(page).toHaveURL(/\/mandataries\?erased=1$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      "De mandataris is gewist. Van de antwoorden blijft alleen een anoniem aantal over.",
    );
    await expect(page.getByRole("link", { name })).toHaveCount(0);
    await expect(page.getByText(email)).toHaveCount(0);
    await expectAccessible(page);
    await expectNotFoundForMember(page, mandataryUrl);
    expect((await page.request.get(exportUrl)).status()).toBe(404);
  });
});

test("settings: the coordinator maps portfolios to services; others get not found", async ({ page, browser }) => {
  await signIn(page);
  await expectAccessible(page);
  await mainNav(page).getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await expectAccessible(page);
  const color = page.getByRole("textbox", { name: "Huisstijlkleur" });
  const other = page.getByRole("textbox", { name: "andere", exact: true });
  const savedColor = await color.inputValue();
  const savedKeywords = await other.inputValue();
  expect(savedColor).toMatch(/^#[0-9a-f]{6}$/);
  expect(savedKeywords).not.toContain("toerisme");

  // A colour name instead of a code: refused, what was typed kept.
  await color.fill("donkerblauw");
  await other.fill(`${savedKeywords}, Toerisme`);
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(FORM_INVALID);
  await expectFieldError(color, "Vul een kleurcode in zoals #00587a.");
  await expect(other).toHaveValue(`${savedKeywords}, Toerisme`);
  await expectAccessible(page);

  await color.fill("#0B4F6C");
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("De instellingen zijn bewaard.");
  await expectAccessible(page);
  await page.reload();
  await expect(color).toHaveValue("#0b4f6c");
  await expect(other).toHaveValue(`${savedKeywords}, toerisme`);
  await expectAccessible(page);

  // The alderman for tourism is now suggested for a service of type "andere".
  await openService(page, "Buurtzorgproject De Brug");
  await expect(
    page.getByRole("region", { name: "Bevoegde schepenen" }).getByRole("listitem").filter({ hasText: "Els Claes" }),
  ).toContainText("via Toerisme");

  // Back as it was, for the other specs.
  await mainNav(page).getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await color.fill(savedColor);
  await other.fill(savedKeywords);
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("De instellingen zijn bewaard.");
  await page.reload();
  await expect(color).toHaveValue(savedColor);
  await expect(other).toHaveValue(savedKeywords);

  for (const email of [SERVICE_CONTACT, COMMUNICATION_OFFICER]) {
    const member = await signedIn(browser, email);
    await expect(mainNav(member).getByRole("link", { name: "Instellingen" })).toHaveCount(0);
    await expectNotFoundForMember(member, "/settings");
    await member.context().close();
  }
});

test("the communication officer reads a service page and downloads its sheet", async ({ page, browser }) => {
  const ownId = await serviceId(browser, OWN_SERVICE);
  await signIn(page, COMMUNICATION_OFFICER, E2E_PASSWORD);
  await expectAccessible(page);
  await openService(page, OWN_SERVICE);
  await expect(page.getByRole("link", { name: "Gegevens bewerken" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Voorstellingsfiche bewerken" })).toHaveCount(0);
  await expect(sheetSection(page).getByRole("heading", { name: "Sprekende cijfers" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Bevoegde schepenen" })).toContainText("Bart Maes");
  await expect(page.getByRole("region", { name: "Bevoegde schepenen" }).getByRole("link")).toHaveCount(0);

  const pdfLink = page.getByRole("link", { name: "Voorstellingsfiche downloaden (pdf)" });
  const href = (await pdfLink.getAttribute("href"))!;
  expect(href).toBe(`/api/services/${ownId}/sheet`);
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const downloading = page.waitForEvent("download");
  await pdfLink.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("voorstellingsfiche-woonzorgcentrum-hof-ter-linden.pdf");
  const pdf = new Uint8Array(await readFile((await download.path())!));
  expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
  expect(text).toContain(OWN_SERVICE);

  for (const path of [`/services/${ownId}/edit`, `/services/${ownId}/sheet`, "/settings"]) {
    await expectNotFoundForMember(page, path);
  }

  // The syllabus for the visitors of the demo expedition: a cover, contents, and the visited services only.
  await page.goto("/expeditions");
  await page.getByRole("link", { name: "Expeditie Zorg Kempenrode" }).click();
  // The click navigates on the client: check the expedition page once it is there, not the list it leaves.
  await expect(page.getByRole("heading", { level: 1, name: "Expeditie Zorg Kempenrode" })).toBeVisible();
  await expectAccessible(page);
  const syllabusLink = page.getByRole("link", { name: /^Syllabus voor de bezoekers \(pdf, \d+ diensten\)$/ });
  const syllabusDownload = page.waitForEvent("download");
  await syllabusLink.click();
  const syllabus = new Uint8Array(await readFile((await (await syllabusDownload).path())!));
  const document = await getDocumentProxy(syllabus);
  const { text: syllabusText } = await extractText(document, { mergePages: true });
  expect(syllabusText).toContain("Syllabus zorg en welzijn");
  expect(syllabusText).toContain(OWN_SERVICE);
  // Het Nestje is not on the demo expedition's programme.
  expect(syllabusText).not.toContain("Kinderopvang Het Nestje");
  expect(document.numPages).toBeGreaterThanOrEqual(4);
});
