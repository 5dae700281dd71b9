import { expect, test, type Browser, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { expectAccessible, linkIn, onScriptFreeCopy, receivedMails, signIn, waitForMail } from "./helpers";

// The mandatary's side of an invitation, as most of them will see it: a small phone, and no JavaScript
// assumed. The coordinator (with a normal browser) sends the invitations. The seed invited only the mayor
// and the aldermen, so each test here invites a different council member of its own.

const EXPEDITION = "Expeditie Zorg Kempenrode";
const SUBJECT = /Uitnodiging: Expeditie Zorg Kempenrode/;
const PHONE_WIDTH = 360;

const PHONE = { viewport: { width: PHONE_WIDTH, height: 740 }, isMobile: true, hasTouch: true };

/** A separate browser without cookies: a 360×740 phone with JavaScript switched off. */
async function openPhone(browser: Browser, javaScriptEnabled = false) {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled });
  return { context, phone: await context.newPage() };
}

async function expectNoHorizontalScroll(page: Page) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `horizontal scrolling on ${page.url()}`).toBeLessThanOrEqual(PHONE_WIDTH);
}

/**
 * The page the phone shows is accessible and needs no horizontal scrolling. axe and the width are read from
 * a script-free copy of it on the same phone screen, since scripts are off on the phone itself.
 */
async function expectFitsPhone(phone: Page) {
  await onScriptFreeCopy(
    phone,
    async (copy) => {
      await expectAccessible(copy);
      await expectNoHorizontalScroll(copy);
    },
    PHONE,
  );
}

