import { SEEDED_EXPEDITION } from "./config";
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import {
  escapeRegExp,
  expectAccessible,
  expectFieldError,
  linkIn,
  onScriptFreeCopy,
  signIn,
  waitForMail,
} from "./helpers";

// Every form refuses bad input with the specific Dutch message next to the field (and in the alert),
// and writes nothing. Broken personal links get a friendly page, never a crash.

const FORM_INVALID = "Niet alles is correct ingevuld. Kijk de gemarkeerde velden na.";

/** A group (fieldset) whose description is the message. */
async function expectGroupError(group: Locator, message: string) {
  await expect(group).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
}

/** The form's alert, inside the page's main content (Next's route announcer is an alert too). */
function alertIn(page: Page) {
  return page.getByRole("main").getByRole("alert");
}

async function openSeededExpedition(page: Page) {
  await page.goto("/expeditions");
  await page.getByRole("link", { name: SEEDED_EXPEDITION, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEEDED_EXPEDITION })).toBeVisible();
  return page.url();
}

function expeditionField(page: Page, name: string) {
  return page.getByRole("textbox", { name, exact: true });
}

/** The expedition titles on the list page. */
async function expeditionTitles(page: Page): Promise<string[]> {
  await page.goto("/expeditions");
  await expect(page.getByRole("heading", { level: 1, name: "Expedities" })).toBeVisible();
  return page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents();
}

interface Browsing {
  checkAccessible: (page: Page) => Promise<void>;
  /** Waits until the form can be used the way this browser uses it. */
  formReady: (page: Page) => Promise<void>;
}

/** Fills the new-expedition form with invalid values; shared by the JavaScript and no-JavaScript runs. */
async function submitBadExpeditions(page: Page, { checkAccessible, formReady }: Browsing) {
  const before = await expeditionTitles(page);
  await page.getByRole("link", { name: "Nieuwe expeditie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe expeditie" })).toBeVisible();
  await formReady(page);
  await checkAccessible(page);
  const save = page.getByRole("button", { name: "Bewaren" });

  // 1. Nothing filled in (the contact person and the hour are prefilled).
  await save.click();
  await expect(alertIn(page)).toContainText(FORM_INVALID);
  await expectFieldError(expeditionField(page, "Titel"), "Geef de expeditie een titel.");
  await expectFieldError(expeditionField(page, "Eerste dag"), "Vul een geldige datum in.");
  await expectFieldError(expeditionField(page, "Laatste dag"), "Vul een geldige datum in.");
  await expectFieldError(expeditionField(page, "Datum"), "Vul een geldige datum in.");
  await expect(expeditionField(page, "Naam")).not.toHaveAttribute("aria-invalid", "true");
  await checkAccessible(page);

  // 2. Bad contact details, and no hour.
  await expeditionField(page, "Titel").fill("Expeditie met foute contactgegevens");
  await expeditionField(page, "Eerste dag").fill("2099-05-10");
  await expeditionField(page, "Laatste dag").fill("2099-05-11");
  await expeditionField(page, "Naam").fill("   ");
  await expeditionField(page, "E-mailadres").fill("katrien-at-kempenrode");
  await expeditionField(page, "Telefoon").fill("bel me maar");
  await expeditionField(page, "Datum").fill("2099-05-01");
  await expeditionField(page, "Uur").fill("");
  await save.click();
  await expect(alertIn(page)).toContainText(FORM_INVALID);
  await expectFieldError(expeditionField(page, "Naam"), "Vul de naam van de contactpersoon in.");
  await expectFieldError(
    expeditionField(page, "E-mailadres"),
    "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.be.",
  );
  await expectFieldError(
    expeditionField(page, "Telefoon"),
    "Vul een geldig telefoonnummer in, bijvoorbeeld 014 12 34 56.",
  );
  await expectFieldError(expeditionField(page, "Uur"), "Vul een geldig uur in, bijvoorbeeld 09:30.");
  await expect(expeditionField(page, "Titel")).not.toHaveAttribute("aria-invalid", "true");
  await checkAccessible(page);

  // 3. Days in the wrong order, and a reply deadline after the start.
  await page.goto("/expeditions/new");
  await formReady(page);
  await expeditionField(page, "Titel").fill("Expeditie achterstevoren");
  await expeditionField(page, "Eerste dag").fill("2099-05-10");
  await expeditionField(page, "Laatste dag").fill("2099-05-08");
  await expeditionField(page, "Datum").fill("2099-05-12");
  await save.click();
  await expect(alertIn(page)).toContainText(FORM_INVALID);
  await expectFieldError(expeditionField(page, "Laatste dag"), "De laatste dag valt vóór de eerste dag.");
  await expectFieldError(
    expeditionField(page, "Datum"),
    "De uiterste antwoorddatum moet vóór of op de eerste dag van de expeditie liggen.",
  );
  await expect(expeditionField(page, "Eerste dag")).not.toHaveAttribute("aria-invalid", "true");
  await checkAccessible(page);

  // 4. Longer than a month.
  await page.goto("/expeditions/new");
  await formReady(page);
  await expeditionField(page, "Titel").fill("Expeditie zonder einde");
  await expeditionField(page, "Eerste dag").fill("2099-05-01");
  await expeditionField(page, "Laatste dag").fill("2099-06-15");
  await expeditionField(page, "Datum").fill("2099-04-20");
  await save.click();
  await expect(alertIn(page)).toContainText(FORM_INVALID);
  await expectFieldError(expeditionField(page, "Laatste dag"), "Een expeditie duurt hoogstens een maand.");
  await checkAccessible(page);

  // Nothing was saved.
  expect(await expeditionTitles(page)).toEqual(before);
}

