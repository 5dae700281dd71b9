import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { formatDay, formatFigure, formatVisitingHours } from "@/lib/documents/format";
import { loadSheets } from "@/lib/documents/sheet-data";
import { storyAttribution } from "@/lib/documents/sheet-model";
import { mapTiles } from "@/lib/map";
import { listMandataries } from "@/lib/mandataries/queries";
import { getOrganizationSettings } from "@/lib/organization/queries";
import { mandatariesForService } from "@/lib/portfolios/matching";
import { getService } from "@/lib/services/queries";
import type { Locale } from "@/lib/time";
import { MapView } from "@/components/map/leaflet-map";
import { PageHeader } from "@/components/ui/page-header";
import { idParams } from "@/lib/validation";

export async function generateMetadata({ params }: { params: Promise<{ serviceId: string }> }) {
  const member = await requireMember("services.read");
  const service = await getService(member, idParams(await params).serviceId);
  if (!service) notFound();
  return { title: service.name };
}

export default async function ServicePage({ params }: { params: Promise<{ serviceId: string }> }) {
  const member = await requireMember("services.read");
  const service = await getService(member, idParams(await params).serviceId);
  if (!service) notFound();
  const locale = (await getLocale()) as Locale;
  const [t, types, roles, sheets, settings, mandataries] = await Promise.all([
    getTranslations("services"),
    getTranslations("serviceTypes"),
    getTranslations("mandataryRoles"),
    loadSheets(member, [service.id]),
    getOrganizationSettings(member),
    listMandataries(member),
  ]);
  const sheet = sheets.services[0]!;
  const canEdit = can(member, "services.edit");
  const suggested = mandatariesForService(service, mandataries, settings.portfolioKeywords);
  const sections = [
    ["sheetDescription", sheet.description],
    ["sheetAudience", sheet.audience],
    ["sheetChallenges", sheet.challenges],
    ["sheetProjects", sheet.projects],
    ["sheetParticipation", sheet.userParticipation],
  ] as const;
  const sheetIsEmpty =
    sections.every(([, text]) => !text) && sheet.keyFigures.length === 0 && sheet.careStories.length === 0;

  return (
    <>
      <PageHeader title={service.name} back={{ href: "/services", label: t("back") }} />
      <p className="text-lg">
        {types(service.type)} · {service.street}, {service.postalCode} {service.city}
      </p>
      <nav aria-label={t("actions")} className="flex flex-wrap gap-3">
        {canEdit ? (
          <>
            <Link href={`/services/${service.id}/sheet`} className="btn-primary">
              {t("editSheet")}
            </Link>
            <Link href={`/services/${service.id}/edit`} className="btn-secondary">
              {t("editDetails")}
            </Link>
          </>
        ) : null}
        <a href={`/api/services/${service.id}/sheet`} className="btn-secondary" download>
          {t("downloadSheet")}
        </a>
      </nav>

      <section aria-labelledby="sheet-heading" className="card flex flex-col gap-4">
        <h2 id="sheet-heading">{t("sheetTitle")}</h2>
        {sheetIsEmpty ? <p>{canEdit ? t("sheetEmptyEditor") : t("sheetEmpty")}</p> : null}
        {sections.map(([key, text]) =>
          text ? (
            <div key={key}>
              <h3>{t(key)}</h3>
              <p className="whitespace-pre-line">{text}</p>
            </div>
          ) : null,
        )}
        {sheet.keyFigures.length > 0 ? (
          <div>
            <h3>{t("keyFigures")}</h3>
            <ul className="grid gap-3 sm:grid-cols-3">
              {sheet.keyFigures.map((figure, index) => (
                <li key={index} className="rounded border border-slate-300 p-3">
                  <span className="block text-2xl font-bold">{formatFigure(figure.value, figure.unit, locale)}</span>
                  <span className="block">{figure.label}</span>
                  {figure.referenceDate ? (
                    <span className="block text-sm text-slate-700">
                      {t("referenceDate", { day: formatDay(figure.referenceDate, locale) })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {sheet.careStories.length > 0 ? (
          <div>
            <h3>{t("careStories")}</h3>
            {sheet.careStories.map((story, index) => (
              <figure key={index} className="my-3 border-l-4 border-slate-400 pl-4">
                <blockquote className="italic">“{story.quote}”</blockquote>
                <figcaption>{storyAttribution(story)}</figcaption>
              </figure>
            ))}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="visit-heading" className="card flex flex-col gap-2">
        <h2 id="visit-heading">{t("visitTitle")}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("welcomedBy")}</dt>
          <dd>{[service.contactName, service.contactPhone, service.contactEmail].filter(Boolean).join(" · ")}</dd>
          <dt className="font-semibold">{t("form.visitingHours")}</dt>
          <dd>{sheet.visitingHours.length ? formatVisitingHours(sheet.visitingHours, locale) : t("notGiven")}</dd>
          <dt className="font-semibold">{t("form.maxGroupSize")}</dt>
          <dd>{service.maxGroupSize ?? t("notGiven")}</dd>
          <dt className="font-semibold">{t("form.minVisitMinutes")}</dt>
          <dd>{service.minVisitMinutes ? t("minutes", { minutes: service.minVisitMinutes }) : t("notGiven")}</dd>
          <dt className="font-semibold">{t("form.handsOnActivities")}</dt>
          <dd>{service.handsOnActivities.length ? service.handsOnActivities.join(" · ") : t("notGiven")}</dd>
          <dt className="font-semibold">{t("form.dressCode")}</dt>
          <dd>{service.dressCode || t("notGiven")}</dd>
          <dt className="font-semibold">{t("form.accessibilityNotes")}</dt>
          <dd>{service.accessibilityNotes || t("notGiven")}</dd>
        </dl>
        <MapView
          label={t("mapOf", { name: service.name })}
          markers={[{ latitude: service.latitude, longitude: service.longitude, label: "", title: service.name }]}
          {...mapTiles()}
        />
      </section>

      <section aria-labelledby="portfolio-heading" className="card flex flex-col gap-2">
        <h2 id="portfolio-heading">{t("portfolioTitle")}</h2>
        <p className="text-sm text-slate-700">{t("portfolioHint")}</p>
        {suggested.length === 0 ? (
          <p>{t("portfolioNone")}</p>
        ) : (
          <ul className="list-disc pl-5">
            {suggested.map(({ item, via }) => (
              <li key={item.id}>
                {can(member, "mandataries.edit") ? (
                  <Link href={`/mandataries/${item.id}`}>
                    {item.firstName} {item.lastName}
                  </Link>
                ) : (
                  `${item.firstName} ${item.lastName}`
                )}{" "}
                ({roles(item.role)}) – {t("via", { portfolios: via.join(", ") })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
