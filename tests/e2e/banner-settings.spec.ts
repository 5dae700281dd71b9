import { expect, test, type Browser, type Page } from "@playwright/test";
import { solidPng } from "../helpers/png";
import { expectAccessible, expectFieldError, onScriptFreeCopy, signIn, unique } from "./helpers";

// The coordinator's campaign banner (settings) and an expedition's video link and reminder days (its form).

const ORGANIZATION = "Gemeente Kempenrode";
const DEFAULT_ALT = "Expeditie Zorg – Zorg voor de mens centraal, begint lokaal – #ZorgLokaal";
const OWN_ALT = `Campagnebanner van ${ORGANIZATION}`;
const NOT_IMAGE = "Dit bestand is geen PNG- of JPEG-afbeelding. Laad de banner op als .png of .jpg.";

const png = (name: string) => ({ name, mimeType: "image/png", buffer: solidPng(40, 10, [200, 16, 46]) });
const textAsPng = {
  name: "banner.png",
  mimeType: "image/png",
  buffer: Buffer.from("Dit is een tekstbestand met een andere naam.\n"),
};

function bannerSection(page: Page) {
  return page.getByRole("region", { name: "Campagnebanner" });
}

async function openSettings(page: Page) {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await expect(bannerSection(page)).toBeVisible();
}

/** The banner the section shows, fetched as the browser would: its type and size. */
async function shownBanner(page: Page) {
  const src = await bannerSection(page).getByRole("img").getAttribute("src");
  const response = await page.request.get(src!);
  expect(response.status()).toBe(200);
  return { src: src!, type: response.headers()["content-type"], bytes: await response.body() };
}

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await bannerSection(page).getByLabel("Nieuwe banner").setInputFiles(file);
  await bannerSection(page).getByRole("button", { name: "Banner opladen" }).click();
}

test("a coordinator uploads a campaign banner, sees it and removes it", async ({ page }) => {
  await signIn(page);
  await page.getByRole("link", { name: "Instellingen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  const section = bannerSection(page);
  const image = section.getByRole("img");

  // The default banner ships with the app.
  await expect(image).toHaveAccessibleName(DEFAULT_ALT);
  await expect(image).toHaveJSProperty("naturalWidth", 1200);
  await expect(section).toContainText("Je gebruikt nu de standaardbanner.");
  await expect(section.getByRole("button", { name: "Eigen banner verwijderen" })).toHaveCount(0);
  await expectAccessible(page);

  // A text file renamed .png is refused; the default stays.
  await upload(page, textAsPng);
  await expect(section.getByRole("alert")).toContainText(NOT_IMAGE);
  await expectFieldError(section.getByLabel("Nieuwe banner"), NOT_IMAGE);
  await expect(image).toHaveAccessibleName(DEFAULT_ALT);
  await expectAccessible(page);

  // No file at all (the refused one stays chosen until cleared).
  await section.getByLabel("Nieuwe banner").setInputFiles([]);
  await section.getByRole("button", { name: "Banner opladen" }).click();
  await expect(section.getByRole("alert")).toContainText("Kies een afbeelding (PNG of JPEG) om op te laden.");
  await expectAccessible(page);

  // A real PNG: shown at once, under a new URL.
  const before = await shownBanner(page);
  await upload(page, png("onze-banner.png"));
  await expect(section.getByRole("status")).toHaveText("De nieuwe banner is bewaard. Nieuwe uitnodigingen tonen hem.");
  await expect(image).toHaveAccessibleName(OWN_ALT);
  await expect(image).toHaveJSProperty("naturalWidth", 40);
  await expect(section).toContainText("Je gebruikt nu een eigen banner.");
  const own = await shownBanner(page);
  expect(own.src).not.toBe(before.src);
  expect(own.type).toBe("image/png");
  expect(own.bytes.equals(png("x").buffer)).toBe(true);
  await expectAccessible(page);

  // Still there after a reload.
  await openSettings(page);
  await expect(image).toHaveAccessibleName(OWN_ALT);
  await expectAccessible(page);

  // Removed: back to the default.
  await section.getByRole("button", { name: "Eigen banner verwijderen" }).click();
  await expect(section.getByRole("status")).toHaveText(
    "De eigen banner is verwijderd. Uitnodigingen tonen weer de standaardbanner.",
  );
  await expect(image).toHaveAccessibleName(DEFAULT_ALT);
  await expect(image).toHaveJSProperty("naturalWidth", 1200);
  await expect(section.getByRole("button", { name: "Eigen banner verwijderen" })).toHaveCount(0);
  expect((await shownBanner(page)).bytes.equals(before.bytes)).toBe(true);
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the banner is uploaded, refused and removed with plain forms", async ({ page, browser, baseURL }) => {
    await signInWithoutJavaScript(page, browser, baseURL!);
    await openSettings(page);
    const section = bannerSection(page);
    await onScriptFreeCopy(page, expectAccessible);

    await upload(page, textAsPng);
    await expect(section.getByRole("alert")).toContainText(NOT_IMAGE);
    await onScriptFreeCopy(page, expectAccessible);

    await upload(page, png("banner.png"));
    await expect(section.getByRole("status")).toContainText("De nieuwe banner is bewaard.");
    await expect(section.getByRole("img")).toHaveAccessibleName(OWN_ALT);
    expect((await shownBanner(page)).bytes.equals(png("x").buffer)).toBe(true);
    await onScriptFreeCopy(page, expectAccessible);

    await section.getByRole("button", { name: "Eigen banner verwijderen" }).click();
    await expect(section.getByRole("status")).toContainText("De eigen banner is verwijderd.");
    await expect(section.getByRole("img")).toHaveAccessibleName(DEFAULT_ALT);
    await onScriptFreeCopy(page, expectAccessible);
  });

  test("the server refuses an http link and 20 days, and saves nothing", async ({ page, browser, baseURL }) => {
    const title = unique("Expeditie zonder script");
    await signInWithoutJavaScript(page, browser, baseURL!);
    const { video, coming, save } = await newExpeditionForm(page, title);
    await video.fill("http://www.youtube.com/watch?v=kempenrode");
    await coming.fill("20");
    await save.click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Niet alles is correct ingevuld.");
    await expectFieldError(video, VIDEO_INVALID);
    await expectFieldError(coming, DAYS_INVALID);
    // What was typed is shown again.
    await expect(video).toHaveValue("http://www.youtube.com/watch?v=kempenrode");
    await expect(coming).toHaveValue("20");
    await onScriptFreeCopy(page, expectAccessible);
    await page.goto("/expeditions");
    await expect(page.getByRole("heading", { level: 1, name: "Expedities" })).toBeVisible();
    await expect(page.getByRole("heading", { name: title })).toHaveCount(0);
  });
});

