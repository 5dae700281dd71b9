import { SEEDED_EXPEDITION } from "./config";
import { SPEC_PLANS } from "../fixtures/spec-plans";
import { expect, test, type Page } from "@playwright/test";
import { OTHER_TENANT } from "../fixtures/other-tenant";
import {
  COORDINATOR,
  expectAccessible,
  expectFieldError,
  expeditionPath,
  expectNotFoundForMember,
  receivedMails,
  signIn,
  signedIn,
  unique,
  waitForMail,
} from "./helpers";

// The communication officer keeps the press contacts and invites them to the demo expedition's press moment
// (seed 000: "Nodig de lokale pers uit"). The mail goes over SMTP to the test's peer.

const COMMUNICATION_OFFICER = "communicatie@example.org";
const SERVICE_CONTACT = "wzc@example.org";
const EXPEDITION = SEEDED_EXPEDITION;

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Hoofdmenu" });

test("the communication officer adds a press contact and sends the press invitation once", async ({
  page,
  browser,
}) => {
  const name = unique("Lotte Peeters");
  const email = `pers-${name.split(" ").pop()}@krant.example`;

  await signIn(page, COMMUNICATION_OFFICER);
  await mainNav(page).getByRole("link", { name: "Pers", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pers" })).toBeVisible();
  await expectAccessible(page);

  // A bad e-mail address: a Dutch message on the field, nothing added.
  const form = page.getByRole("form", { name: "Perscontact toevoegen" });
  await form.getByRole("textbox", { name: "Naam" }).fill(name);
  await form.getByRole("textbox", { name: "Medium" }).fill("Gazet van Kempenrode");
  await form.getByRole("textbox", { name: "E-mailadres" }).fill("lotte-at-krant");
  await form.getByRole("button", { name: "Perscontact toevoegen" }).click();
  await expect(form.getByRole("alert")).toContainText("Niet alles is correct ingevuld.");
  await expectFieldError(
    form.getByRole("textbox", { name: "E-mailadres" }),
    "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.be.",
  );
  await expect(form.getByRole("textbox", { name: "Naam" })).toHaveValue(name);
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await expectAccessible(page);

  await form.getByRole("textbox", { name: "E-mailadres" }).fill(email);
  await form.getByRole("button", { name: "Perscontact toevoegen" }).click();
  await expect(form.getByRole("status")).toHaveText(`Perscontact ${name} toegevoegd.`);
  const row = page.getByRole("table", { name: "Perscontacten" }).getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Gazet van Kempenrode");
  await expect(row).toContainText(email);
  await expectAccessible(page);

  // The same address twice is refused.
  await form.getByRole("textbox", { name: "Naam" }).fill("Iemand anders");
  await form.getByRole("textbox", { name: "E-mailadres" }).fill(email.toUpperCase());
  await form.getByRole("button", { name: "Perscontact toevoegen" }).click();
  await expectFieldError(
    form.getByRole("textbox", { name: "E-mailadres" }),
    `Er is al een perscontact met het e-mailadres ${email}.`,
  );
  await expectAccessible(page);

  // Editing the contact.
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const contactPath = new URL(page.url()).pathname;
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "Telefoon" }).fill("014 55 66 77");
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByRole("status")).toHaveText("Wijzigingen bewaard.");
  await expectAccessible(page);

  // From the expedition to its press page: the press moment with its time and place.
  await mainNav(page).getByRole("link", { name: "Expedities" }).click();
  await page.getByRole("link", { name: EXPEDITION, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: EXPEDITION })).toBeVisible();
  await page.getByRole("link", { name: "Pers uitnodigen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Persuitnodiging: ${EXPEDITION}` })).toBeVisible();
  const expeditionPressPath = new URL(page.url()).pathname;
  const moment = page.getByRole("heading", { level: 3, name: /^Busronde dinsdag – dinsdag / });
  await expect(moment).toBeVisible();
  const momentCard = page.locator(".card").filter({ has: moment });
  await expect(momentCard).toContainText("12:15–12:30");
  await expect(momentCard).toContainText("Lokaal dienstencentrum De Kring, Molenstraat 8");
  await expect(momentCard).toContainText("Persmoment — Foto en korte vragen van de pers");
  await expectAccessible(page);

  // The preview shows the mail as it will be sent.
  await page.locator("summary", { hasText: "Voorbeeld van de mail" }).click();
  const preview = page.getByRole("article", { name: "Voorbeeld van de mail" });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText("Uur: 12:15–12:30");
  await expect(preview).toContainText("#ZorgLokaal");
  await expectAccessible(page);

  // Nobody ticked: refused.
  const send = page.getByRole("form", { name: "Persuitnodiging versturen" });
  await send.getByRole("button", { name: "Persuitnodiging versturen" }).click();
  await expect(send.getByRole("alert")).toContainText("Kies minstens één perscontact.");
  await expectAccessible(page);

  await send.getByRole("checkbox", { name: new RegExp(name) }).check();
  await send.getByRole("button", { name: "Persuitnodiging versturen" }).click();
  await expect(send.getByRole("status")).toHaveText("1 persuitnodiging klaargezet voor verzending.");
  await expectAccessible(page);

  const mail = await waitForMail(email, new RegExp(`^Persuitnodiging: ${EXPEDITION}$`));
  expect(mail.text).toContain(`Beste ${name},`);
  expect(mail.text).toContain(`Gemeente Kempenrode nodigt u graag uit op het persmoment van ${EXPEDITION}.`);
  expect(mail.text).toContain("Uur: 12:15–12:30");
  expect(mail.text).toContain("Plaats: Lokaal dienstencentrum De Kring, Molenstraat 8");
  expect(mail.text).toContain("Katrien Coppens · coordinator@example.org · 014 12 34 00");

  // A second click with the same content sends nothing new.
  await send.getByRole("checkbox", { name: new RegExp(name) }).check();
  await send.getByRole("button", { name: "Persuitnodiging versturen" }).click();
  await expect(send.getByRole("status")).toHaveText(
    "Er is geen nieuwe mail klaargezet. 1 perscontact kreeg deze versie al.",
  );

  // The list of what was sent, with its status once the worker delivered it.
  await expect
    .poll(async () => {
      await page.reload();
      return page
        .getByRole("table", { name: "Verstuurde persuitnodigingen" })
        .getByRole("row", { name: new RegExp(email) })
        .textContent();
    })
    .toContain("verstuurd");
  await expect(
    page.getByRole("table", { name: "Verstuurde persuitnodigingen" }).getByRole("row", { name: new RegExp(email) }),
  ).toHaveCount(1);
  await expectAccessible(page);
  expect(receivedMails().filter((m) => m.to.includes(email))).toHaveLength(1);

  // Another organization's coordinator and a service contact do not get in.
  const other = await signedIn(browser, OTHER_TENANT.coordinatorEmail);
  await expectNotFoundForMember(other, contactPath);
  await expectNotFoundForMember(other, expeditionPressPath);
  await other.goto("/press");
  await expect(other.getByText(email)).toHaveCount(0);
  await other.context().close();
  const contact = await signedIn(browser, SERVICE_CONTACT);
  await expectNotFoundForMember(contact, "/press");
  await expectNotFoundForMember(contact, expeditionPressPath);
  await contact.context().close();

  // Removing the contact.
  await page.goto("/press");
  await page.getByRole("button", { name: `${name} verwijderen` }).click();
  await expect(page.getByRole("status")).toHaveText("Perscontact verwijderd.");
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
  await expectAccessible(page);
});

test("without a press moment the press page says so and offers no sending", async ({ page }) => {
  await signIn(page, COORDINATOR);
  const { title } = SPEC_PLANS.withoutPress;
  const expedition = await expeditionPath(page, title);
  await page.getByRole("link", { name: "Pers uitnodigen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Persuitnodiging: ${title}` })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`${expedition}/press`);
  await expect(page.getByText("Deze expeditie heeft nog geen persmoment")).toBeVisible();
  await expect(page.getByRole("form", { name: "Persuitnodiging versturen" })).toHaveCount(0);
  await expect(page.getByText("Er zijn nog geen persuitnodigingen verstuurd.")).toBeVisible();
  await expectAccessible(page);
});
