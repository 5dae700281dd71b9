import { expect, test, type Page } from "@playwright/test";
import { OTHER_TENANT } from "../fixtures/other-tenant";
import { MAIL_WAIT_MS } from "./config";
import { COORDINATOR, expectAccessible, linkIn, receivedMails, signInWithForm, type ReceivedMail } from "./helpers";

const LINK_SENT = "Als dit adres bij ons bekend is, ontvang je binnen enkele minuten een aanmeldlink.";
const SIGN_IN_SUBJECT = /^Je aanmeldlink voor de Expeditie Zorg planner$/;

async function hasSessionCookie(page: Page): Promise<boolean> {
  return (await page.context().cookies()).some((cookie) => cookie.name.includes("next-auth.session-token"));
}

async function expectSignedOut(page: Page) {
  expect(await hasSessionCookie(page)).toBe(false);
  await page.goto("/expeditions");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { level: 1, name: "Aanmelden" })).toBeVisible();
}

/** Asks for a sign-in link on the sign-in page, as a user would. */
async function requestLink(page: Page, email: string) {
  await page.goto("/login");
  const form = page.getByRole("form", { name: "Met een aanmeldlink per e-mail" });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByRole("button", { name: "Stuur mij een aanmeldlink" }).click();
  await expect(form.getByRole("status")).toHaveText(LINK_SENT);
}

/** Waits for a mail to `to` that arrived after the first `after` mails (older ones may hold older links). */
async function waitForNewMail(to: string, subject: RegExp, after: number): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      () =>
        (found = receivedMails()
          .slice(after)
          .find((m) => m.to.includes(to) && subject.test(m.subject))),
      {
        timeout: MAIL_WAIT_MS,
        message: `new mail to ${to} matching ${subject}`,
      },
    )
    .toBeTruthy();
  return found!;
}

test("every page names its icon, and the icon is there (no 404 in every page's log)", async ({ page }) => {
  await page.goto("/login");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("a wrong password is refused and gives no session", async ({ page }) => {
  await page.goto("/login");
  await expectAccessible(page);
  const form = page.getByRole("form", { name: "Met e-mailadres en wachtwoord" });
  await form.getByLabel("E-mailadres").fill(COORDINATOR);
  await form.getByLabel("Wachtwoord").fill("niet-het-juiste-wachtwoord");
  await form.getByRole("button", { name: "Aanmelden", exact: true }).click();
  await expect(form.getByRole("alert")).toHaveText("Het e-mailadres of het wachtwoord klopt niet.");
  await expect(page).toHaveURL(/\/login$/);
  await expectAccessible(page);

  // An unknown address gets exactly the same answer.
  await page.reload();
  await expect(form.getByRole("alert")).toHaveCount(0);
  await form.getByLabel("E-mailadres").fill("niemand@example.org");
  await form.getByLabel("Wachtwoord").fill("niet-het-juiste-wachtwoord");
  await form.getByRole("button", { name: "Aanmelden", exact: true }).click();
  await expect(form.getByRole("alert")).toHaveText("Het e-mailadres of het wachtwoord klopt niet.");

  await expectSignedOut(page);
  await expectAccessible(page);
});

test("signing out ends the session", async ({ page }) => {
  await signInWithForm(page);
  await expect(page.getByRole("heading", { level: 1, name: "Expedities" })).toBeVisible();
  await expectAccessible(page);
  expect(await hasSessionCookie(page)).toBe(true);

  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { level: 1, name: "Aanmelden" })).toBeVisible();
  await expectAccessible(page);
  await expectSignedOut(page);
  await expectAccessible(page);
});

test("signing in with a link sent by e-mail", async ({ page, browser }) => {
  const before = receivedMails().length;
  await requestLink(page, COORDINATOR);
  await expectAccessible(page);
  expect(await hasSessionCookie(page)).toBe(false);

  const mail = await waitForNewMail(COORDINATOR, SIGN_IN_SUBJECT, before);
  expect(mail.text).toContain("Beste Katrien Coppens,");
  const link = linkIn(mail.text, "/api/auth/callback/email");
  await page.goto(link);
  await expect(page).toHaveURL(/\/expeditions$/);
  await expect(page.getByRole("heading", { level: 1, name: "Expedities" })).toBeVisible();
  await expect(page.getByText("Gemeente Kempenrode · Katrien Coppens (coördinator)")).toBeVisible();
  await expect(page.getByRole("link", { name: "Expeditie Zorg Kempenrode", exact: true })).toBeVisible();
  await expectAccessible(page);

  // The link works once.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(link);
  await expect(second).toHaveURL(/\/login\?/);
  await expect(second.getByRole("main").getByRole("alert")).toHaveText(
    "Deze aanmeldlink werkt niet (meer). Vraag een nieuwe aan.",
  );
  await expectAccessible(second);
  await expectSignedOut(second);
  await other.close();
});

