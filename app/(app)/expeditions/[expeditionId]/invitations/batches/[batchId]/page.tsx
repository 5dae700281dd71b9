import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getExpedition } from "@/lib/expeditions/queries";
import { batchDeliveries } from "@/lib/invitations/delivery";
import { PageHeader } from "@/components/ui/page-header";
import { AutoRefresh } from "../../_components/auto-refresh";
import { ResendButton } from "../../_components/invitation-forms";
import { idParams } from "@/lib/validation";

type Params = { params: Promise<{ expeditionId: string; batchId: string }> };

export async function generateMetadata({ params }: Params) {
  const member = await requireMember("invitations.send");
  if (!(await getExpedition(member, idParams(await params).expeditionId))) notFound();
  return { title: (await getTranslations("invitations"))("batchTitle") };
}

/** How an invitation round goes: queued, sent, or failed with the reason, per recipient; failed ones can be re-sent. */
export default async function BatchPage({ params }: Params) {
  const member = await requireMember("invitations.send");
  const { expeditionId, batchId } = idParams(await params);
  const expedition = await getExpedition(member, expeditionId);
  if (!expedition) notFound();
  const mails = await batchDeliveries(member, expedition.id, batchId);
  if (mails.length === 0) notFound();
  const t = await getTranslations("invitations");
  const sent = mails.filter((m) => m.status === "SENT").length;
  const failed = mails.filter((m) => m.status === "FAILED").length;
  const queued = mails.length - sent - failed;
  const smtp = Boolean(env.SMTP_URL);
  return (
    <>
      <PageHeader
        title={t("batchTitle")}
        back={{ href: `/expeditions/${expedition.id}/invitations`, label: t("backToInvitations") }}
      />
      <AutoRefresh active={smtp && queued > 0} />
      <div className="card flex flex-col gap-2">
        <label htmlFor="batch-progress" className="font-semibold">
          {t("progress", { done: sent + failed, total: mails.length })}
        </label>
        <progress id="batch-progress" max={mails.length} value={sent + failed} className="h-4 w-full" />
        <p role="status">{t("progressCounts", { sent, queued, failed })}</p>
        {!smtp ? <p>{t("noSmtp")}</p> : queued > 0 ? <p className="text-sm">{t("refreshHint")}</p> : null}
        <p>
          <Link href={`/expeditions/${expedition.id}/invitations/batches/${batchId}`}>{t("refresh")}</Link>
        </p>
      </div>
      <table className="data-table card">
        <caption className="sr-only">{t("batchCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("mail")}</th>
            <th scope="col">{t("link")}</th>
          </tr>
        </thead>
        <tbody>
          {mails.map((mail) => {
            const name = mail.recipient ? `${mail.recipient.firstName} ${mail.recipient.lastName}` : t("erased");
            return (
              <tr key={mail.id}>
                <td>
                  {name}
                  {mail.recipient ? (
                    <>
                      <br />
                      <span className="text-sm text-slate-700">{mail.recipient.email}</span>
                    </>
                  ) : null}
                </td>
                <td>
                  {t(`delivery.${mail.status}`)}
                  {mail.status !== "SENT" && mail.lastError ? (
                    <>
                      <br />
                      <span className="text-sm">{t("reason", { reason: mail.lastError })}</span>
                    </>
                  ) : null}
                </td>
                <td>
                  {mail.status === "FAILED" && mail.invitationId && mail.recipient ? (
                    <ResendButton invitationId={mail.invitationId} name={name} batchId={batchId} />
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
