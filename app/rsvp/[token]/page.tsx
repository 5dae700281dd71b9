import { stopLabel, stopPlaces } from "@/lib/programme/places";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { findInvitationByToken } from "@/lib/invitations/queries";
import { rsvpWindow } from "@/lib/invitations/rsvp-window";
import { formatDateTime, formatLongDate, formatTime, type Locale } from "@/lib/time";
import { LanguageSwitcher } from "@/components/language-switcher";
import { InvalidLink } from "./invalid-link";
import { RsvpForm } from "./rsvp-form";
import { StatusMessage } from "@/components/ui/form-status";

/** The invitation behind a link that may still be used, or null; one lookup per request. */
const usableInvitation = cache(async (token: string) => {
  const invitation = await findInvitationByToken(token);
  if (!invitation || rsvpWindow(invitation, invitation.expedition.rsvpDeadline, new Date()) === "expired") return null;
  return invitation;
});

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }) {
  const invitation = await usableInvitation((await params).token);
  const t = await getTranslations("rsvp");
  return {
    title: invitation ? invitation.expedition.title : t("invalidTitle"),
    robots: { index: false, follow: false },
  };
}

/** The mandatary's page behind their personal link. Reading it never changes anything. */
export default async function RsvpPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { token } = await params;
  const invitation = await usableInvitation(token);
  // Unknown, revoked and expired links get the same page: no hint whether the link ever existed.
  if (!invitation) return <InvalidLink />;
  const window = rsvpWindow(invitation, invitation.expedition.rsvpDeadline, new Date());
  const { saved } = await searchParams;
  const t = await getTranslations("rsvp");
  const locale = (await getLocale()) as Locale;
  const { expedition, mandatary } = invitation;
  const contact = [expedition.contactName, expedition.contactEmail, expedition.contactPhone]
    .filter(Boolean)
    .join(" · ");
  return (
    <main id="main" className="mx-auto flex max-w-2xl flex-col gap-5 px-4 py-6">
      <div className="flex items-center justify-between gap-3">
        <p className="font-semibold text-brand">{expedition.organization.name}</p>
        <LanguageSwitcher />
      </div>
      <h1>{expedition.title}</h1>
      <p>{t("greeting", { name: `${mandatary.firstName} ${mandatary.lastName}` })}</p>
      {saved && invitation.status !== "PENDING" ? (
        <StatusMessage>{t(`saved.${invitation.status}`)}</StatusMessage>
      ) : null}
      <p>
        {t("yourAnswer")} <strong>{t(`status.${invitation.status}`)}</strong>
      </p>
      {window === "open" ? (
        <>
          <p>{t("deadline", { deadline: formatDateTime(expedition.rsvpDeadline, locale) })}</p>
          <RsvpForm token={token} current={invitation.status} note={invitation.note} />
        </>
      ) : (
        <p role="status" className="card">
          {t("closed", { contact })}
        </p>
      )}
      <section aria-labelledby="programme-heading" className="flex flex-col gap-3">
        <h2 id="programme-heading">{t("programme")}</h2>
        {expedition.programmes.map((programme) => (
          <div key={programme.id} className="card">
            <h3 className="font-semibold">
              {programme.name} — {formatLongDate(programme.day, locale)}
            </h3>
            <ol className="mt-2 flex flex-col gap-3">
              {programme.stops.map((stop, i) => (
                <li key={stop.id}>
                  <p className="font-semibold">
                    {formatTime(stop.startsAt)}–{formatTime(stop.endsAt)} · {stopLabel(stop)}
                  </p>
                  <p>{stopPlaces(programme.stops)[i]!.address}</p>
                  {stop.activity ? <p className="text-slate-700">{stop.activity}</p> : null}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
      {expedition.practicalNotes ? (
        <section aria-labelledby="practical-heading" className="card">
          <h2 id="practical-heading">{t("practical")}</h2>
          <p className="mt-2 whitespace-pre-line">{expedition.practicalNotes}</p>
        </section>
      ) : null}
      <section aria-labelledby="contact-heading" className="card">
        <h2 id="contact-heading">{t("contact")}</h2>
        <p className="mt-2">{contact}</p>
      </section>
    </main>
  );
}