test("asking a link for an unknown address gets the same answer and sends no mail", async ({ page }) => {
  const unknown = "onbekend.adres@example.org";
  await requestLink(page, unknown);
  await expectAccessible(page);
  expect(await hasSessionCookie(page)).toBe(false);

  // The outbox is sent in order by one worker at a time. A link asked for a known address afterwards, and a
  // second one asked only once the first has arrived, proves that everything queued before has been sent.
  // (Two different addresses: one address gets at most one link a minute.)
  for (const known of ["communicatie@example.org", "wzc@example.org"]) {
    const before = receivedMails().length;
    await requestLink(page, known);
    await waitForNewMail(known, SIGN_IN_SUBJECT, before);
  }
  expect(receivedMails().filter((m) => m.to.includes(unknown))).toEqual([]);
});

test("a coordinator invites a colleague, who joins with a name and password", async ({ page, browser }) => {
  const email = "an.declercq@example.org";
  const password = "collega-wachtwoord-42";
  await signInWithForm(page);
  await expect(page.getByRole("heading", { level: 1, name: "Expedities" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await expectAccessible(page);

  const form = page.getByRole("form", { name: "Collega uitnodigen" });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Rol").selectOption({ label: "communicatieambtenaar" });
  await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(form.getByRole("status")).toHaveText(`Uitnodiging voor ${email} klaargezet voor verzending.`);
  await expect(page.getByRole("region", { name: "Openstaande uitnodigingen" })).toContainText(
    `${email} als communicatieambtenaar`,
  );
  await expectAccessible(page);

  const mail = await waitForNewMail(
    email,
    /^Uitnodiging om mee te werken aan Expeditie Zorg bij Gemeente Kempenrode$/,
    0,
  );
  expect(mail.text).toContain(
    "Katrien Coppens nodigt je uit als communicatieambtenaar voor Expeditie Zorg bij Gemeente Kempenrode.",
  );
  const link = linkIn(mail.text, "/invite/");

  // The colleague opens the link twice, e.g. in two tabs, and uses the first.
  const colleague = await browser.newContext();
  const tab = await colleague.newPage();
  const otherTab = await colleague.newPage();
  for (const p of [tab, otherTab]) {
    await p.goto(link);
    await expect(p.getByRole("heading", { level: 1, name: "Welkom bij Gemeente Kempenrode" })).toBeVisible();
    await expect(p.getByText(`uitgenodigd om mee te werken aan Expeditie Zorg met het adres ${email}`)).toBeVisible();
  }
  await expectAccessible(tab);
  await tab.getByLabel("Je naam").fill("An De Clercq");
  await tab.getByLabel("Kies een wachtwoord").fill(password);
  await tab.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(tab).toHaveURL(/\/login\?joined=1$/);
  await expect(tab.getByRole("status")).toHaveText("Je account is klaar. Meld je aan.");
  await expectAccessible(tab);

  // The second tab's form no longer works.
  await otherTab.getByLabel("Je naam").fill("Iemand Anders");
  await otherTab.getByLabel("Kies een wachtwoord").fill("een-ander-wachtwoord-7");
  await otherTab.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(otherTab.getByRole("main").getByRole("alert")).toContainText("Deze link werkt niet (meer).");
  await expectAccessible(otherTab);

  // Signing in with the chosen name and password shows the organization's expeditions.
  await signInWithForm(tab, email, password);
  await expect(tab.getByRole("heading", { level: 1, name: "Expedities" })).toBeVisible();
  await expect(tab.getByText("Gemeente Kempenrode · An De Clercq (communicatieambtenaar)")).toBeVisible();
  await expect(tab.getByRole("link", { name: "Expeditie Zorg Kempenrode", exact: true })).toBeVisible();
  await expect(tab.getByRole("link", { name: "Nieuwe expeditie" })).toHaveCount(0);
  await expectAccessible(tab);
  await colleague.close();

  // A second visit to the link gets the friendly page.
  const later = await browser.newContext();
  const again = await later.newPage();
  const response = await again.goto(link);
  expect(response?.status()).toBe(200);
  await expect(again.getByRole("heading", { level: 1, name: "Deze uitnodiging werkt niet (meer)" })).toBeVisible();
  await expect(again.getByText("De link is verlopen, al gebruikt of niet juist.")).toBeVisible();
  await expect(again.getByLabel("Kies een wachtwoord")).toHaveCount(0);
  await expectAccessible(again);
  await later.close();

  // The coordinator sees the new colleague in the team, with no open invitation left.
  await page.reload();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell")).toHaveText(["An De Clercq", email, "communicatieambtenaar", ""]);
  await expect(page.getByText("Openstaande uitnodigingen")).toHaveCount(0);
  await expectAccessible(page);
});

test("someone who already has an account joins a second organization only after signing in as themselves", async ({
  page,
  browser,
}) => {
  const email = "wim.wisselaar@example.net";
  const password = "wissel-wachtwoord-42";
  const invite = async (coordinator: Page, organization: string) => {
    await coordinator.goto("/team");
    const form = coordinator.getByRole("form", { name: "Collega uitnodigen" });
    await form.getByLabel("E-mailadres").fill(email);
    await form.getByLabel("Rol").selectOption({ label: "communicatieambtenaar" });
    const before = receivedMails().length;
    await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
    await expect(form.getByRole("status")).toHaveText(`Uitnodiging voor ${email} klaargezet voor verzending.`);
    return linkIn((await waitForNewMail(email, new RegExp(`bij ${organization}$`), before)).text, "/invite/");
  };

  // Kempenrode invites a new colleague, who makes an account.
  await signInWithForm(page);
  const first = await invite(page, "Gemeente Kempenrode");
  const colleague = await browser.newContext();
  const tab = await colleague.newPage();
  await tab.goto(first);
  await tab.getByLabel("Je naam").fill("Wim Wisselaar");
  await tab.getByLabel("Kies een wachtwoord").fill(password);
  await tab.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(tab.getByRole("status")).toHaveText("Je account is klaar. Meld je aan.");

  // Heidebeek invites the same address. Holding the link is not enough: the page asks to sign in first.
  const other = await browser.newContext();
  const heidebeek = await other.newPage();
  await signInWithForm(heidebeek, OTHER_TENANT.coordinatorEmail);
  const second = await invite(heidebeek, OTHER_TENANT.organization);
  await tab.goto(second);
  await expect(tab.getByText(`Er bestaat al een account voor ${email}.`)).toBeVisible();
  await expect(tab.getByRole("button", { name: "Toevoegen aan mijn account" })).toHaveCount(0);
  await expectAccessible(tab);

  // Signing in brings them back to the invitation, where they confirm and land in Heidebeek.
  await tab.getByRole("link", { name: "Aanmelden", exact: true }).click();
  await expect(tab).toHaveURL(/\/login\?callbackUrl=/);
  const form = tab.getByRole("form", { name: "Met e-mailadres en wachtwoord" });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Wachtwoord").fill(password);
  await form.getByRole("button", { name: "Aanmelden", exact: true }).click();
  await expect(tab.getByRole("heading", { level: 1, name: `Welkom bij ${OTHER_TENANT.organization}` })).toBeVisible();
  await expectAccessible(tab);
  await tab.getByRole("button", { name: "Toevoegen aan mijn account" }).click();
  await expect(tab.getByRole("heading", { level: 1, name: "Expedities" })).toBeVisible();
  await expect(tab.getByText(`${OTHER_TENANT.organization} · Wim Wisselaar (communicatieambtenaar)`)).toBeVisible();
  await expect(tab.getByRole("link", { name: OTHER_TENANT.expeditionTitle, exact: true })).toBeVisible();
  await expectAccessible(tab);

  // Both organizations are theirs now, one at a time.
  await tab.getByLabel("Bestuur").selectOption({ label: "Gemeente Kempenrode" });
  await tab.getByRole("button", { name: "Wissel" }).click();
  await expect(tab.getByRole("link", { name: "Expeditie Zorg Kempenrode", exact: true })).toBeVisible();
  await expect(tab.getByRole("link", { name: OTHER_TENANT.expeditionTitle, exact: true })).toHaveCount(0);
  await colleague.close();
  await other.close();
});
