import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { CHOICE_MORNING, SPEC_PLANS } from "../fixtures/spec-plans";
import { MAIL_WAIT_MS, SEEDED_EXPEDITION, SEEDED_SERVICES } from "./config";
import {
  acceptOnRsvpPage,
  calendarIn,
  expeditionPath,
  escapeRegExp,
  expectAccessible,
  invite as inviteTo,
  linkIn,
  onScriptFreeCopy,
  parseCalendar,
  programmePath,
  receivedMails,
  signIn,
  waitForMail,
} from "./helpers";

// The mandatary's side of an invitation, as most of them will see it: a small phone, and no JavaScript
// assumed. The coordinator (with a normal browser) sends the invitations. The seed invited only the mayor
// and the aldermen, so each test here invites a different council member of its own.

const EXPEDITION = SEEDED_EXPEDITION;
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
    "Bedankt! We hebben genoteerd dat je komt. Je kunt je antwoord nog wijzigen tot de uiterste datum. Je krijgt een bevestiging per mail.",
  );
  await expect(answerLine(phone, "je komt")).toBeVisible();
  // Once answered, the page no longer asks whether they come.
  await expect(
    phone.getByText(
      "Beste Wim Jacobs, je bent uitgenodigd. Je hebt al geantwoord; hieronder kun je je antwoord wijzigen.",
    ),
  ).toBeVisible();
  await expect(phone.getByText(/Laat je weten of je komt\?/)).toHaveCount(0);
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
    "Bedankt voor je antwoord. We hebben genoteerd dat je niet komt. Je kunt je antwoord nog wijzigen tot de uiterste datum. Je krijgt een bevestiging per mail.",
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
    .poll(() => receivedMails().filter((m) => m.to.includes(email)).length, {
      timeout: MAIL_WAIT_MS,
      message: "second mail",
    })
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
  await acceptOnRsvpPage(phone);
  await expectFitsPhone(phone);
  await context.close();

  await page.reload();
  await expect(row).toContainText("Komt");
});

