import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { listExpeditions } from "@/lib/expeditions/queries";
import { formatShortDate, type Locale } from "@/lib/time";
import Link from "next/link";

export async function generateMetadata() {
  await requireMember("expeditions.read");
  return { title: (await getTranslations("expeditions"))("title") };
}

export default async function ExpeditionsPage() {
  const member = await requireMember("expeditions.read");
  const t = await getTranslations("expeditions");
  const locale = (await getLocale()) as Locale;
  const expeditions = await listExpeditions(member);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{t("title")}</h1>
        {can(member, "expeditions.edit") ? (
          <Link href="/expeditions/new" className="btn-primary">
            {t("new")}
          </Link>
        ) : null}
      </div>
      {expeditions.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {expeditions.map((expedition) => (
            <li key={expedition.id} className="card">
              <h2>
                <Link href={`/expeditions/${expedition.id}`}>{expedition.title}</Link>
              </h2>
              <p>
                {t("days", {
                  from: formatShortDate(expedition.firstDay, locale),
                  to: formatShortDate(expedition.lastDay, locale),
                })}{" "}
                ·{" "}
                {t("counts", { programmes: expedition._count.programmes, invitations: expedition._count.invitations })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
