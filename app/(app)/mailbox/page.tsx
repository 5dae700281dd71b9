import { getLocale, getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { listOutbox } from "@/lib/mail/queries";
import { formatDateTime, type Locale } from "@/lib/time";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata() {
  await requireMember("mailbox.read");
  return { title: (await getTranslations("mailbox"))("title") };
}

export default async function MailboxPage() {
  const member = await requireMember("mailbox.read");
  const [t, locale, messages] = await Promise.all([getTranslations("mailbox"), getLocale(), listOutbox(member)]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="card">{env.SMTP_URL ? t("smtpOn") : t("smtpOff")}</p>
      <DataTable
        caption={t("title")}
        columns={[t("to"), t("subject"), t("status"), t("created")]}
        emptyText={t("empty")}
        rows={messages.map((m) => (
          <tr key={m.id}>
            <td>{m.toAddress}</td>
            <td>
              <Link href={`/mailbox/${m.id}`}>{m.subject}</Link>
            </td>
            <td>
              {t(`statuses.${m.status}`)}
              {m.lastError ? <span className="block text-sm text-red-800">{m.lastError}</span> : null}
            </td>
            <td>{formatDateTime(m.createdAt, locale as Locale)}</td>
          </tr>
        ))}
      />
    </>
  );
}