async function openInvitations(page: Page) {
  await page.goto("/expeditions");
  await page.getByRole("link", { name: EXPEDITION, exact: true }).click();
  await page.getByRole("link", { name: "Uitnodigen en antwoorden bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Uitnodigingen: ${EXPEDITION}` })).toBeVisible();
}

/** The coordinator invites one seeded mandatary who was not invited yet; returns their table row. */
async function invite(page: Page, name: string) {
  await openInvitations(page);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toHaveCount(0);
  await page.getByLabel(new RegExp(name)).check();
  await page.getByRole("button", { name: "Uitnodigingen versturen" }).click();
  await expect(page.getByText("1 uitnodiging klaargezet voor verzending.")).toBeVisible();
  await expect(row).toContainText("Nog geen antwoord");
  await expectAccessible(page);
  return row;
}

const answerLine = (phone: Page, status: string) => phone.getByText(`Je antwoord: ${status}`, { exact: true });

test("a mandatary accepts with a note, then declines, on a phone without JavaScript", async ({ page, browser }) => {
  await signIn(page);
  const row = await invite(page, "Wim Jacobs");

  const mail = await waitForMail("wim.jacobs@example.org", SUBJECT);
  expect(mail.text).toContain("Beste Wim Jacobs");
  const link = linkIn(mail.text, "/rsvp/");

  const { context, phone } = await openPhone(browser);
  const opened = await phone.goto(link);
  expect(opened?.status()).toBe(200);
  await expect(phone.getByRole("heading", { level: 1, name: EXPEDITION })).toBeVisible();
  await expect(phone.getByText("Beste Wim Jacobs, je bent uitgenodigd. Laat je weten of je komt?")).toBeVisible();
  await expect(answerLine(phone, "nog geen antwoord")).toBeVisible();
  await expectFitsPhone(phone);

  // Accept, with a note.
  await phone.getByLabel("Ja, ik kom").check();
  await phone.getByLabel("Opmerking (niet verplicht)").fill("Ik sluit pas om 10 uur aan.");
  await phone.getByRole("button", { name: "Antwoord versturen" }).click();
  const confirmation = phone.getByRole("main").getByRole("status");
  await expect(confirmation).toHaveText(
    "Bedankt! We hebben genoteerd dat je komt. Je kunt je antwoord nog wijzigen tot de uiterste datum.",
  );
  await expect(answerLine(phone, "je komt")).toBeVisible();
  await expect(phone.getByLabel("Ja, ik kom")).toBeChecked();
  await expect(phone.getByLabel("Opmerking (niet verplicht)")).toHaveValue("Ik sluit pas om 10 uur aan.");
  await expectFitsPhone(phone);

  await page.reload();
  await expect(row).toContainText("Komt");
  await expect(row).not.toContainText("Komt niet");
  await expect(row).toContainText("Ik sluit pas om 10 uur aan.");

  // Change it: decline after all.
  await phone.getByLabel("Nee, ik kan niet komen").check();
  await phone.getByLabel("Opmerking (niet verplicht)").fill("Toch verhinderd, sorry.");
  await phone.getByRole("button", { name: "Antwoord wijzigen" }).click();
  await expect(confirmation).toHaveText(
    "Bedankt voor je antwoord. We hebben genoteerd dat je niet komt. Je kunt je antwoord nog wijzigen tot de uiterste datum.",
  );
  await expect(answerLine(phone, "je komt niet")).toBeVisible();
  await expect(phone.getByLabel("Nee, ik kan niet komen")).toBeChecked();
  await expectFitsPhone(phone);
  await context.close();

  await page.reload();
  await expect(row).toContainText("Komt niet");
  await expect(row).toContainText("Toch verhinderd, sorry.");
  await expect(row).not.toContainText("Ik sluit pas om 10 uur aan.");
  await expectAccessible(page);
});

test("a new link from the coordinator replaces the old one", async ({ page, browser }) => {
  const email = "fatima.bouzid@example.org";
  await signIn(page);
  const row = await invite(page, "Fatima Bouzid");
  const oldLink = linkIn((await waitForMail(email, SUBJECT)).text, "/rsvp/");

  const { context, phone } = await openPhone(browser);
  expect((await phone.goto(oldLink))?.status()).toBe(200);
  await expect(phone.getByRole("heading", { level: 1, name: EXPEDITION })).toBeVisible();

  const mailsBefore = receivedMails().filter((m) => m.to.includes(email)).length;
  await row.getByRole("button", { name: "Nieuwe link sturen naar Fatima Bouzid" }).click();
  await expect(row.getByRole("status")).toHaveText(
    "Nieuwe link voor Fatima Bouzid klaargezet; de vorige link werkt niet meer.",
  );
  await expectAccessible(page);
  await expect
    .poll(() => receivedMails().filter((m) => m.to.includes(email)).length, { timeout: 20_000, message: "second mail" })
    .toBeGreaterThan(mailsBefore);
  const newMail = receivedMails().findLast((m) => m.to.includes(email))!;
  expect(newMail.subject).toMatch(SUBJECT);
  const newLink = linkIn(newMail.text, "/rsvp/");
  expect(newLink).not.toBe(oldLink);

  // The old link is dead: the friendly page, and nothing of the invitation shows.
  const old = await phone.goto(oldLink);
  expect(old?.status()).toBe(200);
  await expect(phone.getByRole("heading", { level: 1, name: "Deze link werkt niet (meer)" })).toBeVisible();
  await expect(phone.getByRole("button", { name: /Antwoord/ })).toHaveCount(0);
  await expect(phone.getByText(EXPEDITION)).toHaveCount(0);
  await expect(phone.getByText("Fatima Bouzid")).toHaveCount(0);
  // And the same with JavaScript on.
  const withScripts = await openPhone(browser, true);
  expect((await withScripts.phone.goto(oldLink))?.status()).toBe(200);
  await expect(withScripts.phone.getByRole("heading", { level: 1, name: "Deze link werkt niet (meer)" })).toBeVisible();
  await expect(withScripts.phone.getByRole("button", { name: /Antwoord/ })).toHaveCount(0);
  await expectAccessible(withScripts.phone);
  await expectNoHorizontalScroll(withScripts.phone);
  await withScripts.context.close();

  // The new one works.
  expect((await phone.goto(newLink))?.status()).toBe(200);
  await expect(phone.getByRole("heading", { level: 1, name: EXPEDITION })).toBeVisible();
  await expectFitsPhone(phone);
  await phone.getByLabel("Ja, ik kom").check();
  await phone.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(phone.getByRole("main").getByRole("status")).toContainText("We hebben genoteerd dat je komt.");
  await expectFitsPhone(phone);
  await context.close();

  await page.reload();
  await expect(row).toContainText("Komt");
});

test("opening the link does not change the answer the coordinator sees", async ({ page, browser }) => {
  await signIn(page);
  const row = await invite(page, "Lotte Hermans");
  const counts = page.getByText(/^\d+ uitgenodigd: /);
  const pendingRow = await row.textContent();
  const pendingCounts = await counts.textContent();
  const link = linkIn((await waitForMail("lotte.hermans@example.org", SUBJECT)).text, "/rsvp/");

  // Opening the link, twice, before answering.
  const { context, phone } = await openPhone(browser);
  await phone.goto(link);
  await expect(answerLine(phone, "nog geen antwoord")).toBeVisible();
  await expectFitsPhone(phone);
  await phone.reload();
  await expect(answerLine(phone, "nog geen antwoord")).toBeVisible();

  await page.reload();
  await expect(row).toContainText("Nog geen antwoord");
  expect(await row.textContent()).toBe(pendingRow);
  expect(await counts.textContent()).toBe(pendingCounts);

  // After answering, opening the link again keeps the answer (and when it was given) as it was.
  await phone.getByLabel("Ja, ik kom").check();
  await phone.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(phone.getByRole("main").getByRole("status")).toContainText("We hebben genoteerd dat je komt.");
  await page.reload();
  await expect(row).toContainText("Komt");
  const acceptedRow = await row.textContent();
  const acceptedCounts = await counts.textContent();

  await phone.goto(link);
  await expect(answerLine(phone, "je komt")).toBeVisible();
  await expect(phone.getByRole("main").getByRole("status")).toHaveCount(0);
  await expectFitsPhone(phone);
  await context.close();

  await page.reload();
  expect(await row.textContent()).toBe(acceptedRow);
  expect(await counts.textContent()).toBe(acceptedCounts);
});

test("without JavaScript, a dead link shows the friendly page rendered by the server", async ({ browser, baseURL }) => {
  const { context, phone } = await openPhone(browser);
  const response = await phone.goto(`${baseURL}/rsvp/${randomBytes(32).toString("base64url")}`);
  // The page answers a dead link itself: Next answers notFound() with an empty shell that only scripts fill in
  // (vercel/next.js#62228), which a phone without JavaScript would show blank.
  expect(response?.status()).toBe(200);
  expect(await phone.locator("html").getAttribute("lang")).toBe("nl-BE");
  await expect(phone.getByRole("heading", { level: 1, name: "Deze link werkt niet (meer)" })).toBeVisible();
  await expectFitsPhone(phone);
  await context.close();
});