test("opening the link does not change the answer the coordinator sees", async ({ page, browser }) => {
  await signIn(page);
  const row = await invite(page, "Lotte Hermans");
  const counts = page.getByText(/^\d+ uitgenodigd: /);
  const link = linkIn((await waitForMail("lotte.hermans@example.org", SUBJECT)).text, "/rsvp/");
  // The row also says how the mail went; it is out before the row is read.
  await page.reload();
  await expect(row).toContainText("Verstuurd");
  const pendingRow = await row.textContent();
  const pendingCounts = await counts.textContent();

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
  await acceptOnRsvpPage(phone);
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

test("a link used too often in a minute asks to wait, and other links still answer", async ({ browser, baseURL }) => {
  const { context, phone } = await openPhone(browser);
  // A well-formed link counts against its own limit even when it leads nowhere (the default: 20 a minute).
  const link = `${baseURL}/rsvp/${randomBytes(32).toString("base64url")}`;
  for (let view = 0; view < 20; view++) {
    const page = await phone.request.get(link);
    expect(await page.text()).toContain("Deze link werkt niet (meer)");
  }
  await phone.goto(link);
  await expect(phone.getByRole("heading", { level: 1, name: "Even geduld" })).toBeVisible();
  await expect(phone.getByText("Probeer het over een minuut opnieuw.")).toBeVisible();
  await expectFitsPhone(phone);

  await phone.goto(`${baseURL}/rsvp/${randomBytes(32).toString("base64url")}`);
  await expect(phone.getByRole("heading", { level: 1, name: "Deze link werkt niet (meer)" })).toBeVisible();
  await context.close();
});

// A choice morning of an expedition of its own, planned at server start (tests/fixtures/spec-plans.ts): a common
// welcome, then options. A and B fit together, C is at the same time as A, and D has one place, which someone
// else takes.
const DAY = SPEC_PLANS.choiceMorning.firstDay;
const DAY_LONG = "dinsdag 12 mei 2099";
const WZC = SEEDED_SERVICES.WZC;
const DVC = SEEDED_SERVICES.DVC;
const KDV = SEEDED_SERVICES.KDV;
const LDC = SEEDED_SERVICES.LDC;
const { A, B, C, D } = CHOICE_MORNING;

/** An option on the RSVP page, by its times and service (its name goes on with the activity and the places). */
const optionBox = (page: Page, option: { service: string; start: string; end: string }) =>
  page.getByRole("checkbox", {
    name: new RegExp(`^${option.start}–${option.end} · ${escapeRegExp(option.service)}\\b`),
  });

/** Ticks a box the page disabled, as someone editing the page would (scripts are off on the phone itself). */
async function forceCheck(box: Locator) {
  await box.evaluate((node) => ((node as HTMLInputElement).disabled = false));
  await box.check();
}

/** The refusal's message, at the top of the form's alert. */
const refusal = (page: Page) => page.getByRole("main").getByRole("alert").getByRole("paragraph");

test("a mandatary picks options, brings a companion, gets the calendar, is refused a clash and a full option, and declines, on a phone without JavaScript", async ({
  page,
  browser,
}) => {
  test.slow();
  const email = "pieter.desmet@example.org";
  const { title } = SPEC_PLANS.choiceMorning;
  await signIn(page);
  const expedition = await test.step("The planned choice morning: a welcome and four options", async () => {
    const expedition = await expeditionPath(page, title);
    await programmePath(page, expedition, "Keuzevoormiddag");
    await expect(page.getByRole("region", { name: "Tijdlijn" }).getByRole("heading", { level: 3 })).toHaveCount(5);
    await expectAccessible(page);
    return expedition;
  });

  await test.step("Jan Willems takes the only place of D, through the coordinator", async () => {
    await inviteTo(page, expedition, ["Pieter De Smet", "Jan Willems"]);
    await expectAccessible(page);
    await page.goto(`${expedition}/programme/schedules`);
    await page.getByRole("link", { name: "Keuzes van Jan Willems aanpassen" }).click();
    const janPicks = page.getByRole("form", { name: "Keuzes van Jan Willems" });
    await janPicks.getByRole("checkbox", { name: `${D.start}–${D.end} ${LDC}` }).check();
    await janPicks.getByRole("button", { name: "Keuzes bewaren" }).click();
    await expect(janPicks.getByRole("status")).toHaveText("Keuzes van Jan Willems bewaard.");
    await expectAccessible(page);
  });

  const { link, context, phone, options } = await test.step("Pieter opens his invitation on the phone", async () => {
    const invitation = await waitForMail(email, new RegExp(`^Uitnodiging: ${escapeRegExp(title)}$`));
    const link = linkIn(invitation.text, "/rsvp/");
    const { context, phone } = await openPhone(browser);
    await phone.goto(link);
    await expect(phone.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const options = phone.getByRole("group", { name: `Kies je onderdelen: Keuzevoormiddag, ${DAY_LONG}` });
    await expect(options.getByRole("checkbox")).toHaveCount(4);
    await expect(optionBox(phone, A)).toHaveAccessibleName(/nog 4 plaatsen vrij van 4$/);
    await expect(optionBox(phone, D)).toHaveAccessibleName(/Volzet$/);
    // A full option cannot be ticked.
    await expect(optionBox(phone, D)).toBeDisabled();
    await expectFitsPhone(phone);
    return { link, context, phone, options };
  });

  const { confirmation, programme } = await test.step("Yes, with A and B, a companion and needs", async () => {
    await phone.getByLabel("Ja, ik kom").check();
    await optionBox(phone, A).check();
    await optionBox(phone, B).check();
    await phone.getByLabel("Kom je met iemand samen? (niet verplicht)").fill("Lotte Peeters, leerling");
    await phone.getByLabel("Voedingswensen (niet verplicht)").fill("vegetarisch");
    await phone
      .getByLabel("Wat heb je nodig om je te verplaatsen? (niet verplicht)")
      .fill("een plaats vooraan in de bus");
    await phone.getByRole("button", { name: "Antwoord versturen" }).click();
    await expect(phone).toHaveURL(/\?saved=1$/);
    const confirmation = phone.getByRole("main").getByRole("status");
    await expect(confirmation).toHaveText(
      "Bedankt! We hebben genoteerd dat je komt. Je kunt je antwoord nog wijzigen tot de uiterste datum. Je krijgt een bevestiging per mail.",
    );
    await expect(answerLine(phone, "je komt (samen met Lotte Peeters, leerling)")).toBeVisible();
    await expect(optionBox(phone, A)).toBeChecked();
    await expect(optionBox(phone, B)).toBeChecked();
    await expect(optionBox(phone, C)).not.toBeChecked();
    await expect(phone.getByLabel("Voedingswensen (niet verplicht)")).toHaveValue("vegetarisch");
    const programme = phone.getByRole("region", { name: "Je programma" });
    await expect(programme.getByRole("listitem")).toHaveText([
      new RegExp(`^08:30–08:45 · ${escapeRegExp(`${WZC} — Onthaal`)}`),
      new RegExp(`^09:15–10:15 · ${escapeRegExp(WZC)} \\(keuzeonderdeel\\)`),
      new RegExp(`^10:45–11:45 · ${escapeRegExp(DVC)} \\(keuzeonderdeel\\)`),
    ]);
    await expectFitsPhone(phone);
    return { confirmation, programme };
  });

  const { downloaded, picked } =
    await test.step("The calendar to download: the welcome and the two picks", async () => {
      // In Brussels time.
      const calendarLink = phone.getByRole("link", { name: "Zet in mijn agenda (.ics)" });
      await expect(calendarLink).toHaveAttribute("href", `${new URL(link).pathname}/calendar`);
      const [download] = await Promise.all([phone.waitForEvent("download"), calendarLink.click()]);
      const downloaded = parseCalendar(await readFile((await download.path())!, "utf8"));
      expect(downloaded.method).toBe("PUBLISH");
      const picked = [
        { summary: `${WZC} — Onthaal`, start: `${DAY}T08:30:00`, end: `${DAY}T08:45:00` },
        { summary: WZC, start: `${DAY}T09:15:00`, end: `${DAY}T10:15:00` },
        { summary: DVC, start: `${DAY}T10:45:00`, end: `${DAY}T11:45:00` },
      ];
      expect(downloaded.events.map(({ summary, start, end }) => ({ summary, start, end }))).toEqual(picked);
      for (const event of downloaded.events) expect(event.zone).toBe("Europe/Brussels");
      // Summer time: 09:15 in Brussels is 07:15 UTC.
      expect(downloaded.events[1]!.startsAt.toISOString()).toBe(`${DAY}T07:15:00.000Z`);
      return { downloaded, picked };
    });

  const mailed = await test.step("The confirmation mail carries the same calendar", async () => {
    const confirmed = await waitForMail(email, new RegExp(`^Bevestiging: je komt naar ${escapeRegExp(title)}$`));
    expect(confirmed.text).toContain("Je komt samen met: Lotte Peeters, leerling");
    expect(confirmed.text).toContain(`09:15–10:15  ${WZC}, Lindenlaan 20, 2275 Kempenrode — ${A.activity}`);
    expect(confirmed.text).not.toContain(C.activity);
    expect(calendarIn(confirmed, "CANCEL")).toBeUndefined();
    const mailed = parseCalendar(calendarIn(confirmed, "REQUEST")!.content);
    expect(mailed.events.map(({ summary, start, end }) => ({ summary, start, end }))).toEqual(picked);
    expect(mailed.events.map((e) => [e.uid, e.sequence])).toEqual(downloaded.events.map((e) => [e.uid, e.sequence]));
    return mailed;
  });

  await test.step("With scripts, C is out of reach while A is ticked, and the page says why", async () => {
    // C is at the same time as A.
    const withScripts = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const scripted = await withScripts.newPage();
    await scripted.goto(link);
    await expect(optionBox(scripted, C)).toBeDisabled();
    await expect(optionBox(scripted, C)).toHaveAccessibleName(
      new RegExp(`Niet samen met ${escapeRegExp(`${A.start}–${A.end} · ${WZC}`)}: haal dat vinkje eerst weg\\.$`),
    );
    await expectAccessible(scripted);
    await optionBox(scripted, A).uncheck();
    await expect(optionBox(scripted, C)).toBeEnabled();
    await withScripts.close();
  });

  await test.step("Without scripts, C ticked with A is refused in Dutch, and nothing changes", async () => {
    await expect(optionBox(phone, C)).toBeEnabled();
    await optionBox(phone, B).uncheck();
    await optionBox(phone, C).check();
    await phone.getByRole("button", { name: "Antwoord wijzigen" }).click();
    const clash = new RegExp(
      `^Deze keuzes gaan niet samen: (${escapeRegExp(WZC)} en ${escapeRegExp(KDV)}|${escapeRegExp(KDV)} en ${escapeRegExp(WZC)}) ` +
        "vallen op hetzelfde moment \\(09:15–10:15\\)\\. Kies één van beide\\.$",
    );
    await expect(refusal(phone)).toHaveText(clash);
    await expect(options).toHaveAccessibleDescription(new RegExp(clash.source.slice(1)));
    // What was sent stays in the form, to correct it.
    await expect(optionBox(phone, C)).toBeChecked();
    await expect(optionBox(phone, B)).not.toBeChecked();
    await expectFitsPhone(phone);
    await phone.goto(link);
    await expect(answerLine(phone, "je komt (samen met Lotte Peeters, leerling)")).toBeVisible();
    await expect(optionBox(phone, A)).toBeChecked();
    await expect(optionBox(phone, B)).toBeChecked();
    await expect(optionBox(phone, C)).not.toBeChecked();
    await expectFitsPhone(phone);
  });

  await test.step("D is full: it cannot be ticked, and whoever ticks it anyway is refused", async () => {
    await expect(optionBox(phone, D)).toBeDisabled();
    await forceCheck(optionBox(phone, D));
    await phone.getByRole("button", { name: "Antwoord wijzigen" }).click();
    await expect(refusal(phone)).toHaveText(`${LDC} is volzet (1 plaats).`);
    await expectFitsPhone(phone);
    await phone.goto(link);
    await expect(optionBox(phone, D)).not.toBeChecked();
    await expect(optionBox(phone, D)).toHaveAccessibleName(/Volzet$/);
    await expect(programme).not.toContainText(LDC);
  });

  await test.step("No after all", async () => {
    await phone.getByLabel("Nee, ik kan niet komen").check();
    await phone.getByRole("button", { name: "Antwoord wijzigen" }).click();
    await expect(confirmation).toHaveText(
      "Bedankt voor je antwoord. We hebben genoteerd dat je niet komt. Je kunt je antwoord nog wijzigen tot de uiterste datum. Je krijgt een bevestiging per mail.",
    );
    await expect(answerLine(phone, "je komt niet")).toBeVisible();
    await expect(phone.getByRole("link", { name: "Zet in mijn agenda (.ics)" })).toHaveCount(0);
    await expectFitsPhone(phone);
    // Nor a calendar to download any more.
    expect((await phone.request.get(`${link}/calendar`)).status()).toBe(404);
    await context.close();
  });

  await test.step("The confirmation takes the visits out of the calendar again", async () => {
    const declined = await waitForMail(email, new RegExp(`^Genoteerd: je komt niet naar ${escapeRegExp(title)}$`));
    expect(declined.text).toContain("De bijlage haalt de bezoeken weer uit je agenda.");
    expect(calendarIn(declined, "REQUEST")).toBeUndefined();
    const cancelled = parseCalendar(calendarIn(declined, "CANCEL")!.content);
    expect(cancelled.method).toBe("CANCEL");
    expect(cancelled.events.map((e) => e.uid)).toEqual(mailed.events.map((e) => e.uid));
    for (const event of cancelled.events) expect(event.sequence).toBeGreaterThan(mailed.events[0]!.sequence);
    // One confirmation per answer: the refused ones sent nothing.
    const confirmations = receivedMails().filter((m) => m.to.includes(email) && m.subject.includes(title));
    expect(confirmations.map((m) => m.subject.split(":")[0])).toEqual(["Uitnodiging", "Bevestiging", "Genoteerd"]);
  });

  await test.step("The coordinator sees the answer and the needs given with it", async () => {
    await page.goto(`${expedition}/invitations`);
    const row = page.getByRole("row", { name: /Pieter De Smet/ });
    await expect(row).toContainText("Komt niet");
    await expect(row).toContainText("Voeding: vegetarisch");
    await expect(row).toContainText("Verplaatsing: een plaats vooraan in de bus");
    await expectAccessible(page);
  });
});
