import { MAIL_WAIT_MS, SEEDED_MAYOR_AND_ALDERMEN, SEEDED_SERVICES } from "./config";
import { expect, test, type Page } from "@playwright/test";
import { OTHER_TENANT } from "../fixtures/other-tenant";
import { SPEC_PLANS } from "../fixtures/spec-plans";
import {
  acceptOnRsvpPage,
  calendarIn,
  escapeRegExp,
  expectAccessible,
  expectNotFoundForMember,
  expeditionPath,
  linkIn,
  parseCalendar,
  programmePath,
  receivedMails,
  signIn,
  signedIn,
  waitForMail,
} from "./helpers";

// The coordinator's side of an invitation round, on a desktop: invite a whole group for one day programme,
// with the mail previewed first; follow the sending to the end; later move a visit, and tell those it concerns
// with an update whose calendar replaces the one they had. The expedition is its own, so the seeded one stays
// as other specs expect it.

const TUESDAY = "2099-09-15";
const TUESDAY_LONG = "dinsdag 15 september 2099";
const WZC = SEEDED_SERVICES.WZC;
const DVC = SEEDED_SERVICES.DVC;

/** The seeded college: burgemeester, schepenen and the chair of the social committee (other specs may add more). */
const COLLEGE = [...SEEDED_MAYOR_AND_ALDERMEN, "ria.mertens@example.org"];
const TOM = "tom.peeters@example.org";

const subject = (prefix: string, title: string) => new RegExp(`^${escapeRegExp(prefix)}${escapeRegExp(title)}$`);

const inviteForm = (page: Page) => page.getByRole("form", { name: "Mandatarissen uitnodigen" });
const preview = (page: Page) => page.getByRole("region", { name: "Voorbeeld van de uitnodiging" });

