import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { readMailAttachments } from "@/lib/mail/outbox";
import { getOutboxMessage } from "@/lib/mail/queries";
import { PageHeader } from "@/components/ui/page-header";
import { idParams } from "@/lib/validation";

export async function generateMetadata({ params }: { params: Promise<{ messageId: string }> }) {
  const member = await requireMember("mailbox.read");
  if (!(await getOutboxMessage(member, idParams(await params).messageId))) notFound();
  return { title: (await getTranslations("mailbox"))("message") };
}

/** Shows the plain-text part: links in it are followed like a mail client would, without rendering mail HTML here. */
export default async function MailboxMessagePage({ params }: { params: Promise<{ messageId: string }> }) {
  const member = await requireMember("mailbox.read");
  const message = await getOutboxMessage(member, idParams(await params).messageId);
  if (!message) notFound();
  const t = await getTranslations("mailbox");
  const attachments = readMailAttachments(message.attachments);
  const parts = message.text.split(/(https?:\/\/[^\s]+)/g);
  return (
    <>
      <PageHeader title={message.subject} back={{ href: "/mailbox", label: t("back") }} />
      <dl className="card grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("to")}</dt>
        <dd>{message.toAddress}</dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{t(`statuses.${message.status}`)}</dd>
        {attachments.length > 0 ? (
          <>
            <dt className="font-semibold">{t("attachments")}</dt>
            <dd>{attachments.map((file) => file.filename).join(", ")}</dd>
          </>
        ) : null}
      </dl>
      {message.text ? (
        <article aria-label={t("body")} className="card whitespace-pre-wrap break-words">
          {parts.map((part, index) =>
            /^https?:\/\//.test(part) ? (
              <a key={index} href={part}>
                {part}
              </a>
            ) : (
              part
            ),
          )}
        </article>
      ) : (
        <p className="card">{message.isPrivate ? t("bodyPrivate") : t("bodyPurged")}</p>
      )}
    </>
  );
}
