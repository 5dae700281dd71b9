import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireMember } from "@/lib/auth/session";
import { exportFileName, exportRows, toCsv, toXlsx } from "@/lib/import/export";
import type { ImportKind } from "@/lib/import/fields";
import { listMandataries } from "@/lib/mandataries/queries";
import { listServices } from "@/lib/services/queries";
import { toBrusselsParts, type Locale } from "@/lib/time";

const formatSchema = z.enum(["csv", "xlsx"]);

const CONTENT_TYPE = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** The organization's list as a download, for the office (coordinators and communication officers). */
export async function exportResponse(kind: ImportKind, request: Request): Promise<Response> {
  const member = await requireMember("lists.export");
  const [t, locale] = await Promise.all([getTranslations("import"), getLocale() as Promise<Locale>]);
  const format = formatSchema.safeParse(new URL(request.url).searchParams.get("format"));
  if (!format.success) {
    return new Response(t("exportFormatInvalid"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const table = exportRows(
    kind === "MANDATARIES"
      ? { kind, records: await listMandataries(member) }
      : { kind, records: await listServices(member) },
    locale,
  );
  const body = format.data === "csv" ? toCsv(table) : new Uint8Array(await toXlsx(table, t(`sheetName.${kind}`)));
  const fileName = exportFileName(kind, toBrusselsParts(new Date()).day, format.data, locale);
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPE[format.data],
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
