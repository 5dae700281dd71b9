import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OFFICE_ROLES, requireMember } from "@/lib/auth/session";
import { getExpedition } from "@/lib/expeditions/queries";
import { countAnswers } from "@/lib/invitations/answers";
import { listMandataries } from "@/lib/mandataries/queries";
import { formatDateTime, type Locale } from "@/lib/time";
import { InviteForm, ResendButton } from "./_components/invitation-forms";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata({ params }: { params: Promise<{ expeditionId: string }> }) {
  const member = await requireMember(OFFICE_ROLES);
  if (!(await getExpedition(member, (await params).expeditionId))) notFound();
  return { title: (await getTranslations("invitations"))("title") };
}

const statusStyle = {
  ACCEPTED: "bg-green-100 text-green-900",
  DECLINED: "bg-red-100 text-red-900",
  MAYBE: "bg-amber-100 text-amber-900",
  PENDING: "bg-slate-200 text-slate-900",
} as const;

export default async function InvitationsPage({ params }: { params: Promise<{ expeditionId: string }> }) {
  const member = await requireMember(OFFICE_ROLES);
  const expedition = await getExpedition(member, (await params).expeditionId);
  if (!expedition) notFound();
  const [t, tRoles, locale, mandataries] = await Promise.all([
    getTranslations("invitations"),
    getTranslations("mandataryRoles"),
    getLocale(),
    listMandataries(member),
  ]);
  const invitedIds = new Set(expedition.invitations.map((i) => i.mandataryId));
  const candidates = mandataries
    .filter((m) => !invitedIds.has(m.id))
    .map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}`, role: tRoles(m.role) }));
  const counts = countAnswers(expedition.invitations, expedition.erasedAnswers);
  const coordinator = member.role === "COORDINATOR";
  const erased = expedition.erasedAnswers.reduce((sum, tally) => sum + tally.count, 0);
  return (
    <>
      <PageHeader
        title={t("titleFor", { title: expedition.title })}
        back={{ href: `/expeditions/${expedition.id}`, label: t("backTo", { title: expedition.title }) }}
      />
      <p>{t("counts", counts)}</p>
      {erased > 0 ? <p>{t("erasedCounted", { erased })}</p> : null}
      {expedition.invitations.length > 0 ? (
        <table className="data-table card">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("answer")}</th>
              <th scope="col">{t("note")}</th>
              <th scope="col">{t("answeredAt")}</th>
              {coordinator ? <th scope="col">{t("link")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {expedition.invitations.map((invitation) => {
              const name = `${invitation.mandatary.firstName} ${invitation.mandatary.lastName}`;
              return (
                <tr key={invitation.id}>
                  <td>
                    {name}
                    <br />
                    <span className="text-sm text-slate-700">{tRoles(invitation.mandatary.role)}</span>
                  </td>
                  <td>
                    <span className={`badge ${statusStyle[invitation.status]}`}>
                      {t(`status.${invitation.status}`)}
                    </span>
                  </td>
                  <td className="whitespace-pre-line">{invitation.note}</td>
                  <td>{invitation.respondedAt ? formatDateTime(invitation.respondedAt, locale as Locale) : "—"}</td>
                  {coordinator ? (
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
      {coordinator ? <InviteForm expeditionId={expedition.id} candidates={candidates} /> : null}
    </>
  );
}
