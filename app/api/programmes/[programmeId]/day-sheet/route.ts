import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { renderDaySheet, daySheetTexts } from "@/lib/documents/day-sheet";
import { loadDaySheet } from "@/lib/documents/day-sheet-data";
import { slugify } from "@/lib/documents/format";
import { pdfDownload } from "@/lib/documents/response";
import { resolveLocale } from "@/lib/i18n/locale";
import { idParams } from "@/lib/validation";

/** The day sheet of one programme as a PDF. Another organization's or an unknown programme: 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ programmeId: string }> }) {
  const member = await requireMember("daysheets.read");
  const { programmeId } = idParams(await params);
  const locale = resolveLocale(await getLocale());
  const sheet = await loadDaySheet(member, programmeId, locale);
  if (!sheet) notFound();
  const pdf = await renderDaySheet(sheet, daySheetTexts(locale));
  return pdfDownload(pdf, `dagblad-${slugify(sheet.programmeName, "dagprogramma")}-${sheet.day}.pdf`);
}