/** React has hydrated the form: its submit handler (the browser-side check) is attached. */
async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const form = document.querySelector("main form");
    return !!form && Object.keys(form).some((key) => key.startsWith("__reactProps$"));
  });
}

test.describe("new expedition, checked in the browser", () => {
  test("refuses invalid values before sending anything, and saves nothing", async ({ page }) => {
    await signIn(page);
    const actionCalls: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname.startsWith("/expeditions"))
        actionCalls.push(request.url());
    });
    await submitBadExpeditions(page, { checkAccessible: expectAccessible, formReady: hydrated });
    // The browser caught every mistake itself: no form was sent to the server.
    expect(actionCalls).toEqual([]);
  });
});

test.describe("new expedition without JavaScript, checked by the server", () => {
  test.use({ javaScriptEnabled: false });

  test("refuses invalid values and saves nothing", async ({ page, browser, baseURL }) => {
    await signInWithoutJavaScript(page, browser, baseURL!);
    // axe needs scripts: it checks a script-free copy of each page this browser shows.
    await submitBadExpeditions(page, {
      checkAccessible: (page) => onScriptFreeCopy(page, expectAccessible),
      formReady: async () => {},
    });
  });
});

/** The sign-in form needs JavaScript; sign in elsewhere and carry the session cookie over. */
async function signInWithoutJavaScript(page: Page, browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: true });
  await signIn(await context.newPage());
  await page.context().addCookies((await context.storageState()).cookies);
  await context.close();
}

