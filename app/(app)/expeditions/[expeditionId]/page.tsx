import { expeditionContact } from "@/lib/expeditions/contact";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { getExpedition } from "@/lib/expeditions/queries";
import { countAnswers } from "@/lib/invitations/answers";
import { formatDateTime, formatLongDate, type Locale } from "@/lib/time";
import { ProgrammeView } from "./_components/programme-view";
import Link from "next/link";
import { idParams } from "@/lib/validation";

export async function generateMetadata({ params }: { params: Promise<{ expeditionId: string }> }) {
  const member = await requireMember("expeditions.read");
  const expedition = await getExpedition(member, idParams(await params).expeditionId);
  // The same 404 as the page, so a missing expedition does not leave the page without a title.
  if (!expedition) notFound();
  return { title: expedition.title };
}

export default async function ExpeditionPage({ params }: { params: Promise<{ expeditionId: string }> }) {
  const member = await requireMember("expeditions.read");
  const expedition = await getExpedition(member, idParams(await params).expeditionId);
  if (!expedition) notFound();
  const t = await getTranslations("expeditions");
  const tPress = await getTranslations("press");
  const tBriefings = await getTranslations("briefings");
  const locale = (await getLocale()) as Locale;
  const answers = countAnswers(expedition.invitations, expedition.erasedAnswers);
  // The syllabus for the visitors: the services this expedition visits.
  const visited = [
    ...new Set(
      expedition.programmes.flatMap((p) => p.stops.flatMap((stop) => (stop.serviceId ? [stop.serviceId] : []))),
    ),
  ];
  return (
    <>
      <p>
        <Link href="/expeditions">{t("back")}</Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{expedition.title}</h1>
        {can(member, "expeditions.edit") ? (
          <Link href={`/expeditions/${expedition.id}/edit`} className="btn-secondary">
            {t("edit")}
          </Link>
        ) : null}
      </div>
      <dl className="card grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("when")}</dt>
        <dd>
          {expedition.firstDay.getTime() === expedition.lastDay.getTime()
            ? formatLongDate(expedition.firstDay, locale)
            : t("range", {
                from: formatLongDate(expedition.firstDay, locale),
                to: formatLongDate(expedition.lastDay, locale),
              })}
        </dd>
        <dt className="font-semibold">{t("contactPerson")}</dt>
        <dd>{expeditionContact(expedition)}</dd>
        <dt className="font-semibold">{t("deadline")}</dt>
        <dd>{formatDateTime(expedition.rsvpDeadline, locale)}</dd>
        <dt className="font-semibold">{t("practicalNotes")}</dt>
        <dd className="whitespace-pre-line">{expedition.practicalNotes || t("noPracticalNotes")}</dd>
      </dl>
      <section aria-labelledby="programme-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="programme-heading">{t("programme")}</h2>
          {can(member, "programmes.edit") ? (
            <Link href={`/expeditions/${expedition.id}/programme`} className="btn-secondary">
              {t("editProgramme")}
            </Link>
          ) : null}
        </div>
        <ProgrammeView programmes={expedition.programmes} />
        {visited.length > 0 ? (
          <p>
            <a href={`/api/syllabus?services=${visited.join(",")}`} className="btn-secondary" download>
              {t("syllabus", { count: visited.length })}
            </a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="answers-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="answers-heading">{t("invitations")}</h2>
          <Link href={`/expeditions/${expedition.id}/invitations`} className="btn-secondary">
            {can(member, "invitations.send") ? t("manageInvitations") : t("viewInvitations")}
          </Link>
        </div>
        <p>{t("answerCounts", answers)}</p>
        <p>
          <Link href={`/expeditions/${expedition.id}/briefings`} className="btn-secondary">
            {tBriefings("link")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="press-heading" className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="press-heading">{tPress("expeditionHeading")}</h2>
        <Link href={`/expeditions/${expedition.id}/press`} className="btn-secondary">
          {tPress("expeditionLink")}
        </Link>
      </section>
    </>
  );
}
