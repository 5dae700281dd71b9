import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { listMandataries } from "@/lib/mandataries/queries";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { ImportExportLinks } from "../_components/import/import-export-links";
import { StatusMessage } from "@/components/ui/form-status";

export async function generateMetadata() {
  await requireMember("mandataries.read");
  return { title: (await getTranslations("mandataries"))("title") };
}

export default async function MandatariesPage({ searchParams }: { searchParams: Promise<{ erased?: string }> }) {
  const member = await requireMember("mandataries.read");
  const { erased } = await searchParams;
  const [t, roles, mandataries] = await Promise.all([
    getTranslations("mandataries"),
    getTranslations("mandataryRoles"),
    listMandataries(member),
  ]);
  const canEdit = can(member, "mandataries.edit");
  return (
    <>
      <PageHeader
        title={t("title")}
        action={canEdit ? { href: "/mandataries/new", label: t("new"), primary: true } : null}
      />
      <ImportExportLinks kind="MANDATARIES" canImport={can(member, "lists.import")} />
      {erased ? <StatusMessage>{t("erased")}</StatusMessage> : null}
      <DataTable
        caption={t("title")}
        columns={[t("name"), t("role"), t("portfolios"), t("email")]}
        emptyText={t("empty")}
        rows={mandataries.map((m) => (
          <tr key={m.id}>
            <td>
              {canEdit ? (
                <Link href={`/mandataries/${m.id}`}>{`${m.firstName} ${m.lastName}`}</Link>
              ) : (
                `${m.firstName} ${m.lastName}`
              )}
            </td>
            <td>{roles(m.role)}</td>
            <td>{m.portfolios.join(", ")}</td>
            <td>{m.email}</td>
          </tr>
        ))}
      />
    </>
  );
}
