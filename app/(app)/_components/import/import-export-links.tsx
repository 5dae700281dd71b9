import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ImportKind } from "@/lib/import/fields";
import { EXPORT_PATH, LIST_PATH } from "./paths";

/** Beside a list: import (coordinators) and download the list as CSV or Excel. */
export async function ImportExportLinks({ kind, canImport }: { kind: ImportKind; canImport: boolean }) {
  const t = await getTranslations("import");
  return (
    <div className="flex flex-wrap gap-3">
      {canImport ? (
        <Link href={`${LIST_PATH[kind]}/import`} className="btn-secondary">
          {t("import")}
        </Link>
      ) : null}
      <a href={`${EXPORT_PATH[kind]}?format=csv`} className="btn-secondary" download>
        {t("exportCsv")}
      </a>
      <a href={`${EXPORT_PATH[kind]}?format=xlsx`} className="btn-secondary" download>
        {t("exportXlsx")}
      </a>
    </div>
  );
}
