import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import {
  expect,
  type Browser,
  type BrowserContextOptions,
  type BrowserContext,
  type Locator,
  type Page,
} from "@playwright/test";
import { E2E_PASSWORD, MAIL_WAIT_MS, mailDir } from "./config";

export { parseCalendar } from "../helpers/calendar";

export const COORDINATOR = "coordinator@example.org";

/** Signs in through the sign-in form, as a person does (for the specs about signing in). */
export async function signInWithForm(page: Page, email = COORDINATOR, password = E2E_PASSWORD) {
  await page.goto("/login");
  const form = page.getByRole("form", { name: "Met e-mailadres en wachtwoord" });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Wachtwoord").fill(password);
  await form.getByRole("button", { name: "Aanmelden", exact: true }).click();
  await expect(page).toHaveURL(/\/expeditions|\/services/);
}

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;

/** Session cookies per server and account, signed in once per test run (the form is tested in auth.spec). */
const sessions = new Map<string, Cookies>();

/**
 * Signs in and opens the first page of the account. Where the spec is not about signing in, it does not go
 * through the form each time: the first sign-in of an account posts the credentials to next-auth (the same
 * check as the form), and later ones reuse its session cookie.
 */
export async function signIn(page: Page, email = COORDINATOR, password = E2E_PASSWORD) {
  const context = page.context();
  const csrf = await context.request.get("/api/auth/csrf");
  const key = `${new URL(csrf.url()).origin} ${email} ${password}`;
  let cookies = sessions.get(key);
  if (!cookies) {
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await context.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password, json: "true" },
      maxRedirects: 0,
    });
    expect(response.status(), `sign-in of ${email}`).toBeLessThan(400);
    cookies = (await context.cookies()).filter((c) => c.name.endsWith("next-auth.session-token"));
    expect(cookies, `session of ${email}`).toHaveLength(1);
    sessions.set(key, cookies);
  }
  await context.addCookies(cookies);
  await page.goto("/");
  await expect(page).toHaveURL(/\/expeditions|\/services/);
}

/** Page states (DOM and viewport) that passed axe in this worker. */
const accessibleStates = new Set<string>();

/**
 * WCAG 2.1 A and AA, as Flemish local governments must meet: zero violations. The same DOM at the same viewport
 * gives the same result, so a state that passed once (the not-found page, a list seen again) is not run again.
 */
export async function expectAccessible(page: Page) {
  // Next streams the <title> of dynamic pages; every page must end up with one.
  await expect(page).toHaveTitle(/\S/);
  // Scripts are left out: axe does not read them, and Next's inline payload differs per request.
  const dom = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const state = createHash("sha256").update(JSON.stringify(page.viewportSize())).update(dom).digest("hex");
  if (accessibleStates.has(state)) return;
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  accessibleStates.add(state);
}

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Attached files as text, e.g. the .ics of a confirmation. */
  attachments: { filename: string; contentType: string; content: string }[];
}

export function receivedMails(server = "main"): ReceivedMail[] {
  const dir = mailDir(server);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as ReceivedMail);
}

/** Waits until the SMTP peer has received a mail for `to` whose subject matches. */
export async function waitForMail(to: string, subject: RegExp, server = "main"): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(() => (found = receivedMails(server).findLast((m) => m.to.includes(to) && subject.test(m.subject))), {
      timeout: MAIL_WAIT_MS,
      message: `mail to ${to} matching ${subject}`,
    })
    .toBeTruthy();
  return found!;
}

/** The mail's .ics attachment for `method` (REQUEST or CANCEL), or undefined. */
export function calendarIn(mail: ReceivedMail, method: "REQUEST" | "CANCEL") {
  return mail.attachments.find(
    (a) => a.contentType === "text/calendar" && /^METHOD:(\w+)\r?$/m.exec(a.content)?.[1] === method,
  );
}

/** On an open RSVP page: "Ja, ik kom", sent, and the page says the answer was noted. */
export async function acceptOnRsvpPage(page: Page) {
  await page.getByLabel("Ja, ik kom").check();
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("We hebben genoteerd dat je komt.");
}

export function linkIn(text: string, pathPrefix: string): string {
  const match = text.match(new RegExp(`https?://[^\\s]+${pathPrefix}[^\\s]*`));
  if (!match) throw new Error(`no ${pathPrefix} link in mail:\n${text}`);
  return match[0];
}

