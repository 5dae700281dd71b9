import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { slugify } from "@/lib/documents/format";
import { pdfDownload } from "@/lib/documents/response";
import { renderServiceSheet } from "@/lib/documents/service-sheet";
import { loadSheets } from "@/lib/documents/sheet-data";
import { resolveLocale } from "@/lib/i18n/locale";
import { idParams } from "@/lib/validation";

/** The presentation sheet of one service as a one-page PDF. Another organization's service: 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ serviceId: string }> }) {
  const member = await requireMember("services.read");
  const { serviceId } = idParams(await params);
  const { organization, services } = await loadSheets(member, [serviceId]);
  const service = services[0];
  if (!service) notFound();
  const pdf = await renderServiceSheet(organization, service, resolveLocale(await getLocale()));
  return pdfDownload(pdf, `voorstellingsfiche-${slugify(service.name, "zorgdienst")}.pdf`);
}
