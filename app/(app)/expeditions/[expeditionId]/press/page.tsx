import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { pressInvitationMail, pressMoments } from "@/lib/press/press-invitation-mail";
import { getPressExpedition, listPressContacts, listPressInvitations } from "@/lib/press/queries";
import { formatDateTime, formatLongDate, formatTime, type Locale } from "@/lib/time";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { PressInvitationForm } from "./_components/press-invitation-form";
import { idParams } from "@/lib/validation";

export async function generateMetadata({ params }: { params: Promise<{ expeditionId: string }> }) {
  const member = await requireMember("press.send");
  const expedition = await getPressExpedition(member, idParams(await params).expeditionId);
  if (!expedition) notFound();
  return { title: (await getTranslations("press.invitation"))("titleFor", { title: expedition.title }) };
}

const statusStyle = {
  PENDING: "bg-slate-200 text-slate-900",
  SENT: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
} as const;

export default async function ExpeditionPressPage({ params }: { params: Promise<{ expeditionId: string }> }) {
  const member = await requireMember("press.send");
  const expedition = await getPressExpedition(member, idParams(await params).expeditionId);
  if (!expedition) notFound();
  const [t, tRoles, tStatus, locale, contacts, sent] = await Promise.all([
    getTranslations("press.invitation"),
    getTranslations("mandataryRoles"),
    getTranslations("mailbox.statuses"),
    getLocale(),
    listPressContacts(member),
    listPressInvitations(member, expedition.id),
  ]);
  const moments = pressMoments(expedition);
  // The mail exactly as the first contact would get it (the greeting is the only personal part).
  const previewName = contacts[0]?.name ?? t("previewName");
  const preview = pressInvitationMail({
    contactName: previewName,
    organizationName: expedition.organization.name,
    expedition,
    moments,
  });
  const names = new Map(contacts.map((c) => [c.email, c.name]));
  return (
    <>
      <PageHeader
        title={t("titleFor", { title: expedition.title })}
        back={{ href: `/expeditions/${expedition.id}`, label: t("backTo", { title: expedition.title }) }}
      />
      <section aria-labelledby="moments-heading" className="flex flex-col gap-3">
        <h2 id="moments-heading">{t("moments", { count: Math.max(moments.length, 1) })}</h2>
        {moments.length === 0 ? (
          <p className="card">{t("noMoment")}</p>
        ) : (
          moments.map((moment, i) => (
            <div key={i} className="card flex flex-col gap-2">
              <h3>
                {t("momentHeading", {
                  programme: moment.programmeName,
                  day: formatLongDate(moment.day, locale as Locale),
                })}
              </h3>
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{t("time")}</dt>
                <dd>
                  {formatTime(moment.startsAt)}–{formatTime(moment.endsAt)}
                </dd>
                <dt className="font-semibold">{t("place")}</dt>
                <dd>{[moment.placeName, moment.address].filter(Boolean).join(", ") || "—"}</dd>
                {moment.what ? (
                  <>
                    <dt className="font-semibold">{t("what")}</dt>
                    <dd>{moment.what}</dd>
                  </>
                ) : null}
                <dt className="font-semibold">{t("attendees")}</dt>
                <dd>
                  {moment.attendees.length > 0
                    ? moment.attendees.map((m) => `${m.firstName} ${m.lastName} (${tRoles(m.role)})`).join(", ")
                    : t("noAttendees")}
                </dd>
              </dl>
            </div>
          ))
        )}
      </section>
      {moments.length > 0 ? (
        <>
          {contacts.length > 0 ? (
            <PressInvitationForm
              expeditionId={expedition.id}
              contacts={contacts.map(({ id, name, outlet, email }) => ({ id, name, outlet, email }))}
            />
          ) : (
            <p className="card">
              {t("noContacts")} <Link href="/press">{t("manageContacts")}</Link>
            </p>
          )}
          <details className="card">
            <summary className="cursor-pointer font-semibold">{t("preview")}</summary>
            <div className="mt-3 flex flex-col gap-2">
              <p>{t("previewFor", { name: previewName })}</p>
              <p>
                <span className="font-semibold">{t("subject")}:</span> {preview.subject}
              </p>
              <article
                aria-label={t("preview")}
                className="whitespace-pre-wrap break-words border-t border-slate-300 pt-2"
              >
                {preview.text}
              </article>
            </div>
          </details>
        </>
      ) : null}
      <section aria-labelledby="history-heading" className="flex flex-col gap-3">
        <h2 id="history-heading">{t("history")}</h2>
        <DataTable
          caption={t("history")}
          columns={[t("to"), t("createdAt"), t("status")]}
          emptyText={t("historyEmpty")}
          rows={sent.map((message) => (
            <tr key={message.id}>
              <td>
                {names.get(message.toAddress) ? (
                  <>
                    {names.get(message.toAddress)}
                    <br />
                  </>
                ) : null}
                <span className="text-sm text-slate-700">{message.toAddress}</span>
              </td>
              <td>{formatDateTime(message.createdAt, locale as Locale)}</td>
              <td>
                <span className={`badge ${statusStyle[message.status]}`}>{tStatus(message.status)}</span>
                {message.sentAt ? ` ${t("sentAt", { at: formatDateTime(message.sentAt, locale as Locale) })}` : null}
                {message.lastError ? <span className="block text-sm text-red-800">{message.lastError}</span> : null}
              </td>
            </tr>
          ))}
        />
      </section>
    </>
  );
}
