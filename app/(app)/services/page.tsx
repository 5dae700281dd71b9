import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { listServices } from "@/lib/services/queries";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { ImportExportLinks } from "../_components/import/import-export-links";

export async function generateMetadata() {
  return { title: (await getTranslations("services"))("title") };
}

export default async function ServicesPage() {
  const member = await requireMember("services.read");
  const [t, types, services] = await Promise.all([
    getTranslations("services"),
    getTranslations("serviceTypes"),
    listServices(member),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        action={can(member, "services.create") ? { href: "/services/new", label: t("new"), primary: true } : null}
      />
      {can(member, "lists.export") ? (
        <ImportExportLinks kind="SERVICES" canImport={can(member, "lists.import")} />
      ) : null}
      {can(member, "syllabus.read") ? (
        <p>
          <a href="/api/syllabus" className="btn-secondary" download>
            {(await getTranslations("documents"))("syllabusDownload")}
          </a>
        </p>
      ) : null}
      <DataTable
        caption={t("title")}
        columns={[t("name"), t("type"), t("address"), t("contact")]}
        emptyText={t("empty")}
        rows={services.map((service) => (
          <tr key={service.id}>
            <td>
              <Link href={`/services/${service.id}`}>{service.name}</Link>
            </td>
            <td>{types(service.type)}</td>
            <td>
              {service.street}, {service.postalCode} {service.city}
            </td>
            <td>{service.contactName}</td>
          </tr>
        ))}
      />
    </>
  );
}
