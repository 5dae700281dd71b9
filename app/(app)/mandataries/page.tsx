import { getTranslations } from "next-intl/server";
import { OFFICE_ROLES, requireMember } from "@/lib/auth/session";
import { listMandataries } from "@/lib/mandataries/queries";
import Link from "next/link";

export async function generateMetadata() {
  await requireMember(OFFICE_ROLES);
  return { title: (await getTranslations("mandataries"))("title") };
}

export default async function MandatariesPage() {
  const member = await requireMember(OFFICE_ROLES);
  const [t, roles, mandataries] = await Promise.all([getTranslations("mandataries"), getTranslations("mandataryRoles"), listMandataries(member)]);
  const coordinator = member.role === "COORDINATOR";
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{t("title")}</h1>
        {coordinator ? (
          <Link href="/mandataries/new" className="btn-primary">
            {t("new")}
          </Link>
        ) : null}
      </div>
      {mandataries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="data-table card">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("portfolios")}</th>
              <th scope="col">{t("email")}</th>
            </tr>
          </thead>
          <tbody>
            {mandataries.map((m) => (
              <tr key={m.id}>
                <td>{coordinator ? <Link href={`/mandataries/${m.id}`}>{`${m.firstName} ${m.lastName}`}</Link> : `${m.firstName} ${m.lastName}`}</td>
                <td>{roles(m.role)}</td>
                <td>{m.portfolios.join(", ")}</td>
                <td>{m.email}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
