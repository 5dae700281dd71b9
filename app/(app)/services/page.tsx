import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/session";
import { listServices } from "@/lib/services/queries";
import Link from "next/link";

export async function generateMetadata() {
  return { title: (await getTranslations("services"))("title") };
}

export default async function ServicesPage() {
  const member = await requireMember();
  const [t, types, services] = await Promise.all([getTranslations("services"), getTranslations("serviceTypes"), listServices(member)]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{t("title")}</h1>
        {member.role === "COORDINATOR" ? (
          <Link href="/services/new" className="btn-primary">
            {t("new")}
          </Link>
        ) : null}
      </div>
      {services.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="data-table card">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("type")}</th>
              <th scope="col">{t("address")}</th>
              <th scope="col">{t("contact")}</th>
            </tr>
          </thead>
          <tbody>
            {services.map((service) => (
              <tr key={service.id}>
                <td>{member.role === "COMMUNICATION_OFFICER" ? service.name : <Link href={`/services/${service.id}`}>{service.name}</Link>}</td>
                <td>{types(service.type)}</td>
                <td>
                  {service.street}, {service.postalCode} {service.city}
                </td>
                <td>{service.contactName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
