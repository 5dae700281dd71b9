import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/field";
import { requireMember } from "@/lib/auth/session";
import { guessMapping, IMPORT_FIELDS, parseRole, parseServiceType, type ImportKind } from "@/lib/import/fields";
import { previewImport, type ImportIssue, type RowAction, type RowPreview } from "@/lib/import/preview";
import { existingRecords, getImportDraft } from "@/lib/import/queries";
import { mappingParam, readMapping } from "@/lib/import/schemas";
import { ConfirmForm, UploadForm } from "./import-forms";
import { LIST_PATH } from "./paths";
import { StatusMessage } from "@/components/ui/form-status";
import { idParams } from "@/lib/validation";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function importMetadata(kind: ImportKind, page: "upload" | "preview") {
  await requireMember("lists.import");
  const t = await getTranslations("import");
  return { title: t(page === "upload" ? `title.${kind}` : `previewTitle.${kind}`) };
}

const count = (value: string | string[] | undefined) =>
  typeof value === "string" && /^\d{1,5}$/.test(value) ? Number(value) : null;

/** The upload form, and after an import its outcome. */
export async function ImportUploadPage({ kind, searchParams }: { kind: ImportKind; searchParams: SearchParams }) {
  await requireMember("lists.import");
  const t = await getTranslations("import");
  const params = await searchParams;
  const created = count(params.created);
  const updated = count(params.updated);
  return (
    <>
      <PageHeader title={t(`title.${kind}`)} back={{ href: LIST_PATH[kind], label: t(`back.${kind}`) }} />
      {created !== null && updated !== null ? (
        <StatusMessage>
          <p>{t("done", { created, updated })}</p>
          <p>
            <Link href={LIST_PATH[kind]}>{t(`toList.${kind}`)}</Link>
          </p>
        </StatusMessage>
      ) : null}
      <p className="max-w-prose">{t(`intro.${kind}`)}</p>
      <p className="max-w-prose text-slate-700">{t("exportHint")}</p>
      <UploadForm kind={kind} />
    </>
  );
}

/** "A", "B", …, "Z", "AA": the column letters a spreadsheet shows. */
function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const statusStyle: Record<RowAction, string> = {
  create: "bg-green-100 text-green-900",
  update: "bg-sky-100 text-sky-900",
  duplicate: "bg-amber-100 text-amber-900",
  invalid: "bg-red-100 text-red-900",
};