/**
 * For a page opened with JavaScript disabled, where axe (which needs timers) cannot run: loads the HTML the
 * browser shows, without its scripts, into a scratch page with scripts on and the same viewport, and runs
 * `check` there (e.g. expectAccessible, or reading the layout width). The stylesheets load from the app as usual.
 */
export async function onScriptFreeCopy<T>(
  page: Page,
  check: (copy: Page) => Promise<T>,
  contextOptions: BrowserContextOptions = {},
): Promise<T> {
  const url = page.url();
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const context = await page
    .context()
    .browser()!
    .newContext({
      ...contextOptions,
      viewport: page.viewportSize(),
      javaScriptEnabled: true,
    });
  try {
    const copy = await context.newPage();
    await copy.route(
      (u) => u.href === url,
      (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await copy.goto(url);
    return await check(copy);
  } finally {
    await context.close();
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The field is marked invalid and its accessible description (hint and error) holds the message. */
export async function expectFieldError(field: Locator, message: string) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
}

/** A new browser context, signed in, on the page the member lands on. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, E2E_PASSWORD);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  return page;
}

/** The friendly 404 for a member whose role or services do not give access. */
export async function expectNotFoundForMember(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
  await expect(page).toHaveTitle(/^Deze pagina bestaat niet/);
  await expectAccessible(page);
}

/**
 * Waits until React has hydrated the element: hydration sets the value of inputs again, which would undo a
 * rewrite made before it.
 */
async function hydrated(element: Locator) {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactFiber$"))), {
      message: "React has hydrated the form",
    })
    .toBe(true);
}

/** Rewrites an id in a form, as someone editing the page in the browser would. */
export async function forge(element: Locator, value: string) {
  await expect(element).toHaveCount(1);
  await hydrated(element);
  expect(await element.inputValue()).not.toBe(value);
  await element.evaluate((node, forged) => {
    if (node instanceof HTMLSelectElement) node.options[node.selectedIndex]!.value = forged;
    else (node as HTMLInputElement).value = forged;
  }, value);
  await expect(element).toHaveValue(value);
}

export const hidden = (form: Locator, name: string) => form.locator(`input[name="${name}"]`);

/** A short random suffix, for names that must not collide with what other specs create in the shared database. */
export function unique(prefix: string): string {
  return `${prefix} ${Math.random().toString(36).slice(2, 7)}`;
}

/** A new expedition through its form; returns the path of its page ("/expeditions/<id>"). */
export async function createExpedition(
  page: Page,
  {
    title,
    firstDay,
    lastDay = firstDay,
    deadline,
  }: { title: string; firstDay: string; lastDay?: string; deadline: string },
): Promise<string> {
  await page.goto("/expeditions/new");
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe expeditie" })).toBeVisible();
  await page.getByRole("textbox", { name: "Titel", exact: true }).fill(title);
  await page.getByRole("textbox", { name: "Eerste dag", exact: true }).fill(firstDay);
  await page.getByRole("textbox", { name: "Laatste dag", exact: true }).fill(lastDay);
  await page.getByRole("textbox", { name: "Datum", exact: true }).fill(deadline);
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The path of an expedition the coordinator sees in the list (e.g. one of tests/fixtures/spec-plans.ts). */
export async function expeditionPath(page: Page, title: string): Promise<string> {
  await page.goto("/expeditions");
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The path of a programme's editor, opened from the expedition's programme overview. */
export async function programmePath(page: Page, expedition: string, name: string): Promise<string> {
  await page.goto(`${expedition}/programme`);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${escapeRegExp(name)} — `) })).toBeVisible();
  return new URL(page.url()).pathname;
}

export interface NewProgramme {
  name: string;
  day: string;
  /** The concept's name as the form shows it, e.g. "Speeddate"; default "Zelf samenstellen". */
  concept?: string;
  /** For "Zelf samenstellen": "Vast programma" (default) or "Keuzeprogramma". */
  kind?: "Vast programma" | "Keuzeprogramma";
  /** Service names to tick, in the form's order. */
  services?: string[];
  startTime?: string;
}

/**
 * Creates a day programme with the form on the expedition's programme page and lands on its editor. Returns the
 * editor's path.
 */
export async function createProgramme(page: Page, expeditionPath: string, programme: NewProgramme): Promise<string> {
  await page.goto(`${expeditionPath}/programme`);
  await expect(page.getByRole("heading", { level: 1, name: /^Programma: / })).toBeVisible();
  const form = page.getByRole("form", { name: "Nieuw dagprogramma" });
  await form.getByRole("textbox", { name: "Naam", exact: true }).fill(programme.name);
  await form.getByRole("textbox", { name: "Dag", exact: true }).fill(programme.day);
  if (programme.startTime) await form.getByRole("textbox", { name: "Beginuur", exact: true }).fill(programme.startTime);
  if (programme.concept) {
    await form.getByRole("radio", { name: new RegExp(`^${escapeRegExp(programme.concept)}\\b`) }).check();
  }
  if (programme.kind) await form.getByRole("radio", { name: programme.kind, exact: true }).check();
  const services = form.getByRole("group", { name: "Zorgdiensten, in de volgorde van het bezoek" });
  for (const service of programme.services ?? []) await services.getByRole("checkbox", { name: service }).check();
  await form.getByRole("button", { name: "Dagprogramma aanmaken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "aangemaakt" })).toHaveText(
    `Dagprogramma ‘${programme.name}’ aangemaakt. Pas het hieronder aan.`,
  );
  await expect(
    page.getByRole("heading", { level: 1, name: new RegExp(`^${escapeRegExp(programme.name)} — `) }),
  ).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The editor's form that adds a stop. */
export const addStopForm = (page: Page) => page.getByRole("form", { name: "Onderdeel toevoegen" });

/** The editor's timeline: one heading per stop, "1. 08:30–09:30 · Woonzorgcentrum Hof ter Linden". */
export const timeline = (page: Page) =>
  page.getByRole("region", { name: "Tijdlijn" }).getByRole("heading", { level: 3 });

export interface StopInput {
  /** "Bezoek" (default), "Onthaal of afsluiting", … */
  kind?: string;
  service?: string;
  title?: string;
  start: string;
  end: string;
  activity?: string;
  notes?: string;
  /** Choice programmes: tick or untick "Keuzeoptie". */
  option?: boolean;
  capacity?: string;
}

/** Fills a stop form (to add or edit), without sending it. */
export async function fillStop(form: Locator, stop: StopInput) {
  if (stop.kind) await form.getByRole("combobox", { name: "Soort onderdeel" }).selectOption({ label: stop.kind });
  if (stop.service !== undefined) {
    await form.getByRole("combobox", { name: "Zorgdienst", exact: true }).selectOption({ label: stop.service });
  }
  if (stop.title !== undefined) await form.getByRole("textbox", { name: "Naam van het onderdeel" }).fill(stop.title);
  await form.getByRole("textbox", { name: "Van", exact: true }).fill(stop.start);
  await form.getByRole("textbox", { name: "Tot", exact: true }).fill(stop.end);
  if (stop.activity !== undefined) {
    await form.getByRole("textbox", { name: "Wat gebeurt er", exact: true }).fill(stop.activity);
  }
  if (stop.notes !== undefined) await form.getByRole("textbox", { name: "Praktische noot" }).fill(stop.notes);
  if (stop.option !== undefined) {
    await form.getByRole("checkbox", { name: "Keuzeoptie (niet voor iedereen)" }).setChecked(stop.option);
  }
  if (stop.capacity !== undefined)
    await form.getByRole("textbox", { name: "Plaatsen", exact: true }).fill(stop.capacity);
}

/** Adds a stop with the editor's form and waits until the timeline shows it. */
export async function addStop(page: Page, stop: StopInput) {
  const form = addStopForm(page);
  const before = await timeline(page).count();
  await fillStop(form, stop);
  await form.getByRole("button", { name: "Onderdeel toevoegen" }).click();
  await expect(form.getByRole("status")).toContainText("Onderdeel toegevoegd. Controle:");
  await expect(timeline(page)).toHaveCount(before + 1);
}

/** Invites mandataries to an expedition (its programme needs a stop first). */
export async function invite(page: Page, expeditionPath: string, names: string[]) {
  await page.goto(`${expeditionPath}/invitations`);
  const form = page.getByRole("form", { name: "Mandatarissen uitnodigen" });
  for (const name of names) await form.getByRole("checkbox", { name: new RegExp(escapeRegExp(name)) }).check();
  await form.getByRole("button", { name: "Uitnodigingen versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "klaargezet voor verzending" })).toBeVisible();
}
