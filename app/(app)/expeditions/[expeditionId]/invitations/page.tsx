import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { getExpedition } from "@/lib/expeditions/queries";
import { countAnswers } from "@/lib/invitations/answers";
import { programmeChanges } from "@/lib/invitations/changes";
import { invitationDeliveries } from "@/lib/invitations/delivery";
import { GROUP_NAMES, RECIPIENT_GROUPS } from "@/lib/invitations/groups";
import { invitationPreview } from "@/lib/invitations/queries";
import { listMandataries } from "@/lib/mandataries/queries";
import { formatDateTime, formatLongDate, type Locale } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { InviteForm, ResendButton } from "./_components/invitation-forms";
import { idParams } from "@/lib/validation";

export async function generateMetadata({ params }: { params: Promise<{ expeditionId: string }> }) {
  const member = await requireMember("invitations.read");
  if (!(await getExpedition(member, idParams(await params).expeditionId))) notFound();
  return { title: (await getTranslations("invitations"))("title") };
}

const statusStyle = {
  ACCEPTED: "bg-green-100 text-green-900",
  DECLINED: "bg-red-100 text-red-900",
  MAYBE: "bg-amber-100 text-amber-900",
  PENDING: "bg-slate-200 text-slate-900",
} as const;

export default async function InvitationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ expeditionId: string }>;
  searchParams: Promise<{ programmeId?: string }>;
}) {
  const member = await requireMember("invitations.read");
  const expedition = await getExpedition(member, idParams(await params).expeditionId);
  if (!expedition) notFound();
  const { programmeId: wanted } = await searchParams;
  const scope = expedition.programmes.find((p) => p.id === wanted) ?? null;
  const [t, tRoles, locale, mandataries, deliveries, changed] = await Promise.all([
    getTranslations("invitations"),
    getTranslations("mandataryRoles"),
    getLocale(),
    listMandataries(member),
    invitationDeliveries(member, expedition.id),
    programmeChanges(member, expedition.id),
  ]);
  const invitedIds = new Set(expedition.invitations.map((i) => i.mandataryId));
  const candidates = mandataries.filter((m) => !invitedIds.has(m.id));
  const canSend = can(member, "invitations.send");
  // Needs are personal data: the coordinator's, not the communication officer's.
  const showNeeds = can(member, "mandataries.personalData");
  const preview = canSend
    ? await invitationPreview(
        member,
        expedition.id,
        scope?.id ?? null,
        candidates[0] ??
          mandataries[0] ?? {
            firstName: t("exampleFirstName"),
            lastName: t("exampleLastName"),
          },
      )
    : null;
  const counts = countAnswers(expedition.invitations, expedition.erasedAnswers);
  const erased = expedition.erasedAnswers.reduce((sum, tally) => sum + tally.count, 0);
  const programmeName = (id: string | null) =>
    expedition.programmes.find((p) => p.id === id)?.name ?? t("wholeExpedition");
  return (
    <>
      <PageHeader
        title={t("titleFor", { title: expedition.title })}
        back={{ href: `/expeditions/${expedition.id}`, label: t("backTo", { title: expedition.title }) }}
      />
      <p>{t("counts", counts)}</p>
      {erased > 0 ? <p>{t("erasedCounted", { erased })}</p> : null}
      {changed.length > 0 ? (
        <div className="rounded border-2 border-amber-700 bg-amber-50 p-3">
          <p className="font-semibold">{t("changedSince", { count: changed.length })}</p>
          {canSend ? (
            <p className="mt-1">
              <Link href={`/expeditions/${expedition.id}/invitations/changes`}>{t("reviewChanges")}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {expedition.invitations.length > 0 ? (
        <table className="data-table card">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("answer")}</th>
              <th scope="col">{t("note")}</th>
              <th scope="col">{t("answeredAt")}</th>
              <th scope="col">{t("mail")}</th>
              {canSend ? <th scope="col">{t("link")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {expedition.invitations.map((invitation) => {
              const name = `${invitation.mandatary.firstName} ${invitation.mandatary.lastName}`;
              const delivery = deliveries.get(invitation.id);
              return (
                <tr key={invitation.id}>
                  <td>
                    {name}
                    <br />
                    <span className="text-sm text-slate-700">
                      {tRoles(invitation.mandatary.role)} · {programmeName(invitation.programmeId)}
                    </span>
                  </td>
                  <td>
                    <span className={`badge ${statusStyle[invitation.status]}`}>
                      {t(`status.${invitation.status}`)}
                    </span>
                    {invitation.companionName ? (
                      <>
                        <br />
                        <span className="text-sm">{t("companion", { name: invitation.companionName })}</span>
                      </>
                    ) : null}
                  </td>
                  <td className="whitespace-pre-line">
                    {[
                      invitation.note,
                      showNeeds &&
                        invitation.mandatary.dietaryNeeds &&
                        t("dietary", { needs: invitation.mandatary.dietaryNeeds }),
                      showNeeds &&
                        invitation.mandatary.mobilityNeeds &&
                        t("mobility", { needs: invitation.mandatary.mobilityNeeds }),
                    ]
                      .filter(Boolean)
                      .join("\n")}
                  </td>
                  <td>{invitation.respondedAt ? formatDateTime(invitation.respondedAt, locale as Locale) : "—"}</td>
                  <td>
                    {delivery ? t(`delivery.${delivery.status}`) : "—"}
                    {delivery?.status === "FAILED" ? (
                      <>
                        <br />
                        <span className="text-sm">{delivery.lastError}</span>
                      </>
                    ) : null}
                  </td>
                  {canSend ? (
                    <td>
                      <ResendButton invitationId={invitation.id} name={name} />
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>{t("noneYet")}</p>
      )}
      {canSend ? (
        <>
          <form method="get" className="card flex flex-wrap items-end gap-3" aria-labelledby="scope-heading">
            <h2 id="scope-heading" className="w-full">
              {t("scopeHeading")}
            </h2>
            <div className="flex flex-col gap-1">
              <label htmlFor="programmeId" className="font-medium">
                {t("scope")}
              </label>
              <select
                id="programmeId"
                name="programmeId"
                defaultValue={scope?.id ?? ""}
                className="rounded border border-slate-500 bg-white px-3 py-2"
              >
                <option value="">{t("wholeExpedition")}</option>
                {expedition.programmes.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({formatLongDate(p.day, locale as Locale)})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              {t("chooseScope")}
            </button>
          </form>
          <InviteForm
            expeditionId={expedition.id}
            programmeId={scope?.id ?? ""}
            scopeName={programmeName(scope?.id ?? null)}
            groups={GROUP_NAMES.map((group) => ({
              value: group,
              label: t(`groups.${group}`, {
                count: candidates.filter((m) => (RECIPIENT_GROUPS[group] as readonly string[]).includes(m.role)).length,
              }),
            }))}
            candidates={candidates.map((m) => ({
              id: m.id,
              name: `${m.firstName} ${m.lastName}`,
              role: tRoles(m.role),
            }))}
          />
          {preview ? (
            <section aria-labelledby="preview-heading" className="card flex flex-col gap-2">
              <h2 id="preview-heading">{t("previewHeading")}</h2>
              <p className="text-sm text-slate-700">{t("previewHint")}</p>
              <p>
                <strong>{t("previewSubject")}</strong> {preview.subject}
              </p>
              <pre className="whitespace-pre-wrap rounded border border-slate-300 bg-slate-50 p-3 font-sans text-sm">
                {preview.text}
              </pre>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
