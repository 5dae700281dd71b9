import { SEEDED_EXPEDITION, SEEDED_SERVICES } from "./config";
import { expect, test, type Page } from "@playwright/test";
import { OTHER_TENANT } from "../fixtures/other-tenant";
import { COORDINATOR, expectAccessible, expectNotFoundForMember, signIn, signedIn, waitForMail } from "./helpers";

// The briefings of the demo expedition's care services: the coordinator sends them, the contact of the
// residential care centre gets who comes when and what is expected; the officer only looks; another
// organization does not see the page.

const EXPEDITION = SEEDED_EXPEDITION;
const SERVICE = SEEDED_SERVICES.WZC;
const SERVICE_CONTACT_EMAIL = "greet.vanlooy@example.org";
const COMMUNICATION_OFFICER = "communicatie@example.org";

/** From the expedition list to the briefings page, as a user would; returns its path. */
async function openBriefings(page: Page): Promise<string> {
  await page.goto("/expeditions");
  await page.getByRole("link", { name: EXPEDITION, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: EXPEDITION })).toBeVisible();
  await page.getByRole("link", { name: "Briefings voor de diensten" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Briefings voor de diensten: ${EXPEDITION}` }),
  ).toBeVisible();
  await expectAccessible(page);
  return new URL(page.url()).pathname;
}

test("the coordinator sends the briefings and the service's contact gets who comes when", async ({ page }) => {
  await signIn(page, COORDINATOR);
  await openBriefings(page);
  const service = page.getByRole("region", { name: SERVICE });
  await expect(service).toContainText("Greet Van Looy · greet.vanlooy@example.org");
  await expect(service).toContainText("Nog geen briefing verstuurd");
  await expect(service.getByRole("heading", { level: 4 }).first()).toContainText("08:30–09:30 · Busronde dinsdag");
  await expect(service).toContainText("Ontbijt met de bewoners");

  const form = page.getByRole("form", { name: "Naar de diensten sturen" });
  await form.getByRole("button", { name: "Briefings versturen" }).click();
  await expect(form.getByRole("status")).toHaveText(/^\d+ briefings klaargezet voor verzending\.$/);
  await expect(service).toContainText("Op de hoogte");
  await expectAccessible(page);

  const mail = await waitForMail(SERVICE_CONTACT_EMAIL, new RegExp(`${EXPEDITION}: wie komt er naar ${SERVICE}`));
  expect(mail.text).toContain("Beste Greet Van Looy,");
  expect(mail.text).toMatch(/DINSDAG \d+ [A-Z]+ \d{4}, 08:30–09:30 · BUSRONDE DINSDAG/);
  expect(mail.text).toContain("Wat gebeurt er: Ontbijt met de bewoners");
  expect(mail.text).toContain("Keuzesessie: alleen wie dit onderdeel koos, komt.");
  expect(mail.text).toContain("Draag makkelijke schoenen");

  // Nothing changed since: a second click sends nothing and says so.
  await form.getByRole("button", { name: "Briefings versturen" }).click();
  await expect(form.getByRole("status")).toHaveText(
    /^Geen nieuwe briefings klaargezet; \d+ diensten waren al op de hoogte\.$/,
  );
  await expectAccessible(page);
});

test("the communication officer sees the briefings but cannot send them", async ({ browser }) => {
  const page = await signedIn(browser, COMMUNICATION_OFFICER);
  await openBriefings(page);
  await expect(page.getByRole("region", { name: SERVICE })).toBeVisible();
  await expect(page.getByRole("button", { name: "Briefings versturen" })).toHaveCount(0);
});

test("another organization's coordinator does not find the page", async ({ browser }) => {
  const own = await signedIn(browser, COORDINATOR);
  const path = await openBriefings(own);
  const other = await signedIn(browser, OTHER_TENANT.coordinatorEmail);
  await expectNotFoundForMember(other, path);
});