/** The column mapping, what each row would become, and the import button when every row is good. */
export async function ImportPreviewPage({
  kind,
  params,
  searchParams,
}: {
  kind: ImportKind;
  params: Promise<{ draftId: string }>;
  searchParams: SearchParams;
}) {
  const member = await requireMember("lists.import");
  const draft = await getImportDraft(member, kind, idParams(await params).draftId);
  if (!draft) notFound();
  const [t, tv, tRoles, tTypes, existing] = await Promise.all([
    getTranslations("import"),
    getTranslations("validation"),
    getTranslations("mandataryRoles"),
    getTranslations("serviceTypes"),
    existingRecords(member, kind),
  ]);
  const mapping = readMapping(kind, await searchParams) ?? guessMapping(kind, draft.columns);
  const preview = previewImport(kind, draft.rows, mapping, new Set(existing.keys()), draft.columns.length);
  const fields = IMPORT_FIELDS[kind];

  const fieldLabel = (field: string) => (t.has(`fields.${kind}.${field}`) ? t(`fields.${kind}.${field}`) : "");
  const message = (issue: ImportIssue) =>
    tv.has(issue.key) ? tv(issue.key, { ...issue.values, field: fieldLabel(issue.field) }) : tv("fieldInvalid");
  const mappingError = (field: string) => {
    const issue = preview.mappingErrors.find((i) => i.field === field);
    return issue ? message(issue) : undefined;
  };
  const bad = preview.counts.invalid + preview.counts.duplicate;
  const columnOptions = draft.columns.map((name, index) => ({
    value: String(index),
    label: name
      ? t("column", { letter: columnLetter(index), name })
      : t("columnUnnamed", { letter: columnLetter(index) }),
  }));
  const hiddenMapping = Object.fromEntries(
    fields.map((field) => [
      mappingParam(field.key),
      mapping[field.key] === undefined ? "" : String(mapping[field.key]),
    ]),
  );

  const keyColumns =
    kind === "MANDATARIES"
      ? [t("columns.name"), t("columns.role"), t("columns.email")]
      : [t("columns.name"), t("columns.type"), t("columns.city")];
  const keyCells = ({ cells }: RowPreview) => {
    if (kind === "MANDATARIES") {
      const role = parseRole(cells.role ?? "");
      const name = [cells.firstName, cells.lastName].filter(Boolean).join(" ");
      return [name, role ? tRoles(role) : (cells.role ?? ""), cells.email ?? ""];
    }
    const type = parseServiceType(cells.type ?? "");
    return [cells.name ?? "", type ? tTypes(type) : (cells.type ?? ""), cells.city ?? ""];
  };

  return (
    <>
      <PageHeader
        title={t(`previewTitle.${kind}`)}
        back={{ href: `${LIST_PATH[kind]}/import`, label: t("backToUpload") }}
      />
      <p>{t("fileSummary", { fileName: draft.fileName, rows: draft.rows.length })}</p>

      <section aria-labelledby="mapping-heading" className="card flex flex-col gap-4">
        <h2 id="mapping-heading">{t("mappingHeading")}</h2>
        <p className="text-slate-700">{t("mappingHint")}</p>
        <form method="get" className="flex flex-col gap-4">
          <div className="grid gap-4 sm:grid-cols-2">
            {fields.map((field) => (
              <SelectField
                key={field.key}
                name={mappingParam(field.key)}
                label={fieldLabel(field.key)}
                required={field.required}
                placeholder={t("notImported")}
                options={columnOptions}
                defaultValue={mapping[field.key] === undefined ? "" : String(mapping[field.key])}
                error={mappingError(field.key)}
              />
            ))}
          </div>
          <div>
            <button type="submit" className="btn-secondary">
              {t("updatePreview")}
            </button>
          </div>
        </form>
      </section>

      {preview.mappingErrors.length > 0 ? (
        <div role="alert" className="rounded border-2 border-red-800 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">{t("mappingErrors")}</p>
          <ul className="mt-1 list-disc pl-5">
            {preview.mappingErrors.map((issue) => (
              <li key={issue.field}>{message(issue)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <section aria-labelledby="preview-heading" className="flex flex-col gap-4">
          <h2 id="preview-heading">{t("previewHeading")}</h2>
          <ul aria-label={t("summary")} className="flex flex-wrap gap-x-6 gap-y-1">
            {(["create", "update", "duplicate", "invalid"] as const).map((action) => (
              <li key={action}>{t(`count.${action}`, { count: preview.counts[action] })}</li>
            ))}
          </ul>
          {bad > 0 ? (
            <div role="alert" className="rounded border-2 border-red-800 bg-red-50 p-3 text-red-900">
              <p className="font-semibold">{t("hasErrors", { count: bad })}</p>
              <p>
                <Link href={`${LIST_PATH[kind]}/import`}>{t("backToUpload")}</Link>
              </p>
            </div>
          ) : (
            <div className="card">
              <ConfirmForm kind={kind} draftId={draft.id} mapping={hiddenMapping} count={preview.rows.length} />
            </div>
          )}
          <table className="data-table card">
            <caption className="sr-only">{t("previewCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.row")}</th>
                {keyColumns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
                <th scope="col">{t("columns.status")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.row}>
                  <th scope="row">{row.row}</th>
                  {keyCells(row).map((cell, i) => (
                    <td key={i} className="break-words">
                      {cell}
                    </td>
                  ))}
                  <td>
                    <span className={`badge ${statusStyle[row.action]}`}>{t(`status.${row.action}`)}</span>
                    {row.errors.length > 0 ? (
                      <ul className="mt-1 list-disc pl-5 text-sm">
                        {row.errors.map((issue) => (
                          <li key={`${issue.field}-${issue.key}`}>
                            {fieldLabel(issue.field)
                              ? t("fieldError", { field: fieldLabel(issue.field), message: message(issue) })
                              : message(issue)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