test("edit expedition: invalid values and days that drop a day programme are refused", async ({ page }) => {
  await signIn(page);
  const expeditionUrl = await openSeededExpedition(page);
  const details = page.getByRole("main").getByRole("definition");
  const detailsBefore = await details.allTextContents();

  await page.getByRole("link", { name: "Gegevens wijzigen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gegevens wijzigen" })).toBeVisible();
  await expectAccessible(page);
  const firstDay = await expeditionField(page, "Eerste dag").inputValue();
  const lastDay = await expeditionField(page, "Laatste dag").inputValue();
  const save = page.getByRole("button", { name: "Bewaren" });

  // An empty title and days in the wrong order.
  await expeditionField(page, "Titel").fill("");
  await expeditionField(page, "Laatste dag").fill("2000-01-01");
  await save.click();
  await expect(alertIn(page)).toContainText(FORM_INVALID);
  await expectFieldError(expeditionField(page, "Titel"), "Geef de expeditie een titel.");
  await expectFieldError(expeditionField(page, "Laatste dag"), "De laatste dag valt vóór de eerste dag.");
  await expectAccessible(page);

  // Valid on its own, but the seeded day programme on the last day would fall outside: the server refuses.
  // (One day shorter, so only that programme falls outside and the message can name it.)
  const secondDay = new Date(Date.parse(`${firstDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  await page.goto(`${expeditionUrl}/edit`);
  await expeditionField(page, "Titel").fill("Expeditie Zorg ingekort");
  await expeditionField(page, "Laatste dag").fill(secondDay);
  await save.click();
  const outside = "Het dagprogramma ‘Fietstocht donderdag’ valt buiten deze dagen. Pas eerst dat programma aan.";
  await expect(alertIn(page)).toContainText(outside);
  await expectFieldError(expeditionField(page, "Eerste dag"), outside);
  await expectAccessible(page);

  // Nothing changed.
  await page.goto(expeditionUrl);
  await expect(page.getByRole("heading", { level: 1, name: SEEDED_EXPEDITION })).toBeVisible();
  expect(await details.allTextContents()).toEqual(detailsBefore);
  await page.getByRole("link", { name: "Gegevens wijzigen" }).click();
  await expect(expeditionField(page, "Eerste dag")).toHaveValue(firstDay);
  await expect(expeditionField(page, "Laatste dag")).toHaveValue(lastDay);
});

test("new care service: required fields, postal code, coordinates, e-mail and phone", async ({ page }) => {
  await signIn(page);
  await page.getByRole("link", { name: "Zorgdiensten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zorgdiensten" })).toBeVisible();
  const rows = page.getByRole("table", { name: "Zorgdiensten" }).getByRole("row");
  await expect(rows.first()).toBeVisible();
  const countBefore = await rows.count();
  await page.getByRole("link", { name: "Nieuwe zorgdienst" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe zorgdienst" })).toBeVisible();
  await expectAccessible(page);
  const save = page.getByRole("button", { name: "Bewaren" });
  const contact = page.getByRole("group", { name: "Contactpersoon die de bezoekers ontvangt" });
  const name = page.getByRole("textbox", { name: "Naam", exact: true }).first();

  // Everything empty.
  await save.click();
  await expect(alertIn(page)).toContainText(FORM_INVALID);
  await expectFieldError(name, "Vul de naam van de zorgdienst in.");
  await expectFieldError(
    page.getByRole("combobox", { name: "Soort zorgdienst", exact: true }),
    "Kies het soort zorgdienst.",
  );
  await expectFieldError(
    page.getByRole("textbox", { name: "Straat en huisnummer", exact: true }),
    "Vul straat en huisnummer in.",
  );
  await expectFieldError(
    page.getByRole("textbox", { name: "Postcode", exact: true }),
    "Vul een Belgische postcode van vier cijfers in.",
  );
  await expectFieldError(page.getByRole("textbox", { name: "Gemeente", exact: true }), "Vul de gemeente in.");
  await expectFieldError(
    page.getByRole("textbox", { name: "Breedtegraad", exact: true }),
    "Vul een breedtegraad tussen -90 en 90 in, bijvoorbeeld 51,1766.",
  );
  await expectFieldError(
    page.getByRole("textbox", { name: "Lengtegraad", exact: true }),
    "Vul een lengtegraad tussen -180 en 180 in, bijvoorbeeld 4,8325.",
  );
  await expectFieldError(
    contact.getByRole("textbox", { name: "Naam", exact: true }),
    "Vul de naam van de contactpersoon in.",
  );
  await expectAccessible(page);

  // Filled in, but with values that are not right.
  await name.fill("Zorgdienst Foutief");
  await page.getByLabel("Soort zorgdienst").selectOption({ label: "thuiszorg en gezinszorg" });
  await page.getByLabel("Straat en huisnummer").fill("Foutstraat 1");
  await page.getByLabel("Postcode").fill("227");
  await page.getByLabel("Gemeente").fill("Kempenrode");
  await page.getByLabel("Breedtegraad").fill("95");
  await page.getByLabel("Lengtegraad").fill("oost");
  await contact.getByLabel("Naam").fill("Mieke Vos");
  await contact.getByLabel("E-mailadres").fill("mieke@");
  await contact.getByLabel("Telefoon").fill("nul-een-vier");
  await save.click();
  await expect(alertIn(page)).toContainText(FORM_INVALID);
  await expectFieldError(
    page.getByRole("textbox", { name: "Postcode", exact: true }),
    "Vul een Belgische postcode van vier cijfers in.",
  );
  await expectFieldError(
    page.getByRole("textbox", { name: "Breedtegraad", exact: true }),
    "Vul een breedtegraad tussen -90 en 90 in, bijvoorbeeld 51,1766.",
  );
  await expectFieldError(
    page.getByRole("textbox", { name: "Lengtegraad", exact: true }),
    "Vul een lengtegraad tussen -180 en 180 in, bijvoorbeeld 4,8325.",
  );
  await expectFieldError(
    contact.getByRole("textbox", { name: "E-mailadres", exact: true }),
    "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.be.",
  );
  await expectFieldError(
    contact.getByRole("textbox", { name: "Telefoon", exact: true }),
    "Vul een geldig telefoonnummer in, bijvoorbeeld 014 12 34 56.",
  );
  await expect(name).not.toHaveAttribute("aria-invalid", "true");
  // What was typed is still there to correct, not wiped.
  await expect(name).toHaveValue("Zorgdienst Foutief");
  await expect(page.getByLabel("Soort zorgdienst")).toHaveValue("HOME_CARE");
  await expect(page.getByLabel("Postcode")).toHaveValue("227");
  await expect(contact.getByLabel("Naam")).toHaveValue("Mieke Vos");
  await expectAccessible(page);

  // Nothing was saved.
  await page.goto("/services");
  await expect(rows).toHaveCount(countBefore);
  await expect(page.getByRole("link", { name: "Zorgdienst Foutief" })).toHaveCount(0);
});

test("new mandatary: required fields, a bad e-mail address and an address already in use", async ({ page }) => {
  await signIn(page);
  await page.getByRole("link", { name: "Mandatarissen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mandatarissen" })).toBeVisible();
  const rows = page.getByRole("table", { name: "Mandatarissen" }).getByRole("row");
  await expect(rows.first()).toBeVisible();
  const countBefore = await rows.count();
  await page.getByRole("link", { name: "Nieuwe mandataris" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe mandataris" })).toBeVisible();
  await expectAccessible(page);
  const save = page.getByRole("button", { name: "Bewaren" });
  const email = page.getByRole("textbox", { name: "E-mailadres", exact: true });

  await save.click();
  await expect(alertIn(page)).toContainText(FORM_INVALID);
  await expectFieldError(page.getByRole("textbox", { name: "Voornaam", exact: true }), "Vul de voornaam in.");
  await expectFieldError(page.getByRole("textbox", { name: "Achternaam", exact: true }), "Vul de achternaam in.");
  await expectFieldError(page.getByRole("combobox", { name: "Functie", exact: true }), "Kies de functie.");
  await expectFieldError(email, "Vul een e-mailadres in.");
  await expectAccessible(page);

  await page.getByLabel("Voornaam").fill("Dubbele");
  await page.getByLabel("Achternaam").fill("Mandataris");
  await page.getByLabel("Functie").selectOption({ label: "gemeenteraadslid" });
  await email.fill("dubbel@mandataris");
  await page.getByLabel("Telefoon").fill("zes");
  await save.click();
  await expect(alertIn(page)).toContainText(FORM_INVALID);
  await expectFieldError(email, "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.be.");
  await expectFieldError(
    page.getByRole("textbox", { name: "Telefoon", exact: true }),
    "Vul een geldig telefoonnummer in, bijvoorbeeld 014 12 34 56.",
  );
  await expectAccessible(page);

  // What was typed stays, so only the wrong fields need correcting.
  await expect(page.getByLabel("Voornaam")).toHaveValue("Dubbele");
  await expect(page.getByLabel("Functie")).toHaveValue("COUNCIL_MEMBER");
  await expect(page.getByLabel("Telefoon")).toHaveValue("zes");

  // The mayor's address, typed differently: the server finds the duplicate.
  await page.getByLabel("Telefoon").fill("");
  await email.fill("  Annelies.VanDyck@Example.org ");
  await save.click();
  const taken = "Er is al een mandataris met het e-mailadres annelies.vandyck@example.org.";
  // The heading says it; the alert does not list it a second time.
  await expect(alertIn(page)).toHaveText(taken);
  await expectFieldError(email, taken);
  await expectAccessible(page);

  await page.goto("/mandataries");
  await expect(rows).toHaveCount(countBefore);
  await expect(page.getByRole("link", { name: "Dubbele Mandataris" })).toHaveCount(0);
  await expect(page.getByRole("cell", { name: "annelies.vandyck@example.org" })).toHaveCount(1);
});

test("new day programme: a missing name and a day outside the expedition", async ({ page }) => {
  await signIn(page);
  const expeditionUrl = await openSeededExpedition(page);
  await page.getByRole("link", { name: "Programma bewerken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Programma: ${SEEDED_EXPEDITION}` })).toBeVisible();
  await expectAccessible(page);
  const programmes = page.getByRole("table", { name: `Dagprogramma’s van ${SEEDED_EXPEDITION}` }).getByRole("row");
  await expect(programmes.filter({ hasText: "Busronde dinsdag" })).toHaveCount(1);
  const programmesBefore = await programmes.allTextContents();
  const form = page.getByRole("form", { name: "Nieuw dagprogramma" });
  const name = form.getByRole("textbox", { name: "Naam", exact: true });
  const day = form.getByRole("textbox", { name: "Dag", exact: true });
  const create = form.getByRole("button", { name: "Dagprogramma aanmaken" });

  await name.fill("");
  await create.click();
  await expect(form.getByRole("alert")).toContainText(FORM_INVALID);
  await expectFieldError(name, "Geef het dagprogramma een naam, bijvoorbeeld ‘Busronde dinsdag’.");
  await expectAccessible(page);

  await name.fill("Uitstap buiten de expeditie");
  await day.fill("2098-12-31");
  await create.click();
  const outside = "Deze dag valt buiten de dagen van de expeditie.";
  await expect(form.getByRole("alert")).toContainText(outside);
  await expectFieldError(day, outside);
  await expectAccessible(page);

  await page.reload();
  expect(await programmes.allTextContents()).toEqual(programmesBefore);
  await page.goto(expeditionUrl);
  await expect(page.getByText("Uitstap buiten de expeditie")).toHaveCount(0);
});

