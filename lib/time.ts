import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { nlBE, enGB } from "date-fns/locale";

// All times are shown and entered in Europe/Brussels; the database keeps UTC instants.
export const TIME_ZONE = "Europe/Brussels";

export type Locale = "nl" | "en";
const dateLocales = { nl: nlBE, en: enGB } as const;

function inBrussels(instant: Date): TZDate {
  return new TZDate(instant.getTime(), TIME_ZONE);
}

/** "dinsdag 16 maart 2027" */
export function formatLongDate(instant: Date, locale: Locale = "nl"): string {
  return format(inBrussels(instant), "EEEE d MMMM yyyy", { locale: dateLocales[locale] });
}

/** "16/03/2027" */
export function formatShortDate(instant: Date, locale: Locale = "nl"): string {
  return format(inBrussels(instant), "dd/MM/yyyy", { locale: dateLocales[locale] });
}

/** "09:30" */
export function formatTime(instant: Date): string {
  return format(inBrussels(instant), "HH:mm");
}

/** "16/03/2027 12:00" */
export function formatDateTime(instant: Date, locale: Locale = "nl"): string {
  return `${formatShortDate(instant, locale)} ${formatTime(instant)}`;
}

/** A calendar day (a `@db.Date` column, midnight UTC) as "2027-03-16". */
export function dayKey(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** "2027-03-16" → the Date Prisma stores in a `@db.Date` column. */
export function parseDay(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/** A wall-clock time on a day in Brussels ("2027-03-16", "09:30") → the UTC instant. */
export function brusselsInstant(day: string, time: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, TIME_ZONE).getTime());
}

/** The instant as "2027-03-16" and "09:30" in Brussels, for form fields. */
export function toBrusselsParts(instant: Date): { day: string; time: string } {
  const local = inBrussels(instant);
  return { day: format(local, "yyyy-MM-dd"), time: format(local, "HH:mm") };
}
