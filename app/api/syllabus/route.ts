import { getLocale, getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/session";
import { slugify } from "@/lib/documents/format";
import { pdfDownload } from "@/lib/documents/response";
import { syllabusQuerySchema } from "@/lib/documents/schemas";
import { loadSheets } from "@/lib/documents/sheet-data";
import { renderSyllabus } from "@/lib/documents/syllabus";
import { resolveLocale } from "@/lib/i18n/locale";

/** The syllabus of the organization's care offer; `?services=id1,id2` limits it to those services. */
export async function GET(request: Request) {
  const member = await requireMember("syllabus.read");
  const query = syllabusQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    const t = await getTranslations("documents");
    return new Response(t("servicesInvalid"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const data = await loadSheets(member, query.data.services);
  const pdf = await renderSyllabus(data, resolveLocale(await getLocale()));
  return pdfDownload(pdf, `syllabus-${slugify(data.organization.name, "zorgaanbod")}.pdf`);
}
