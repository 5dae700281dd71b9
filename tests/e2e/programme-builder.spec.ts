import { SEEDED_SERVICES } from "./config";
import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { readPdf } from "../helpers/pdf";
import {
  COORDINATOR,
  addStop,
  addStopForm,
  createExpedition,
  createProgramme,
  escapeRegExp,
  expectAccessible,
  expectFieldError,
  expectNotFoundForMember,
  fillStop,
  invite,
  onScriptFreeCopy,
  signIn,
  signedIn,
  timeline,
  unique,
} from "./helpers";

// The programme builder: day programmes built from stops, checked while typing and on saving, choice
// programmes with places and picks, concepts that pre-fill a day, and the printable day sheet.
// Each test plans on an expedition of its own, so the seeded demo expedition stays as other specs expect it.

const TUESDAY = "2099-06-02";
const WEDNESDAY = "2099-06-03";
const DEADLINE = "2099-05-26";
const TUESDAY_LONG = "dinsdag 2 juni 2099";

const WZC = SEEDED_SERVICES.WZC;
const DVC = SEEDED_SERVICES.DVC;
const SOCIAAL = "Sociaal Huis Kempenrode";
const LDC = SEEDED_SERVICES.LDC;
const BUURTZORG = "Buurtzorgproject De Brug";
const COMMUNICATION_OFFICER = "communicatie@example.org";

const NO_PRESS_MOMENT =
  "Waarschuwing: Er is nog geen persmoment gepland. Voeg een onderdeel ‘Persmoment’ toe als u de lokale pers uitnodigt.";
const REFUSED = "Niet bewaard, want de controle vindt een nieuwe fout:";

/** The badges under the editor's heading: kind, concept and travel mode. */
const badges = (page: Page) => page.getByRole("main").locator("p:has(> span.badge)").first().locator("span.badge");
/** The editor's "Controle" section (its heading carries the counts). */
const checks = (page: Page) => page.getByRole("region", { name: /^Controle / });
/** The live checks under a stop form. */
const liveChecks = (page: Page) => addStopForm(page).locator('[aria-live="polite"]');
/** A stop's card in the timeline, by its heading. */
const stopCard = (page: Page, heading: string | RegExp) =>
  page.getByRole("region", { name: "Tijdlijn" }).getByRole("article", { name: heading });

async function newExpedition(page: Page, title: string, lastDay = TUESDAY) {
  return createExpedition(page, { title: unique(title), firstDay: TUESDAY, lastDay, deadline: DEADLINE });
}