const VIDEO_INVALID =
  "Vul een volledige link in die begint met https://, bijvoorbeeld https://www.youtube.com/watch?v=….";
const DAYS_INVALID = "Vul een geheel aantal dagen in, van 0 tot en met 14 (0: geen herinnering).";

/** The new-expedition form with its days filled in, and its video and reminder fields. */
async function newExpeditionForm(page: Page, title: string) {
  await page.goto("/expeditions/new");
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe expeditie" })).toBeVisible();
  const field = (name: string) => page.getByRole("textbox", { name, exact: true });
  await field("Titel").fill(title);
  await field("Eerste dag").fill("2099-06-16");
  await field("Laatste dag").fill("2099-06-16");
  await field("Datum").fill("2099-06-09");
  return {
    video: field("Link naar een videoboodschap"),
    coming: field("Herinnering voor wie komt: dagen vooraf"),
    silent: field("Herinnering voor wie nog niet antwoordde: dagen vooraf"),
    save: page.getByRole("button", { name: "Bewaren" }),
  };
}

test("an expedition gets a video link and its reminder days", async ({ page }) => {
  const title = unique("Expeditie met video");
  await signIn(page);
  const { video, coming, silent, save } = await newExpeditionForm(page, title);
  await expect(video).toHaveValue("");
  await expect(coming).toHaveValue("3");
  await expect(silent).toHaveValue("2");
  await expect(coming).toHaveAccessibleDescription(/0: geen herinnering/);
  await expectAccessible(page);

  // Not https, and too many days: refused with the reason next to each field.
  await video.fill("http://www.youtube.com/watch?v=kempenrode");
  await coming.fill("20");
  await silent.fill("twee");
  await save.click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Niet alles is correct ingevuld.");
  await expectFieldError(video, VIDEO_INVALID);
  await expectFieldError(coming, DAYS_INVALID);
  await expectFieldError(silent, DAYS_INVALID);
  await expectAccessible(page);

  // Corrected: saved, and the edit form shows what was saved.
  await video.fill("https://www.youtube.com/watch?v=kempenrode");
  await coming.fill("5");
  await silent.fill("0");
  await save.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.goto(`${new URL(page.url()).pathname}/edit`);
  await expect(page.getByRole("heading", { level: 1, name: "Gegevens wijzigen" })).toBeVisible();
  await expect(video).toHaveValue("https://www.youtube.com/watch?v=kempenrode");
  await expect(coming).toHaveValue("5");
  await expect(silent).toHaveValue("0");
  await expectAccessible(page);
});

/** The sign-in form needs JavaScript; sign in elsewhere and carry the session cookie over. */
async function signInWithoutJavaScript(page: Page, browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: true });
  await signIn(await context.newPage());
  await page.context().addCookies((await context.storageState()).cookies);
  await context.close();
}
