import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { DIGEST_QUIET_MINUTES, visitorLine, type Visit } from "@/lib/briefings/briefing";
import { getBriefingOverview } from "@/lib/briefings/queries";
import { formatDateTime, formatLongDate, formatTime, parseDay, type Locale } from "@/lib/time";
import { SendBriefingsForm } from "./_components/send-briefings-form";
import { idParams } from "@/lib/validation";

export async function generateMetadata({ params }: { params: Promise<{ expeditionId: string }> }) {
  const member = await requireMember("briefings.read");
  if (!(await getBriefingOverview(member, idParams(await params).expeditionId))) notFound();
  return { title: (await getTranslations("briefings"))("title") };
}

const statusStyle = {
  notSent: "bg-slate-200 text-slate-900",
  upToDate: "bg-green-100 text-green-900",
  updatePending: "bg-amber-100 text-amber-900",
} as const;

const EXPECTED = ["title", "activity", "handsOnTask", "welcomedBy", "userParticipation", "notes"] as const;

export default async function BriefingsPage({ params }: { params: Promise<{ expeditionId: string }> }) {
  const member = await requireMember("briefings.read");
  const overview = await getBriefingOverview(member, idParams(await params).expeditionId);
  if (!overview) notFound();
  const [t, tRoles, locale] = await Promise.all([
    getTranslations("briefings"),
    getTranslations("mandataryRoles"),
    getLocale() as Promise<Locale>,
  ]);
  const { expedition, services } = overview;
  const now = new Date();
  const label = (key: (typeof EXPECTED)[number]) => t(key === "title" ? "part" : key);
  const visitorText = (visitor: Visit["visitors"][number]) =>
    visitorLine(visitor, {
      role: tRoles(visitor.role),
      companion: (name) => t("companion", { name }),
      maybe: t("maybe"),
    });
  return (
    <>
      <PageHeader
        title={t("titleFor", { title: expedition.title })}
        back={{ href: `/expeditions/${expedition.id}`, label: t("backTo", { title: expedition.title }) }}
      />
      <p>{t("intro", { minutes: DIGEST_QUIET_MINUTES })}</p>
      {services.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          {can(member, "briefings.send") ? <SendBriefingsForm expeditionId={expedition.id} /> : null}
          <h2>{t("servicesHeading")}</h2>
          {services.map(({ service, visits, state }) => (
            <section key={service.id} aria-labelledby={`service-${service.id}`} className="card flex flex-col gap-3">
              <h3 id={`service-${service.id}`} className="text-lg font-semibold">
                {service.name}
              </h3>
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{t("contact")}</dt>
                <dd>
                  {service.contactName}
                  {service.contactEmail ? (
                    ` · ${service.contactEmail}`
                  ) : (
                    <span className="font-semibold text-red-800"> · {t("noEmail")}</span>
                  )}
                </dd>
                <dt className="font-semibold">{t("lastBriefed")}</dt>
                <dd>{state.status === "notSent" ? t("neverBriefed") : formatDateTime(state.sentAt, locale)}</dd>
                <dt className="font-semibold">{t("state")}</dt>
                <dd>
                  <span className={`badge ${statusStyle[state.status]}`}>{t(`status.${state.status}`)}</span>
                  {state.status === "updatePending" ? (
                    <span className="ml-2">
                      {state.dueAt > now ? t("dueAt", { time: formatDateTime(state.dueAt, locale) }) : t("dueNow")}
                    </span>
                  ) : null}
                </dd>
              </dl>
              {visits.length === 0 ? <p>{t("noVisits")}</p> : null}
              {visits.map((visit) => {
                const companions = visit.visitors.filter((v) => v.companionName).length;
                return (
                  <div key={visit.stopId} className="flex flex-col gap-1 border-t border-slate-300 pt-3">
                    <h4 className="font-semibold">
                      {t("visit", {
                        day: formatLongDate(parseDay(visit.day), locale),
                        from: formatTime(visit.startsAt),
                        to: formatTime(visit.endsAt),
                        programme: visit.programmeName,
                      })}
                      {visit.isOption ? <span className="badge ml-2">{t("option")}</span> : null}
                    </h4>
                    {EXPECTED.some((key) => visit[key]) ? (
                      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                        {EXPECTED.filter((key) => visit[key]).map((key) => (
                          <div key={key} className="contents">
                            <dt className="font-semibold">{label(key)}</dt>
                            <dd className="whitespace-pre-line">{visit[key]}</dd>
                          </div>
                        ))}
                      </dl>
                    ) : null}
                    {visit.visitors.length === 0 ? (
                      <p>{t("noVisitors")}</p>
                    ) : (
                      <>
                        <p>{t("visitors", { count: visit.visitors.length, companions })}</p>
                        <ul className="list-disc pl-5">
                          {visit.visitors.map((visitor) => (
                            <li key={visitor.mandataryId}>{visitorText(visitor)}</li>
                          ))}
                        </ul>
                      </>
                    )}
                  </div>
                );
              })}
            </section>
          ))}
        </>
      )}
    </>
  );
}
