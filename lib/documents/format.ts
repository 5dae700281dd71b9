// Pure helpers for the printed documents (presentation sheet, syllabus): colours, numbers, dates, and
// fitting long texts on one page.
import { TIME_ZONE, type Locale } from "@/lib/time";
import { foldAccents } from "@/lib/text";
import type { VisitingHours } from "@/lib/services/visiting-hours";

const NUMBER_LOCALES = { nl: "nl-BE", en: "en-GB" } as const;

// Intl formatters are costly to build: one per locale and kind.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(locale: Locale): Intl.NumberFormat {
  const key = `number-${locale}`;
  if (!formatters.has(key)) {
    formatters.set(key, new Intl.NumberFormat(NUMBER_LOCALES[locale], { maximumFractionDigits: 2 }));
  }
  return formatters.get(key) as Intl.NumberFormat;
}
function dateFormat(locale: Locale, timeZone: string, weekday = false): Intl.DateTimeFormat {
  const key = `date-${locale}-${timeZone}-${weekday}`;
  if (!formatters.has(key)) {
    const options: Intl.DateTimeFormatOptions = weekday
      ? { weekday: "short", timeZone }
      : { day: "numeric", month: "long", year: "numeric", timeZone };
    formatters.set(key, new Intl.DateTimeFormat(NUMBER_LOCALES[locale], options));
  }
  return formatters.get(key) as Intl.DateTimeFormat;
}

export const DEFAULT_BRAND_COLOR = "#1f4e79";
export const NEAR_BLACK = "#1a1a1a";
export const WHITE = "#ffffff";

/** "#abc" or "#aabbcc" (any case) → "#aabbcc"; anything else → the default colour. */
export function normalizeColor(value: string | null | undefined, fallback = DEFAULT_BRAND_COLOR): string {
  const hex = (value ?? "").trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(hex)) return hex;
  if (/^#[0-9a-f]{3}$/.test(hex)) return `#${[...hex.slice(1)].map((c) => c + c).join("")}`;
  return fallback;
}

/** WCAG 2.1 relative luminance of a "#rrggbb" colour. */
export function relativeLuminance(color: string): number {
  const hex = normalizeColor(color);
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1 … 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** White or near-black, whichever reads better on the given background. */
export function textColorOn(background: string): typeof WHITE | typeof NEAR_BLACK {
  return contrastRatio(background, WHITE) >= contrastRatio(background, NEAR_BLACK) ? WHITE : NEAR_BLACK;
}

/** A key figure's number as written in the locale: 38500 → "38.500", 8.6 → "8,6" (nl-BE). */
export function formatNumber(value: number, locale: Locale = "nl"): string {
  return numberFormat(locale).format(value);
}

/** "8,6" + "/10" → "8,6/10"; "142" + "plaatsen" → "142 plaatsen"; units starting with / or % stick. */
export function formatFigure(value: number, unit: string, locale: Locale = "nl"): string {
  const number = formatNumber(value, locale);
  const trimmed = unit.trim();
  if (!trimmed) return number;
  return /^[/%]/.test(trimmed) ? `${number}${trimmed}` : `${number} ${trimmed}`;
}

/** A calendar day (a `@db.Date`, midnight UTC) as "1 januari 2026". */
export function formatDay(day: Date, locale: Locale = "nl"): string {
  return dateFormat(locale, "UTC").format(day);
}

/** An instant's day in Brussels as "25 november 2026". */
export function formatInstantDay(instant: Date, locale: Locale = "nl"): string {
  return dateFormat(locale, TIME_ZONE).format(instant);
}

function weekdayName(weekday: number, locale: Locale): string {
  // 2024-01-01 was a Monday (ISO weekday 1).
  const day = new Date(Date.UTC(2024, 0, weekday));
  return dateFormat(locale, "UTC", true).format(day).replace(/\.$/, "");
}

/**
 * Visiting hours, consecutive days with the same hours grouped: "ma–vr 09:00–16:00 · za 10:00–12:00".
 * Several slots on one day are kept apart in weekday order.
 */
export function formatVisitingHours(hours: VisitingHours, locale: Locale = "nl"): string {
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from));
  const groups: { first: number; last: number; from: string; to: string }[] = [];
  for (const slot of sorted) {
    const previous = groups.at(-1);
    if (previous && previous.last === slot.weekday - 1 && previous.from === slot.from && previous.to === slot.to) {
      previous.last = slot.weekday;
    } else {
      groups.push({ first: slot.weekday, last: slot.weekday, from: slot.from, to: slot.to });
    }
  }
  return groups
    .map(({ first, last, from, to }) => {
      const days =
        first === last ? weekdayName(first, locale) : `${weekdayName(first, locale)}–${weekdayName(last, locale)}`;
      return `${days} ${from}–${to}`;
    })
    .join(" · ");
}

