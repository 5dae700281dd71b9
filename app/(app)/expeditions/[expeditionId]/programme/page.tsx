import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusMessage } from "@/components/ui/form-status";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/session";
import { checkExpedition } from "@/lib/programme/checks";
import { getExpeditionPlan } from "@/lib/programme/queries";
import { routeLegs } from "@/lib/programme/routing";
import { listServices } from "@/lib/services/queries";
import { dayKey, formatLongDate, type Locale } from "@/lib/time";
import { FindingsList, FindingsSummary } from "./_components/findings-list";
import { NewProgrammeForm } from "./_components/new-programme-form";
import { idParams } from "@/lib/validation";

type Params = { params: Promise<{ expeditionId: string }> };

export async function generateMetadata({ params }: Params) {
  const member = await requireMember("programmes.edit");
  if (!(await getExpeditionPlan(member, idParams(await params).expeditionId))) notFound();
  return { title: (await getTranslations("programme"))("title") };
}

export default async function ProgrammesPage({
  params,
  searchParams,
}: Params & { searchParams: Promise<{ removed?: string }> }) {
  const member = await requireMember("programmes.edit");
  const plan = await getExpeditionPlan(member, idParams(await params).expeditionId);
  if (!plan) notFound();
  const [t, tc, services, locale, { removed }] = await Promise.all([
    getTranslations("programme"),
    getTranslations("programme.concepts"),
    listServices(member),
    getLocale(),
    searchParams,
  ]);
  const { expedition } = plan;
  const findings = checkExpedition(plan.programmes, plan.mandataries, await routeLegs(plan.programmes));
  const expeditionWide = findings.filter((f) => !f.programmeId);
  return (
    <>
      <PageHeader
        title={t("titleFor", { title: expedition.title })}
        back={{ href: `/expeditions/${expedition.id}`, label: t("backTo", { title: expedition.title }) }}
      />
      {removed ? <StatusMessage>{t("programmeRemoved")}</StatusMessage> : null}
      {services.length === 0 ? (
        <p role="status" className="card">
          {t("noServices")} <Link href="/services/new">{t("addService")}</Link>
        </p>
      ) : null}
      <section aria-labelledby="programmes-heading" className="flex flex-col gap-3">
        <h2 id="programmes-heading">{t("programmes")}</h2>
        {expedition.programmes.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <table className="data-table">
            <caption className="sr-only">{t("programmesCaption", { title: expedition.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("day")}</th>
                <th scope="col">{t("programmeKind")}</th>
                <th scope="col">{t("concept")}</th>
                <th scope="col">{t("stopCount")}</th>
                <th scope="col">{t("checksHeading")}</th>
              </tr>
            </thead>
            <tbody>
              {expedition.programmes.map((programme) => (
                <tr key={programme.id}>
                  <td>
                    <Link href={`/expeditions/${expedition.id}/programme/${programme.id}`}>{programme.name}</Link>
                  </td>
                  <td>{formatLongDate(programme.day, locale as Locale)}</td>
                  <td>{t(`kindNames.${programme.kind}`)}</td>
                  <td>{tc(`${programme.concept}.name`)}</td>
                  <td>{programme.stops.length}</td>
                  <td>
                    <FindingsSummary findings={findings.filter((f) => f.programmeId === programme.id)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {expeditionWide.length > 0 ? <FindingsList findings={expeditionWide} /> : null}
        {expedition.programmes.some((p) => p.kind === "CHOICE") ? (
          <p>
            <Link href={`/expeditions/${expedition.id}/programme/schedules`} className="btn-secondary">
              {t("schedulesLink")}
            </Link>
          </p>
        ) : null}
      </section>
      <NewProgrammeForm
        expeditionId={expedition.id}
        defaultDay={dayKey(expedition.firstDay)}
        services={services.map((s) => ({ id: s.id, name: s.name }))}
      />
    </>
  );
}