test("a bus tour of four stops: the bus must have time to drive, and the day sheet shows the day", async ({ page }) => {
  test.slow();
  await signIn(page);
  const expedition = await newExpedition(page, "Busronde langs vier diensten");
  const editor = await createProgramme(page, expedition, { name: "Busronde met vier haltes", day: TUESDAY });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Busronde met vier haltes — ${TUESDAY_LONG}`);
  await expect(page.getByText("Nog geen onderdelen in dit dagprogramma.")).toBeVisible();
  await expectAccessible(page);

  // The group goes by bus.
  const settings = page.getByRole("form", { name: "Instellingen van dit dagprogramma" });
  await settings.getByRole("combobox", { name: "Vervoer van de groep" }).selectOption({ label: "met de bus" });
  await settings.getByRole("button", { name: "Instellingen bewaren" }).click();
  await expect(settings.getByRole("status")).toHaveText("Instellingen van het dagprogramma bewaard.");
  await expect(badges(page)).toHaveText(["Vast programma", "Zelf samenstellen", "met de bus"]);
  await expect(addStopForm(page).getByRole("combobox", { name: "Vervoer", exact: true })).toHaveValue("");
  await expect(
    addStopForm(page).getByRole("combobox", { name: "Vervoer", exact: true }).locator("option").first(),
  ).toHaveText("Zoals het dagprogramma (met de bus)");

  await addStop(page, { service: WZC, start: "09:00", end: "09:45", activity: "Ontbijt met de bewoners" });
  await addStop(page, { service: SOCIAAL, start: "10:00", end: "10:45", activity: "Gesprek aan het onthaal" });
  await addStop(page, { service: LDC, start: "11:30", end: "12:50", activity: "Sociaal restaurant" });
  const threeStops = [`1. 09:00–09:45 · ${WZC}`, `2. 10:00–10:45 · ${SOCIAAL}`, `3. 11:30–12:50 · ${LDC}`];
  await expect(timeline(page)).toHaveText(threeStops);

  // The fourth starts ten minutes after the third ends: too soon for the bus, which needs ten minutes for
  // getting on and off alone. The check says so while typing...
  const form = addStopForm(page);
  const start = form.getByRole("textbox", { name: "Van", exact: true });
  await fillStop(form, { service: BUURTZORG, start: "13:00", end: "14:00", activity: "Rondleiding in de buurt" });
  const tooSoon = new RegExp(
    `^Fout: De rit van (\\d+) min met de bus van ${escapeRegExp(LDC)} naar ${escapeRegExp(BUURTZORG)} ` +
      "past niet in de 10 min ertussen\\.$",
  );
  await expect(liveChecks(page)).toContainText("Controle terwijl u typt:");
  await expect(liveChecks(page).getByRole("listitem")).toHaveText([tooSoon]);
  const liveText = await liveChecks(page).getByRole("listitem").textContent();
  expect(Number(liveText!.match(tooSoon)![1])).toBeGreaterThanOrEqual(11);

  // ...and the server refuses to save it, next to the start time; the timeline stays as it was.
  await form.getByRole("button", { name: "Onderdeel toevoegen" }).click();
  await expect(form.getByRole("alert")).toContainText(REFUSED);
  await expect(form.getByRole("alert")).toContainText(
    `met de bus van ${LDC} naar ${BUURTZORG} past niet in de 10 min ertussen.`,
  );
  await expectFieldError(start, "past niet in de 10 min ertussen.");
  await expect(start).toHaveValue("13:00");
  await expect(timeline(page)).toHaveText(threeStops);
  await expectAccessible(page);

  // A quarter of an hour later it fits.
  await start.fill("13:15");
  await expect(liveChecks(page)).toHaveText("Controle terwijl u typt: geen problemen voor dit onderdeel.");
  await form.getByRole("button", { name: "Onderdeel toevoegen" }).click();
  await expect(form.getByRole("status")).toHaveText("Onderdeel toegevoegd. Controle: geen fouten, 1 waarschuwing.");
  await expect(timeline(page)).toHaveText([...threeStops, `4. 13:15–14:00 · ${BUURTZORG}`]);
  await expect(checks(page).getByRole("heading", { level: 2 })).toHaveText("Controle geen fouten, 1 waarschuwing");
  await expect(checks(page).getByRole("listitem")).toHaveText([NO_PRESS_MOMENT]);
  await expect(checks(page)).not.toContainText("De rit van");

  // Each leg: minutes by bus, the distance, and that it is an estimate.
  const legs = page.getByRole("region", { name: "Tijdlijn" }).getByText(/^↓ /);
  await expect(legs).toHaveText([
    new RegExp(`^↓ \\d+ min met de bus · [\\d,]+ km \\(geschat\\) — vanaf ${escapeRegExp(WZC)}$`),
    new RegExp(`^↓ \\d+ min met de bus · [\\d,]+ km \\(geschat\\) — vanaf ${escapeRegExp(SOCIAAL)}$`),
    new RegExp(`^↓ \\d+ min met de bus · [\\d,]+ km \\(geschat\\) — vanaf ${escapeRegExp(LDC)}$`),
  ]);
  const lastLeg = Number((await legs.nth(2).textContent())!.match(/(\d+) min/)![1]);
  expect(lastLeg).toBeGreaterThan(10);
  expect(lastLeg).toBeLessThanOrEqual(25);
  await expect(stopCard(page, `4. 13:15–14:00 · ${BUURTZORG}`)).toContainText(
    `${BUURTZORG}, Stationsstraat 14, 2275 Kempenrode`,
  );
  // The map numbers the four places in visiting order.
  const map = page.getByRole("region", { name: "Kaart van Busronde met vier haltes met genummerde onderdelen" });
  await expect(map.locator(".leaflet-marker-icon")).toHaveText(["1", "2", "3", "4"]);
  await expectAccessible(page);

  // The overview: the programme and its checks at a glance.
  await page.getByRole("link", { name: /^← Alle dagprogramma’s van / }).click();
  const row = page.getByRole("row", { name: /Busronde met vier haltes/ });
  await expect(row.getByRole("cell")).toHaveText([
    "Busronde met vier haltes",
    TUESDAY_LONG,
    "Vast programma",
    "Zelf samenstellen",
    "4",
    "In orde",
  ]);
  await expect(page.getByRole("region", { name: "Dagprogramma’s" }).getByRole("listitem")).toHaveText([
    NO_PRESS_MOMENT,
  ]);
  // A fixed programme only: no link to choices.
  await expect(page.getByRole("link", { name: "Keuzes en persoonlijke schema’s" })).toHaveCount(0);
  await expectAccessible(page);

  // The day sheet to print.
  await page.goto(editor);
  await page.getByRole("link", { name: "Dagblad om af te drukken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dagblad: Busronde met vier haltes" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeVisible();
  const rows = page.getByRole("list", { name: "Verloop van de dag" }).getByRole("listitem");
  await expect(rows).toHaveCount(4);
  const expected = [
    ["09:00–09:45", WZC, "Lindenlaan 20, 2275 Kempenrode"],
    ["10:00–10:45", SOCIAAL, "Markt 1, 2275 Kempenrode"],
    ["11:30–12:50", LDC, "Molenstraat 8, 2275 Kempenrode"],
    ["13:15–14:00", BUURTZORG, "Stationsstraat 14, 2275 Kempenrode"],
  ];
  for (const [i, [time, service, address]] of expected.entries()) {
    await expect(rows.nth(i).getByRole("heading", { level: 3 })).toHaveAccessibleName(`${time} ${service}`);
    await expect(rows.nth(i)).toContainText(`${service}, ${address}`);
  }
  await expect(rows.nth(0)).not.toContainText("Verplaatsing");
  await expect(rows.nth(3)).toContainText(
    new RegExp(`Verplaatsing: ${lastLeg} min met de bus · [\\d,]+ km \\(geschat\\)`),
  );
  await expectAccessible(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Dagblad als PDF downloaden" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`dagblad-busronde-met-vier-haltes-${TUESDAY}.pdf`);
  const pdf = await readPdf(new Uint8Array(await readFile((await download.path())!)));
  const text = pdf.text.replace(/\s+/g, " ");
  expect(text).toContain("Busronde met vier haltes");
  for (const [time, service] of expected) {
    expect(text).toContain(service!);
    expect(text).toContain(time!);
  }
  expect(text).toMatch(new RegExp(`${lastLeg} min met de bus`));
});

test("a stop moves later with the keyboard", async ({ page }) => {
  await signIn(page);
  const expedition = await newExpedition(page, "Volgorde met het toetsenbord");
  await createProgramme(page, expedition, { name: "Twee bezoeken", day: TUESDAY });
  await addStop(page, { service: WZC, start: "10:00", end: "11:00" });
  await addStop(page, { service: DVC, start: "11:30", end: "12:30" });
  await expect(timeline(page)).toHaveText([`1. 10:00–11:00 · ${WZC}`, `2. 11:30–12:30 · ${DVC}`]);
  // The first stop cannot go earlier, the last not later.
  await expect(page.getByRole("button", { name: `10:00 ${WZC} eerder zetten` })).toHaveCount(0);
  await expect(page.getByRole("button", { name: `11:30 ${DVC} later zetten` })).toHaveCount(0);

  const later = page.getByRole("button", { name: `10:00 ${WZC} later zetten` });
  await later.focus();
  await expect(later).toBeFocused();
  await page.keyboard.press("Enter");
  // The two swap places in the same window, each keeping its length and the gap between them.
  await expect(timeline(page)).toHaveText([`1. 10:00–11:00 · ${DVC}`, `2. 11:30–12:30 · ${WZC}`]);
  await expect(page.getByRole("button", { name: `11:30 ${WZC} eerder zetten` })).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(timeline(page)).toHaveText([`1. 10:00–11:00 · ${DVC}`, `2. 11:30–12:30 · ${WZC}`]);
});

test("a choice programme: places per option, fill rates, and picks that do not fit are refused", async ({ page }) => {
  await signIn(page);
  const expedition = await newExpedition(page, "Keuzes met plaatsen");
  const editor = await createProgramme(page, expedition, {
    name: "Keuzenamiddag",
    day: TUESDAY,
    kind: "Keuzeprogramma",
  });
  await expect(badges(page)).toHaveText(["Keuzeprogramma", "Zelf samenstellen", "met de auto"]);
  // In a choice programme a new stop is an option unless unticked.
  await expect(addStopForm(page).getByRole("checkbox", { name: "Keuzeoptie (niet voor iedereen)" })).toBeChecked();
  await addStop(page, {
    kind: "Onthaal of afsluiting",
    service: LDC,
    title: "Onthaal",
    start: "13:00",
    end: "13:30",
    option: false,
  });
  await addStop(page, { service: WZC, start: "14:00", end: "15:00", option: true, capacity: "1" });
  await addStop(page, { service: DVC, start: "14:00", end: "15:00", option: true, capacity: "2" });
  await expect(timeline(page).first()).toHaveText(`1. 13:00–13:30 · ${LDC} — Onthaal`);
  await expect(stopCard(page, new RegExp(`· ${escapeRegExp(WZC)}$`))).toContainText("Keuzeoptie · 0/1 plaatsen");
  await expect(stopCard(page, new RegExp(`· ${escapeRegExp(DVC)}$`))).toContainText("Keuzeoptie · 0/2 plaatsen");
  await expect(stopCard(page, new RegExp(`· ${escapeRegExp(LDC)} — Onthaal$`))).not.toContainText("Keuzeoptie");
  await expect(checks(page).getByRole("heading", { level: 2 })).toContainText("geen fouten");
  await expectAccessible(page);

  // The overview lists it as a choice programme, with the way to the picks.
  await page.getByRole("link", { name: /^← Alle dagprogramma’s van / }).click();
  await expect(page.getByRole("row", { name: /Keuzenamiddag/ }).getByRole("cell")).toHaveText([
    "Keuzenamiddag",
    TUESDAY_LONG,
    "Keuzeprogramma",
    "Zelf samenstellen",
    "3",
    "In orde",
  ]);
  await expectAccessible(page);

  // Picks are for the invited.
  await invite(page, expedition, ["Jan Willems", "Nadia El Amrani"]);
  await page.goto(editor);
  await page.getByRole("link", { name: "Keuzes en persoonlijke schema’s" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Keuzes en persoonlijke schema’s" })).toBeVisible();
  const fill = page.getByRole("table", { name: `Keuzenamiddag — ${TUESDAY_LONG}` });
  const wzcRow = fill.getByRole("row", { name: new RegExp(escapeRegExp(WZC)) });
  const dvcRow = fill.getByRole("row", { name: new RegExp(escapeRegExp(DVC)) });
  await expect(wzcRow.getByRole("cell").nth(2)).toHaveText("0");
  await expect(page.getByRole("heading", { level: 3, name: "Jan Willems" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Nadia El Amrani" })).toBeVisible();
  await expectAccessible(page);

  // Jan Willems takes the only place at the residential care centre.
  await page.getByRole("link", { name: "Keuzes van Jan Willems aanpassen" }).click();
  let picks = page.getByRole("form", { name: "Keuzes van Jan Willems" });
  await expect(picks.getByRole("checkbox")).toHaveCount(2);
  await expectAccessible(page);
  await picks.getByRole("checkbox", { name: `14:00–15:00 ${WZC}` }).check();
  await picks.getByRole("button", { name: "Keuzes bewaren" }).click();
  await expect(picks.getByRole("status")).toHaveText("Keuzes van Jan Willems bewaard.");
  await expect(wzcRow.getByRole("cell").nth(2)).toHaveText("1");
  await expect(wzcRow.getByRole("cell").nth(3)).toHaveText("1");
  await expect(wzcRow.getByRole("cell").nth(4)).toContainText("100%");
  await expect(wzcRow.getByRole("meter")).toHaveAttribute("value", "1");
  await expect(dvcRow.getByRole("cell").nth(2)).toHaveText("0");
  await expect(dvcRow.getByRole("cell").nth(4)).toContainText("0%");
  const jan = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Jan Willems" }) });
  await expect(jan).toContainText(`14:00–15:00 · ${WZC}`);
  await expect(jan).not.toContainText("conflict");

  // Nadia El Amrani wants it too: it is full, and nothing changes.
  await page.getByRole("link", { name: "Keuzes van Nadia El Amrani aanpassen" }).click();
  picks = page.getByRole("form", { name: "Keuzes van Nadia El Amrani" });
  const full = picks.getByRole("checkbox", { name: `14:00–15:00 ${WZC}` });
  await expect(picks.getByRole("listitem").filter({ hasText: WZC })).toContainText("(volzet)");
  await expect(picks.getByRole("listitem").filter({ hasText: DVC })).not.toContainText("(volzet)");
  await full.check();
  await picks.getByRole("button", { name: "Keuzes bewaren" }).click();
  await expect(picks.getByRole("alert")).toContainText(`${WZC} is volzet`);
  await expect(full).toBeChecked();
  await expectAccessible(page);
  await page.reload();
  await expect(wzcRow.getByRole("cell").nth(2)).toHaveText("1");
  await expect(picks.getByRole("checkbox", { name: `14:00–15:00 ${WZC}` })).not.toBeChecked();
  const nadia = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Nadia El Amrani" }) });
  await expect(nadia).not.toContainText(`14:00–15:00 · ${WZC}`);

  // Jan Willems cannot be at both options at once.
  await page.getByRole("link", { name: "Keuzes van Jan Willems aanpassen" }).click();
  picks = page.getByRole("form", { name: "Keuzes van Jan Willems" });
  await expect(picks.getByRole("checkbox", { name: `14:00–15:00 ${WZC}` })).toBeChecked();
  await picks.getByRole("checkbox", { name: `14:00–15:00 ${DVC}` }).check();
  await picks.getByRole("button", { name: "Keuzes bewaren" }).click();
  await expect(picks.getByRole("alert")).toContainText(
    new RegExp(
      `Niet bewaard: Jan Willems staat om 14:00–15:00 op twee plaatsen: ` +
        `(${escapeRegExp(DVC)} en ${escapeRegExp(WZC)}|${escapeRegExp(WZC)} en ${escapeRegExp(DVC)})\\.`,
    ),
  );
  await expectAccessible(page);
  await page.reload();
  await expect(dvcRow.getByRole("cell").nth(2)).toHaveText("0");
  await expect(wzcRow.getByRole("cell").nth(2)).toHaveText("1");
  await expect(jan).not.toContainText(`14:00–15:00 · ${DVC}`);
});

test("a speed date: the rounds are options, and everyone invited meets every stand once", async ({ page }) => {
  await signIn(page);
  const expedition = await newExpedition(page, "Speeddate", WEDNESDAY);
  // Invitations need a programme with a stop: a first day to meet.
  await createProgramme(page, expedition, { name: "Kennismaking", day: TUESDAY });
  await addStop(page, { service: WZC, start: "10:00", end: "11:00" });
  const invited = ["Jan Willems", "Pieter De Smet", "Youssef Amrani"];
  await invite(page, expedition, invited);

  const stands = [DVC, LDC, WZC];
  await createProgramme(page, expedition, {
    name: "Speeddate woensdag",
    day: WEDNESDAY,
    concept: "Speeddate",
    services: stands,
    startTime: "10:00",
  });
  await expect(badges(page)).toHaveText(["Keuzeprogramma", "Speeddate", "te voet"]);
  // Three rounds at three stands, each stand an option for one person per round.
  for (const round of [1, 2, 3]) {
    await expect(timeline(page).filter({ hasText: new RegExp(`— Ronde ${round}$`) })).toHaveCount(3);
  }
  for (const stand of stands) {
    await expect(timeline(page).filter({ hasText: new RegExp(`${escapeRegExp(stand)} — Ronde`) })).toHaveCount(3);
  }
  const rounds = page.getByRole("region", { name: "Tijdlijn" }).getByRole("article", { name: / — Ronde \d$/ });
  await expect(rounds).toHaveCount(9);
  for (const round of await rounds.all()) await expect(round).toContainText("Keuzeoptie · 1/1 plaatsen");
  await expect(timeline(page).first()).toHaveText(`1. 10:00–10:15 · ${DVC} — Onthaal en uitleg`);
  // With its own press moment, the day has nothing to report.
  await expect(checks(page).getByRole("heading", { level: 2 })).toHaveText("Controle In orde");
  await expect(checks(page)).toContainText("Geen fouten of waarschuwingen.");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Keuzes en persoonlijke schema’s" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Keuzes en persoonlijke schema’s" })).toBeVisible();
  const fill = page.getByRole("table", { name: /^Speeddate woensdag — / });
  await expect(fill.locator("tbody tr")).toHaveCount(9);
  for (const meter of await fill.getByRole("meter").all()) await expect(meter).toHaveAttribute("value", "1");
  for (const name of invited) {
    const person = page
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) });
    await expect(person.getByRole("heading", { level: 3 })).toHaveText(name);
    const picked = person.getByRole("listitem").filter({ hasText: / — Ronde \d$/ });
    await expect(picked).toHaveCount(3);
    for (const stand of stands) {
      await expect(picked.filter({ hasText: `${stand} — Ronde` })).toHaveCount(1);
    }
    for (const round of [1, 2, 3]) await expect(picked.filter({ hasText: `Ronde ${round}` })).toHaveCount(1);
    await expect(person).not.toContainText("conflict");
    await expect(person).not.toContainText("Fout:");
  }
  await expectAccessible(page);
});

/**
 * Two pages on one programme's editor, both with the stop's edit form open; the first saves a new activity.
 * Returns the second page's edit form after it tried to save a practical note and was refused.
 */
async function staleSecondEditor(browser: Browser) {
  const first = await signedIn(browser, COORDINATOR);
  const expedition = await newExpedition(first, "Twee redacteurs");
  const editor = await createProgramme(first, expedition, { name: "Samen bewerkt", day: TUESDAY });
  await addStop(first, { service: WZC, start: "10:00", end: "11:00", activity: "Koffie" });
  const second = await first.context().newPage();
  await second.goto(editor);
  const label = `10:00 ${WZC}`;
  const formOf = (page: Page) => page.getByRole("form", { name: `Onderdeel ${label} bewerken` });
  for (const page of [first, second]) {
    await page.getByRole("link", { name: `${label} bewerken` }).click();
    await expect(formOf(page)).toBeVisible();
  }
  await expectAccessible(second);

  await formOf(first).getByRole("textbox", { name: "Wat gebeurt er", exact: true }).fill("Rondleiding door de tuin");
  await formOf(first).getByRole("button", { name: "Onderdeel bewaren" }).click();
  await expect(formOf(first).getByRole("status")).toContainText("Onderdeel bewaard. Controle:");
  await expect(stopCard(first, `1. 10:00–11:00 · ${WZC}`)).toContainText("Rondleiding door de tuin");

  // The second page's form was built from the programme as it was.
  const notes = formOf(second).getByRole("textbox", { name: "Praktische noot", exact: true });
  await notes.fill("Parkeren achter het gebouw");
  await formOf(second).getByRole("button", { name: "Onderdeel bewaren" }).click();
  await expect(formOf(second).getByRole("alert")).toContainText(
    "Iemand anders heeft dit dagprogramma intussen gewijzigd. Uw wijziging is niet bewaard; wat u invulde staat nog in het formulier.",
  );
  await expect(notes).toHaveValue("Parkeren achter het gebouw");
  // The programme above shows the first page's change.
  await expect(stopCard(second, `1. 10:00–11:00 · ${WZC}`)).toContainText("Rondleiding door de tuin");
  await expectAccessible(second);
  return { first, second, form: formOf(second), notes, reopen: () => formOf(first) };
}

test("two editors of one programme: the later save is refused, keeps what was typed, and saves when sent again", async ({
  browser,
}) => {
  const { first, form, reopen } = await staleSecondEditor(browser);
  await form.getByRole("button", { name: "Onderdeel bewaren" }).click();
  await expect(form.getByRole("status")).toContainText("Onderdeel bewaard. Controle:");
  // (The first page's address still opens the edit form.)
  await first.reload();
  await expect(reopen().getByRole("textbox", { name: "Praktische noot", exact: true })).toHaveValue(
    "Parkeren achter het gebouw",
  );
  await first.context().close();
});

test("two editors of one programme: saving again after the refusal keeps the other editor's change", async ({
  browser,
}) => {
  const { first, form, reopen } = await staleSecondEditor(browser);
  // The refused form now holds the first editor's activity, with this editor's note over it.
  await expect(form.getByRole("textbox", { name: "Wat gebeurt er", exact: true })).toHaveValue(
    "Rondleiding door de tuin",
  );
  await form.getByRole("button", { name: "Onderdeel bewaren" }).click();
  await expect(form.getByRole("status")).toContainText("Onderdeel bewaard. Controle:");
  await first.reload();
  await expect(stopCard(first, `1. 10:00–11:00 · ${WZC}`)).toContainText("Rondleiding door de tuin");
  await expect(reopen().getByRole("textbox", { name: "Praktische noot", exact: true })).toHaveValue(
    "Parkeren achter het gebouw",
  );
  await expect(stopCard(first, `1. 10:00–11:00 · ${WZC}`)).not.toContainText("Koffie");
  await first.context().close();
});

test("two editors of one programme's settings: the stale one keeps the other's new name and its own group size", async ({
  browser,
}) => {
  const first = await signedIn(browser, COORDINATOR);
  const expedition = await newExpedition(first, "Twee instellers");
  const editor = await createProgramme(first, expedition, { name: "Instellingen samen", day: TUESDAY });
  const second = await first.context().newPage();
  await second.goto(editor);
  const settings = (page: Page) => page.getByRole("form", { name: "Instellingen van dit dagprogramma" });

  await settings(first).getByRole("textbox", { name: "Naam", exact: true }).fill("Instellingen samen bewerkt");
  await settings(first).getByRole("button", { name: "Instellingen bewaren" }).click();
  await expect(settings(first).getByRole("status")).toContainText("Instellingen van het dagprogramma bewaard.");

  await settings(second).getByRole("textbox", { name: "Groepsgrootte" }).fill("12");
  await settings(second).getByRole("button", { name: "Instellingen bewaren" }).click();
  await expect(settings(second).getByRole("alert")).toContainText(
    "Iemand anders heeft dit dagprogramma intussen gewijzigd.",
  );
  // The form now holds the first editor's name, with this editor's group size over it.
  await expect(settings(second).getByRole("textbox", { name: "Naam", exact: true })).toHaveValue(
    "Instellingen samen bewerkt",
  );
  await expect(settings(second).getByRole("textbox", { name: "Groepsgrootte" })).toHaveValue("12");
  await expectAccessible(second);
  await settings(second).getByRole("button", { name: "Instellingen bewaren" }).click();
  await expect(settings(second).getByRole("status")).toContainText("Instellingen van het dagprogramma bewaard.");

  await first.reload();
  await expect(first.getByRole("heading", { level: 1, name: /^Instellingen samen bewerkt — / })).toBeVisible();
  await expect(settings(first).getByRole("textbox", { name: "Groepsgrootte" })).toHaveValue("12");
  await first.context().close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a stop is added, and a bad one refused with the server's message", async ({ page, browser, baseURL }) => {
    // Set up with scripts (the sign-in form needs them), then carry the session over.
    const context = await browser.newContext({ baseURL, javaScriptEnabled: true });
    const setup = await context.newPage();
    await signIn(setup);
    const expedition = await newExpedition(setup, "Zonder JavaScript");
    const editor = await createProgramme(setup, expedition, { name: "Bezoek zonder scripts", day: TUESDAY });
    await page.context().addCookies((await context.storageState()).cookies);
    await context.close();

    await page.goto(editor);
    await expect(page.getByRole("heading", { level: 1, name: /^Bezoek zonder scripts — / })).toBeVisible();
    await onScriptFreeCopy(page, expectAccessible);
    let form = addStopForm(page);
    await fillStop(form, { service: WZC, start: "10:00", end: "11:00", activity: "Koffie met de bewoners" });
    await form.getByRole("button", { name: "Onderdeel toevoegen" }).click();
    form = addStopForm(page);
    await expect(form.getByRole("status")).toContainText("Onderdeel toegevoegd. Controle:");
    await expect(timeline(page)).toHaveText([`1. 10:00–11:00 · ${WZC}`]);
    await onScriptFreeCopy(page, expectAccessible);

    await fillStop(form, { service: DVC, start: "10:30", end: "11:30" });
    await form.getByRole("button", { name: "Onderdeel toevoegen" }).click();
    form = addStopForm(page);
    await expect(form.getByRole("alert")).toContainText(REFUSED);
    await expect(form.getByRole("alert")).toContainText(`${DVC} (10:30–11:30) overlapt met ${WZC} (10:00–11:00).`);
    await expectFieldError(form.getByRole("textbox", { name: "Van", exact: true }), "overlapt met");
    await expect(form.getByRole("textbox", { name: "Van", exact: true })).toHaveValue("10:30");
    await expect(timeline(page)).toHaveText([`1. 10:00–11:00 · ${WZC}`]);
    await onScriptFreeCopy(page, expectAccessible);
  });
});

/** A programme with one stop, made by the coordinator; returns the editor's path. */
async function programmeWithAStop(browser: Browser, name: string): Promise<string> {
  const page = await signedIn(browser, COORDINATOR);
  const expedition = await newExpedition(page, "Dagblad voor communicatie");
  const editor = await createProgramme(page, expedition, { name, day: TUESDAY });
  await addStop(page, { service: WZC, start: "10:00", end: "11:00", activity: "Koffie met de bewoners" });
  await page.context().close();
  return editor;
}

test("a communication officer opens the day sheet and its PDF, but not the builder", async ({ browser }) => {
  const name = unique("Dagblad voor de pers");
  const editor = await programmeWithAStop(browser, name);
  const expedition = editor.replace(/\/programme\/[^/]+$/, "");
  const programmeId = editor.split("/").at(-1)!;

  const officer = await signedIn(browser, COMMUNICATION_OFFICER);
  const response = await officer.goto(`${editor}/day-sheet`);
  expect(response?.status()).toBe(200);
  await expect(officer.getByRole("heading", { level: 1, name: `Dagblad: ${name}` })).toBeVisible();
  await expect(officer.getByRole("button", { name: "Afdrukken" })).toBeVisible();
  const sheetRow = officer.getByRole("list", { name: "Verloop van de dag" }).getByRole("listitem");
  await expect(sheetRow).toHaveCount(1);
  await expect(sheetRow.getByRole("heading", { level: 3 })).toHaveAccessibleName(`10:00–11:00 ${WZC}`);
  await expect(sheetRow).toContainText("Koffie met de bewoners");
  // Back to the expedition, not to the builder.
  await expect(officer.getByRole("link", { name: /^← Terug naar / })).toHaveAttribute("href", expedition);
  await expectAccessible(officer);

  const link = officer.getByRole("link", { name: "Dagblad als PDF downloaden" });
  await expect(link).toHaveAttribute("href", `/api/programmes/${programmeId}/day-sheet`);
  const downloading = officer.waitForEvent("download");
  await link.click();
  const pdf = await readPdf(new Uint8Array(await readFile((await (await downloading).path())!)));
  expect(pdf.text.replace(/\s+/g, " ")).toContain(WZC);

  for (const path of [editor, `${expedition}/programme`, `${expedition}/programme/schedules`]) {
    await expectNotFoundForMember(officer, path);
  }
  await officer.context().close();
});