test("the coordinator invites the college for one day, follows the sending, and announces a moved visit", async ({
  page,
  browser,
}) => {
  test.slow();
  // Planned at server start (tests/fixtures/spec-plans.ts): Tuesday with two visits, Wednesday with one.
  const { title } = SPEC_PLANS.invitationRound;
  await signIn(page);
  const { expedition, editor } = await test.step("The planned expedition and its Tuesday programme", async () => {
    const expedition = await expeditionPath(page, title);
    const editor = await programmePath(page, expedition, "Bezoekdag dinsdag");
    await expect(page.getByRole("region", { name: "Tijdlijn" }).getByRole("heading", { level: 3 })).toHaveText([
      `1. 10:00–11:00 · ${WZC}`,
      `2. 11:30–12:30 · ${DVC}`,
    ]);
    return { expedition, editor };
  });

  await test.step("For the whole expedition, the preview shows both days", async () => {
    await page.goto(`${expedition}/invitations`);
    await expect(page.getByRole("heading", { level: 1, name: `Uitnodigingen: ${title}` })).toBeVisible();
    await expect(page.getByText("Er is nog niemand uitgenodigd.")).toBeVisible();
    await expect(inviteForm(page)).toContainText("Deze uitnodiging geldt voor: hele expeditie.");
    await expect(preview(page)).toContainText(`Onderwerp: Uitnodiging: ${title}`);
    await expect(preview(page)).toContainText("Gesprek met de vrijwilligers");
    await expectAccessible(page);
  });

  await test.step("Only Tuesday, chosen with the small form above: the preview follows", async () => {
    const scope = page.getByRole("form", { name: "Waarvoor nodig je uit?" });
    await scope
      .getByRole("combobox", { name: "Programma" })
      .selectOption({ label: `Bezoekdag dinsdag (${TUESDAY_LONG})` });
    await scope.getByRole("button", { name: "Kiezen" }).click();
    await expect(page).toHaveURL(/\/invitations\?programmeId=/);
    await expect(inviteForm(page)).toContainText("Deze uitnodiging geldt voor: Bezoekdag dinsdag.");
    await expect(preview(page)).toContainText(
      `10:00–11:00  ${WZC}, Lindenlaan 20, 2275 Kempenrode — Koffie met de bewoners`,
    );
    await expect(preview(page)).not.toContainText("Gesprek met de vrijwilligers");
    await expectAccessible(page);
  });

  const invited = await test.step("The whole college invited at once", async () => {
    const groups = inviteForm(page).getByRole("group", { name: "Groepen" });
    const collegeLabel = await groups
      .getByRole("listitem")
      .filter({ hasText: /^Het college \(/ })
      .textContent();
    const invited = Number(collegeLabel!.match(/^Het college \((\d+) nog uit te nodigen\)$/)![1]);
    expect(invited).toBeGreaterThanOrEqual(COLLEGE.length);
    await groups.getByRole("checkbox", { name: /^Het college / }).check();
    await inviteForm(page).getByRole("button", { name: "Uitnodigingen versturen" }).click();
    await expect(inviteForm(page).getByRole("status")).toHaveText(
      `${invited} uitnodigingen klaargezet voor verzending.`,
    );
    const rows = page.getByRole("table", { name: "Uitgenodigde mandatarissen en hun antwoord" }).locator("tbody tr");
    await expect(rows).toHaveCount(invited);
    await expect(page.getByRole("row", { name: /Tom Peeters/ })).toContainText("schepen · Bezoekdag dinsdag");
    await expectAccessible(page);
    return invited;
  });

  await test.step("The sending round's page, until every mail is out", async () => {
    await inviteForm(page).getByRole("link", { name: "Volg de verzending" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Verzending van de uitnodigingen" })).toBeVisible();
    await expectAccessible(page);
    // With JavaScript the page asks again every few seconds while mail is queued.
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      `${invited} verstuurd, 0 in de wachtrij, 0 mislukt.`,
      { timeout: MAIL_WAIT_MS },
    );
    const progress = page.getByRole("progressbar", { name: `${invited} van ${invited} afgehandeld` });
    await expect(progress).toHaveAttribute("value", String(invited));
    await expect(progress).toHaveAttribute("max", String(invited));
    const batch = page.getByRole("table", { name: "Elke ontvanger en de stand van zijn mail" });
    await expect(batch.locator("tbody tr")).toHaveCount(invited);
    for (const email of COLLEGE) {
      await expect(batch.getByRole("row").filter({ hasText: email })).toContainText("Verstuurd");
    }
    await expect(batch.getByRole("button", { name: /Nieuwe link sturen/ })).toHaveCount(0);
    await expectAccessible(page);
  });

  await test.step("Another organization and the communication officer get a 404 on the round", async () => {
    // Only this organization's coordinator follows the round.
    const batchPath = new URL(page.url()).pathname;
    for (const email of [OTHER_TENANT.coordinatorEmail, "communicatie@example.org"]) {
      const other = await signedIn(browser, email);
      await expectNotFoundForMember(other, batchPath);
      await expectNotFoundForMember(other, `${expedition}/invitations/changes`);
      await other.context().close();
    }
  });

  await test.step("The mails arrived, with Tuesday only", async () => {
    for (const email of COLLEGE) {
      const mail = await waitForMail(email, subject("Uitnodiging: ", title));
      expect(mail.text).toContain(`10:00–11:00  ${WZC}, Lindenlaan 20, 2275 Kempenrode — Koffie met de bewoners`);
      expect(mail.text).not.toContain("Gesprek met de vrijwilligers");
      expect(mail.attachments).toEqual([]);
    }
  });

  const confirmed = await test.step("Tom Peeters accepts through his link, and gets the calendar", async () => {
    const mandatary = await browser.newContext();
    const tom = await mandatary.newPage();
    await tom.goto(linkIn((await waitForMail(TOM, subject("Uitnodiging: ", title))).text, "/rsvp/"));
    await expect(tom.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectAccessible(tom);
    await acceptOnRsvpPage(tom);
    await expectAccessible(tom);
    await mandatary.close();
    const confirmation = await waitForMail(TOM, subject("Bevestiging: je komt naar ", title));
    const confirmed = parseCalendar(calendarIn(confirmation, "REQUEST")!.content);
    expect(confirmed.events.map(({ summary, start }) => [summary, start])).toEqual([
      [WZC, `${TUESDAY}T10:00:00`],
      [DVC, `${TUESDAY}T11:30:00`],
    ]);
    return confirmed;
  });

  await test.step("Until the programme changes, there is nothing to announce", async () => {
    await page.goto(`${expedition}/invitations`);
    await expect(page.getByRole("row", { name: /Tom Peeters/ })).toContainText("Komt");
    await expect(page.getByText(/Het programma wijzigde/)).toHaveCount(0);
  });

  await test.step("The visit to the residential care centre moves half an hour earlier", async () => {
    await page.goto(editor);
    await page.getByRole("link", { name: `10:00 ${WZC} bewerken` }).click();
    const edit = page.getByRole("form", { name: `Onderdeel 10:00 ${WZC} bewerken` });
    await edit.getByRole("textbox", { name: "Van", exact: true }).fill("09:30");
    await edit.getByRole("textbox", { name: "Tot", exact: true }).fill("10:30");
    await edit.getByRole("button", { name: "Onderdeel bewaren" }).click();
    // The form is now named after the new time.
    await expect(page.getByRole("form", { name: `Onderdeel 09:30 ${WZC} bewerken` }).getByRole("status")).toContainText(
      "Onderdeel bewaard. Controle:",
    );
    await expect(
      page
        .getByRole("region", { name: "Tijdlijn" })
        .getByRole("heading", { level: 3, name: `1. 09:30–10:30 · ${WZC}` }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  const { changes, people } = await test.step("The invitations page says whom the change concerns", async () => {
    await page.goto(`${expedition}/invitations`);
    await expect(
      page.getByText(`Het programma wijzigde sinds de laatste mail aan ${invited} uitgenodigden.`),
    ).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Bekijk wie het raakt en meld de wijziging" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Programmawijziging melden" })).toBeVisible();
    const changes = page.getByRole("form", { name: "Wie krijgt een wijzigingsbericht?" });
    const people = changes.getByRole("group", { name: "Betrokken mandatarissen" });
    await expect(people.getByRole("checkbox")).toHaveCount(invited);
    const tomBox = people.getByRole("checkbox", { name: "Tom Peeters (Komt)" });
    await expect(tomBox).toBeChecked();
    await expect(people.getByRole("checkbox", { name: "Annelies Van Dyck (Nog geen antwoord)" })).toBeChecked();
    await expect(
      people
        .getByRole("listitem")
        .filter({ has: page.getByRole("checkbox", { name: "Tom Peeters (Komt)" }) })
        .getByRole("listitem"),
    ).toHaveText([`Gewijzigd: ${TUESDAY_LONG} 10:00–11:00 · ${WZC} → ${TUESDAY_LONG} 09:30–10:30 · ${WZC}`]);
    await expectAccessible(page);
    return { changes, people };
  });

  await test.step("Nobody chosen: refused, and nothing goes out", async () => {
    for (const box of await people.getByRole("checkbox").all()) await box.uncheck();
    await changes.getByRole("button", { name: "Wijziging melden" }).click();
    await expect(changes.getByRole("alert")).toContainText("Kies minstens één mandataris.");
    await expect(people).toHaveAccessibleDescription("Kies minstens één mandataris.");
    await expectAccessible(page);
  });

  await test.step("Everyone chosen: the change is announced", async () => {
    for (const box of await people.getByRole("checkbox").all()) await box.check();
    await changes.getByRole("button", { name: "Wijziging melden" }).click();
    await expect(changes.getByRole("status")).toHaveText(`${invited} wijzigingsberichten klaargezet voor verzending.`);
    await expectAccessible(page);
  });

  await test.step("Tom's update replaces the events in his calendar", async () => {
    // Same UID, higher SEQUENCE, the new time.
    const update = await waitForMail(TOM, subject("Gewijzigd programma: ", title));
    expect(update.text).toContain(`Gewijzigd: ${TUESDAY_LONG} 10:00–11:00`);
    expect(update.text).toContain(`→ nu ${TUESDAY_LONG} 09:30–10:30`);
    expect(calendarIn(update, "CANCEL")).toBeUndefined();
    const updated = parseCalendar(calendarIn(update, "REQUEST")!.content);
    expect(updated.method).toBe("REQUEST");
    expect(updated.events.map((e) => e.uid)).toEqual(confirmed.events.map((e) => e.uid));
    expect(updated.events.map(({ summary, start, zone }) => [summary, start, zone])).toEqual([
      [WZC, `${TUESDAY}T09:30:00`, "Europe/Brussels"],
      [DVC, `${TUESDAY}T11:30:00`, "Europe/Brussels"],
    ]);
    for (const [i, event] of updated.events.entries()) {
      expect(event.sequence).toBeGreaterThan(confirmed.events[i]!.sequence);
    }
  });

  await test.step("Who has not answered yet gets the new programme, without a calendar", async () => {
    const pending = await waitForMail("annelies.vandyck@example.org", subject("Gewijzigd programma: ", title));
    expect(pending.text).toContain(`09:30–10:30  ${WZC}`);
    expect(pending.attachments).toEqual([]);
    // One update each, none for the refused attempt.
    await expect
      .poll(() => receivedMails().filter((m) => subject("Gewijzigd programma: ", title).test(m.subject)).length)
      .toBe(invited);
  });

  await test.step("Announced: no notice left", async () => {
    await page.goto(`${expedition}/invitations`);
    await expect(page.getByRole("heading", { level: 1, name: `Uitnodigingen: ${title}` })).toBeVisible();
    await expect(page.getByText(/Het programma wijzigde/)).toHaveCount(0);
    await expectAccessible(page);
    await page.goto(`${expedition}/invitations/changes`);
    await expect(page.getByText("Niemand heeft een ander programma dan in zijn laatste mail.")).toBeVisible();
    await expectAccessible(page);
  });
});