test("add stop: end before start, and a visit overlapping another one names that visit", async ({ page }) => {
  await signIn(page);
  await openSeededExpedition(page);
  await page.getByRole("link", { name: "Programma bewerken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Programma: ${SEEDED_EXPEDITION}` })).toBeVisible();
  await page.getByRole("link", { name: "Busronde dinsdag", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Busronde dinsdag — / })).toBeVisible();
  await expectAccessible(page);
  const stops = page.getByRole("region", { name: "Tijdlijn" }).getByRole("heading", { level: 3 });
  await expect(stops.first()).toHaveText("1. 08:30–09:30 · Woonzorgcentrum Hof ter Linden");
  const stopsBefore = await stops.allTextContents();
  const form = page.getByRole("form", { name: "Onderdeel toevoegen" });
  const service = form.getByRole("combobox", { name: "Zorgdienst", exact: true });
  const start = form.getByRole("textbox", { name: "Van", exact: true });
  const end = form.getByRole("textbox", { name: "Tot", exact: true });
  const add = form.getByRole("button", { name: "Onderdeel toevoegen" });

  // No service and no times.
  await add.click();
  await expect(form.getByRole("alert")).toContainText(FORM_INVALID);
  await expectFieldError(service, "Kies een zorgdienst.");
  await expectFieldError(start, "Vul een geldig uur in, bijvoorbeeld 09:30.");
  await expectAccessible(page);

  // The end before the start.
  await service.selectOption({ label: "Kinderopvang Het Nestje" });
  await start.fill("10:00");
  await end.fill("09:00");
  await form.getByRole("textbox", { name: "Wat gebeurt er", exact: true }).fill("Achterstevoren");
  await add.click();
  await expect(form.getByRole("alert")).toContainText(FORM_INVALID);
  await expectFieldError(end, "Het einduur moet na het beginuur liggen.");
  await expectAccessible(page);

  // Overlapping the breakfast at the residential care centre: the checks refuse it and name that visit.
  await service.selectOption({ label: "Kinderopvang Het Nestje" });
  await start.fill("08:45");
  await end.fill("09:15");
  await add.click();
  const refused = "Niet bewaard, want de controle vindt een nieuwe fout:";
  const overlap = "Kinderopvang Het Nestje (08:45–09:15) overlapt met Woonzorgcentrum Hof ter Linden (08:30–09:30).";
  await expect(form.getByRole("alert")).toContainText(refused);
  await expect(form.getByRole("alert")).toContainText(overlap);
  await expectFieldError(start, overlap);
  // What was typed stays, to correct it.
  await expect(start).toHaveValue("08:45");
  await expect(end).toHaveValue("09:15");
  await expectAccessible(page);

  await page.reload();
  await expect(stops.first()).toHaveText("1. 08:30–09:30 · Woonzorgcentrum Hof ter Linden");
  expect(await stops.allTextContents()).toEqual(stopsBefore);
  await expect(page.getByText("Achterstevoren")).toHaveCount(0);
});

test("send invitations with nobody selected", async ({ page }) => {
  await signIn(page);
  await openSeededExpedition(page);
  await page.getByRole("link", { name: "Uitnodigen en antwoorden bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Uitnodigingen: ${SEEDED_EXPEDITION}` })).toBeVisible();
  await expectAccessible(page);
  const counts = page.getByText(/^\d+ uitgenodigd: /);
  const countsBefore = await counts.textContent();
  const rows = page.getByRole("table", { name: "Uitgenodigde mandatarissen en hun antwoord" }).getByRole("row");
  const rowsBefore = await rows.count();

  await page.getByRole("button", { name: "Uitnodigingen versturen" }).click();
  const form = page.getByRole("form", { name: "Mandatarissen uitnodigen" });
  // Groups or people: only the action can tell that neither was chosen, so the alert is its message.
  const nobody = "Kies minstens één groep of mandataris.";
  await expect(form.getByRole("alert")).toHaveText(nobody);
  await expectGroupError(form.getByRole("group", { name: "Wie nodig je uit?" }), nobody);
  await expectAccessible(page);

  await page.reload();
  await expect(counts).toHaveText(countsBefore!);
  await expect(rows).toHaveCount(rowsBefore);
});

test("invite colleague: a bad e-mail address, and a service contact without a service", async ({ page }) => {
  await signIn(page);
  await page.getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await expectAccessible(page);
  const openInvites = page.getByRole("region", { name: "Openstaande uitnodigingen" }).getByRole("listitem");
  const invitesBefore = await openInvites.allTextContents();
  const form = page.getByRole("form", { name: "Collega uitnodigen" });
  const email = form.getByRole("textbox", { name: "E-mailadres", exact: true });
  const role = form.getByRole("combobox", { name: "Rol", exact: true });
  const send = form.getByRole("button", { name: "Uitnodiging versturen" });

  await email.fill("collega-zonder-domein");
  await role.selectOption({ label: "coördinator" });
  await send.click();
  await expect(form.getByRole("alert")).toContainText(FORM_INVALID);
  await expectFieldError(email, "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.be.");
  await expectAccessible(page);

  await email.fill("nieuwe.contactpersoon@example.org");
  await role.selectOption({ label: "contactpersoon zorgdienst" });
  await send.click();
  const needsService = "Kies minstens één zorgdienst voor een contactpersoon.";
  await expect(form.getByRole("alert")).toContainText(needsService);
  await expectGroupError(form.getByRole("group", { name: "Zorgdiensten" }), needsService);
  await expectAccessible(page);

  await page.reload();
  expect(await openInvites.allTextContents()).toEqual(invitesBefore);
  await expect(page.getByText("nieuwe.contactpersoon@example.org")).toHaveCount(0);
});

test("RSVP without choosing an answer", async ({ page, browser }) => {
  // A mandatary of our own, so that no other test has answered for them.
  await signIn(page);
  await page.goto("/mandataries/new");
  await page.getByLabel("Voornaam").fill("Rik");
  await page.getByLabel("Achternaam").fill("Twijfelaar");
  await page.getByLabel("Functie").selectOption({ label: "gemeenteraadslid" });
  await page.getByLabel("E-mailadres").fill("rik.twijfelaar@example.org");
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByRole("link", { name: "Rik Twijfelaar" })).toBeVisible();
  await openSeededExpedition(page);
  await page.getByRole("link", { name: "Uitnodigen en antwoorden bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Uitnodigingen: ${SEEDED_EXPEDITION}` })).toBeVisible();
  await page.getByLabel(/Rik Twijfelaar/).check();
  await page.getByRole("button", { name: "Uitnodigingen versturen" }).click();
  await expect(page.getByText("1 uitnodiging klaargezet voor verzending.")).toBeVisible();
  const row = page.getByRole("row", { name: /Rik Twijfelaar/ });
  await expect(row).toContainText("Nog geen antwoord");
  const mail = await waitForMail("rik.twijfelaar@example.org", /Uitnodiging: Expeditie Zorg Kempenrode/);
  const link = linkIn(mail.text, "/rsvp/");

  const mandatary = await browser.newContext();
  const rsvp = await mandatary.newPage();
  await rsvp.goto(link);
  await expect(rsvp.getByRole("heading", { level: 1, name: SEEDED_EXPEDITION })).toBeVisible();
  await expect(rsvp.getByText("Je antwoord: nog geen antwoord")).toBeVisible();
  await rsvp.getByLabel("Opmerking (niet verplicht)").fill("Ik weet het nog niet.");
  await rsvp.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(alertIn(rsvp)).toContainText(FORM_INVALID);
  await expect(alertIn(rsvp)).toContainText("Kies of je komt of niet.");
  await expectGroupError(rsvp.getByRole("group", { name: "Kom je?" }), "Kies of je komt of niet.");
  await expectAccessible(rsvp);
  await rsvp.reload();
  await expect(rsvp.getByText("Je antwoord: nog geen antwoord")).toBeVisible();
  await mandatary.close();

  await page.reload();
  await expect(row).toContainText("Nog geen antwoord");
  await expect(row).not.toContainText("Ik weet het nog niet.");
});

/** 43 base64url characters, like a real token, that no invitation has. */
function unknownToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The same token with its characters changed: still the right shape, no longer the right token. */
function tampered(token: string): string {
  const swap = (c: string) => (c === "A" ? "B" : "A");
  return swap(token[0]!) + token.slice(1, -1) + swap(token.at(-1)!);
}

// A dead personal link is answered by its own page (status 200), not by notFound(): Next renders notFound()
// pages only with JavaScript, and these links are opened on phones that may have none.
async function expectFriendlyDeadLink(page: Page, path: string, title: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectAccessible(page);
}

test("unknown, tampered and malformed RSVP links get the friendly dead-link page", async ({ page }) => {
  // The seed invited the mayor; the mail reached the SMTP peer when the server started.
  const mail = await waitForMail("annelies.vandyck@example.org", /Uitnodiging: Expeditie Zorg Kempenrode/);
  const link = new URL(linkIn(mail.text, "/rsvp/"));
  const token = link.pathname.split("/").at(-1)!;
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  // The real link works, so the failures below are about the link alone.
  const real = await page.goto(link.pathname);
  expect(real?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: SEEDED_EXPEDITION })).toBeVisible();

  const title = "Deze link werkt niet (meer)";
  for (const bad of [unknownToken(), tampered(token), `${token.slice(0, 42)}.`, "xyz", `${token}${token}`]) {
    await expectFriendlyDeadLink(page, `/rsvp/${encodeURIComponent(bad)}`, title);
    await expect(
      page.getByText("De link is niet juist, vervangen door een nieuwere of verlopen.", { exact: false }),
    ).toBeVisible();
  }
});

test("unknown, tampered and malformed colleague invitation links get the friendly dead-link page", async ({
  page,
  browser,
}) => {
  await signIn(page);
  await page.goto("/team");
  const form = page.getByRole("form", { name: "Collega uitnodigen" });
  await form.getByRole("textbox", { name: "E-mailadres", exact: true }).fill("linktest.collega@example.org");
  await form.getByRole("combobox", { name: "Rol", exact: true }).selectOption({ label: "communicatieambtenaar" });
  await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(form.getByRole("status")).toContainText(
    "Uitnodiging voor linktest.collega@example.org klaargezet voor verzending.",
  );
  const mail = await waitForMail("linktest.collega@example.org", /Uitnodiging om mee te werken aan Expeditie Zorg/);
  const link = new URL(linkIn(mail.text, "/invite/"));
  const token = link.pathname.split("/").at(-1)!;

  const stranger = await browser.newContext();
  const visitor = await stranger.newPage();
  const real = await visitor.goto(link.toString());
  expect(real?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1, name: "Welkom bij Gemeente Kempenrode" })).toBeVisible();

  const title = "Deze uitnodiging werkt niet (meer)";
  const origin = link.origin;
  for (const bad of [unknownToken(), tampered(token), `${token.slice(0, 42)}.`, "xyz", `${token}${token}`]) {
    await expectFriendlyDeadLink(visitor, `${origin}/invite/${encodeURIComponent(bad)}`, title);
    await expect(visitor.getByText("De link is verlopen, al gebruikt of niet juist.", { exact: false })).toBeVisible();
  }

  // The real link still works after all that; once used, it too gets the friendly page.
  await visitor.goto(link.toString());
  await visitor.getByRole("textbox", { name: "Je naam", exact: true }).fill("Linda Linktest");
  await visitor.getByLabel("Kies een wachtwoord").fill("een-goed-wachtwoord-123");
  await visitor.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(visitor.getByText("Je account is klaar. Meld je aan.")).toBeVisible();
  await expectFriendlyDeadLink(visitor, link.toString(), title);
  await stranger.close();
});
