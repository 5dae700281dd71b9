import { SEEDED_EXPEDITION, SEEDED_MAYOR_AND_ALDERMEN } from "./config";
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";

// The demo server has no SMTP_URL: mails stay in the in-app "Postvak uit", where the coordinator can read
// them and follow the personal links, as a demo visitor would.

const EXPEDITION = SEEDED_EXPEDITION;
const SUBJECT = `Uitnodiging: ${EXPEDITION}`;
const COLLEGE = SEEDED_MAYOR_AND_ALDERMEN;

test("the coordinator reads the mayor's invitation in the outbox, and the mayor declines through its link", async ({
  page,
  browser,
}) => {
  await signIn(page);
  const outbox = await test.step("The coordinator finds the college's invitations in the outbox", async () => {
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Postvak uit" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Postvak uit" })).toBeVisible();
    await expect(
      page.getByText(
        "Er is geen mailserver ingesteld (SMTP_URL): mails worden niet verstuurd maar blijven hier leesbaar, zodat je de links kunt volgen.",
      ),
    ).toBeVisible();
    const outbox = page.getByRole("table", { name: "Postvak uit" });
    for (const address of COLLEGE) {
      const row = outbox.getByRole("row").filter({ has: page.getByRole("cell", { name: address, exact: true }) });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(SUBJECT);
      await expect(row).toContainText("wacht op verzending");
    }
    // Council members were not invited.
    await expect(outbox.getByRole("cell", { name: "jan.willems@example.org" })).toHaveCount(0);
    await expectAccessible(page);
    return outbox;
  });

  const href = await test.step("The mail to the mayor", async () => {
    await outbox
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: "annelies.vandyck@example.org", exact: true }) })
      .getByRole("link", { name: SUBJECT })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: SUBJECT })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "annelies.vandyck@example.org" })).toBeVisible();
    const body = page.getByRole("article", { name: "Inhoud van de mail" });
    await expect(body).toContainText("Beste Annelies Van Dyck,");
    await expect(body).toContainText(
      "08:30–09:30  Woonzorgcentrum Hof ter Linden, Lindenlaan 20, 2275 Kempenrode — Ontbijt met de bewoners",
    );
    await expectAccessible(page);
    const personalLink = body.getByRole("link", { name: /\/rsvp\// });
    await expect(personalLink).toHaveCount(1);
    const href = (await personalLink.getAttribute("href"))!;
    expect(new URL(href).pathname).toMatch(/^\/rsvp\/[A-Za-z0-9_-]{43}$/);
    return href;
  });

  await test.step("The mayor, in her own browser, follows the link and declines", async () => {
    // Her own browser has none of the coordinator's cookies.
    const mayorContext = await browser.newContext();
    expect(await mayorContext.cookies()).toEqual([]);
    const mayor = await mayorContext.newPage();
    const opened = await mayor.goto(href);
    expect(opened?.status()).toBe(200);
    await expect(mayor.getByRole("heading", { level: 1, name: EXPEDITION })).toBeVisible();
    await expect(
      mayor.getByText("Beste Annelies Van Dyck, je bent uitgenodigd. Laat je weten of je komt?"),
    ).toBeVisible();
    await expectAccessible(mayor);
    await mayor.getByLabel("Nee, ik kan niet komen").check();
    await mayor.getByRole("button", { name: "Antwoord versturen" }).click();
    await expect(mayor.getByRole("main").getByRole("status")).toHaveText(
      "Bedankt voor je antwoord. We hebben genoteerd dat je niet komt. Je kunt je antwoord nog wijzigen tot de uiterste datum. Je krijgt een bevestiging per mail.",
    );
    await expectAccessible(mayor);
    await mayorContext.close();
  });

  await test.step("The coordinator sees the answer on the expedition's invitations page", async () => {
    await page.getByRole("link", { name: "Expedities" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Expedities" })).toBeVisible();
    await page.getByRole("link", { name: EXPEDITION, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: EXPEDITION })).toBeVisible();
    await page.getByRole("link", { name: "Uitnodigen en antwoorden bekijken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Uitnodigingen: ${EXPEDITION}` })).toBeVisible();
    const mayorRow = page.getByRole("row", { name: /Annelies Van Dyck/ });
    await expect(mayorRow.getByText("Komt niet", { exact: true })).toBeVisible();
    await expect(page.getByText("7 uitgenodigd: 0 komt, 0 misschien, 1 komt niet, 6 nog geen antwoord.")).toBeVisible();
    await expectAccessible(page);
  });
});

test("the communication officer has no outbox", async ({ page, browser }) => {
  // The address of one mail, as the coordinator sees it.
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator);
  await coordinator.goto("/mailbox");
  const mailPath = await coordinator.getByRole("link", { name: SUBJECT }).first().getAttribute("href");
  expect(mailPath).toMatch(/^\/mailbox\/\S+$/);
  await coordinatorContext.close();

  await signIn(page, "communicatie@example.org");
  await expect(page.getByRole("heading", { level: 1, name: "Expedities" })).toBeVisible();
  const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(menu.getByRole("link", { name: "Mandatarissen" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Postvak uit" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Postvak uit" })).toHaveCount(0);
  await expectAccessible(page);

  const response = await page.goto("/mailbox");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByText("annelies.vandyck@example.org")).toHaveCount(0);
  await expectAccessible(page);

  const mail = await page.goto(mailPath!);
  expect(mail?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
  await expect(page.getByRole("link", { name: /\/rsvp\// })).toHaveCount(0);
  await expectAccessible(page);
});