/** "Woonzorgcentrum Hof ter Linden" → "woonzorgcentrum-hof-ter-linden", for file names. */
export function slugify(text: string, fallback = "document"): string {
  const slug = foldAccents(text.normalize("NFKC"))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || fallback;
}

// The built-in PDF fonts (Helvetica) know the Windows-1252 characters only.
const WIN_ANSI_EXTRA = new Set([..."€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"]);
const LOOKALIKES: Record<string, string> = { ł: "l", Ł: "L", đ: "d", Đ: "D", ı: "i", "‐": "-", "‑": "-", "−": "-" };

function printable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

/** Text the standard PDF fonts can show: accents outside Windows-1252 are dropped ("ő" → "o"), the rest removed. */
export function pdfSafe(text: string): string {
  let result = "";
  for (const char of text.replace(/\r\n?/g, "\n").replace(/\t/g, " ")) {
    if (printable(char)) result += char;
    else if (LOOKALIKES[char]) result += LOOKALIKES[char];
    else {
      const base = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      if (base && [...base].every(printable)) result += base;
      else if (/\s/.test(char)) result += " ";
    }
  }
  return result;
}

/** How many printed lines a text takes at `perLine` characters a line (every paragraph starts a new line). */
export function estimateLines(text: string, perLine: number): number {
  if (!text.trim()) return 0;
  return text
    .trim()
    .split(/\n+/)
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.trim().length / perLine)), 0);
}

export interface Clamped {
  text: string;
  truncated: boolean;
}

/** The text cut to at most `maxLines` estimated lines, at a word boundary, ending in "… *" when cut. */
export function clampText(text: string, maxLines: number, perLine: number): Clamped {
  const paragraphs = text
    .trim()
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (estimateLines(text, perLine) <= maxLines) return { text: paragraphs.join("\n"), truncated: false };
  const kept: string[] = [];
  let left = maxLines;
  for (const paragraph of paragraphs) {
    const lines = Math.max(1, Math.ceil(paragraph.length / perLine));
    if (lines <= left) {
      kept.push(paragraph);
      left -= lines;
      continue;
    }
    // Room for the marker on the last line.
    const room = left * perLine - 3;
    if (room >= 20) {
      const cut = paragraph.slice(0, room);
      const atWord = cut.lastIndexOf(" ");
      kept.push(`${(atWord > room / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.–-]+$/, "")} …`);
    }
    break;
  }
  if (kept.length === 0) return { text: "", truncated: true };
  kept[kept.length - 1] = `${kept.at(-1)!.replace(/ …$/, "")} … *`;
  return { text: kept.join("\n"), truncated: true };
}

/**
 * Shares `budget` lines among texts: every text keeps what it needs while the total fits; otherwise the
 * longest ones are shortened first, down to a common cap. Returns the lines allowed per text.
 */
export function shareLines(needs: number[], budget: number): number[] {
  if (needs.reduce((a, b) => a + b, 0) <= budget) return [...needs];
  // Water-filling: the largest cap with sum(min(need, cap)) ≤ budget.
  let low = 0;
  let high = Math.max(...needs);
  while (low < high) {
    const cap = Math.floor((low + high + 1) / 2);
    const used = needs.reduce((sum, need) => sum + Math.min(need, cap), 0);
    if (used <= budget) low = cap;
    else high = cap - 1;
  }
  const allowed = needs.map((need) => Math.min(need, low));
  // Lines the common cap leaves over go to the texts that were cut, in order.
  let left = budget - allowed.reduce((a, b) => a + b, 0);
  for (let i = 0; i < needs.length && left > 0; i++) {
    if (allowed[i]! < needs[i]!) {
      allowed[i]! += 1;
      left -= 1;
    }
  }
  return allowed;
}
