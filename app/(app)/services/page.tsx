import { getTranslations } from "next-intl/server";
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
  const member = await requireMember();
  const [t, types, services] = await Promise.all([
    getTranslations("services"),
    getTranslations("serviceTypes"),
    listServices(member),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        action={member.role === "COORDINATOR" ? { href: "/services/new", label: t("new"), primary: true } : null}
      />
      {member.role === "SERVICE_CONTACT" ? null : (
        <ImportExportLinks kind="SERVICES" canImport={member.role === "COORDINATOR"} />
      )}
      {member.role === "SERVICE_CONTACT" ? null : (
        <p>
          <a href="/api/syllabus" className="btn-secondary" download>
            {(await getTranslations("documents"))("syllabusDownload")}
          </a>
        </p>
      )}
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
