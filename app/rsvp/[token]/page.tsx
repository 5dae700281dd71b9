import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { findInvitationByToken, rsvpView } from "@/lib/invitations/queries";
import { rsvpAllowed } from "@/lib/invitations/rsvp-guard";
import { rsvpWindow } from "@/lib/invitations/rsvp-window";
import { expeditionContact } from "@/lib/expeditions/contact";
import { freePlaces } from "@/lib/programme/free-places";
import { stopLabel } from "@/lib/programme/places";
import { formatDateTime, formatLongDate, formatTime, type Locale } from "@/lib/time";
import { LanguageSwitcher } from "@/components/language-switcher";
import { StatusMessage } from "@/components/ui/form-status";
import { InvalidLink } from "./invalid-link";
import { RsvpForm, type ChoiceGroup } from "./rsvp-form";

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
  const t = await getTranslations("rsvp");
  if (!(await rsvpAllowed(token))) {
    return (
      <main id="main" className="mx-auto max-w-xl px-4 py-10">
        <h1>{t("tooManyTitle")}</h1>
        <p className="mt-4">{t("tooManyBody")}</p>
      </main>
    );
  }
  const invitation = await usableInvitation(token);
  // Unknown, revoked and expired links get the same page: no hint whether the link ever existed.
  if (!invitation) return <InvalidLink />;
  const window = rsvpWindow(invitation, invitation.expedition.rsvpDeadline, new Date());
  const { saved } = await searchParams;
  const locale = (await getLocale()) as Locale;
  const { expedition, mandatary } = invitation;
  const view = await rsvpView(invitation);
  const contact = expeditionContact(expedition);
  const coming = invitation.status === "ACCEPTED" || invitation.status === "MAYBE";

  const choices: ChoiceGroup[] = expedition.programmes
    .filter((p) => p.kind === "CHOICE" && (invitation.programmeId === null || p.id === invitation.programmeId))
    .map((programme) => ({
      id: programme.id,
      heading: t("choose", { name: programme.name, day: formatLongDate(programme.day, locale) }),
      options: programme.stops
        .filter((stop) => stop.isOption)
        .map((stop) => {
          const picked = view.picks.has(stop.id);
          const { free, full } = freePlaces(stop.capacity, view.taken.get(stop.id) ?? 0, picked);
          return {
            id: stop.id,
            label: `${formatTime(stop.startsAt)}–${formatTime(stop.endsAt)} · ${stopLabel(stop)}`,
            detail: stop.activity,
            places: free === null ? "" : full ? t("full") : t("free", { free, capacity: stop.capacity! }),
            picked,
            clashesWith: view.clashes.get(stop.id) ?? [],
            disabled: full && !picked,
          };
        }),
    }))
    .filter((group) => group.options.length > 0);

  return (
    <main id="main" className="mx-auto flex max-w-2xl flex-col gap-5 px-4 py-6">
      <div className="flex items-center justify-between gap-3">
        <p className="font-semibold text-brand">{expedition.organization.name}</p>
        <LanguageSwitcher />
      </div>
      <h1>{expedition.title}</h1>
      <p>
        {t(invitation.status === "PENDING" ? "greeting" : "greetingAnswered", {
          name: `${mandatary.firstName} ${mandatary.lastName}`,
        })}
      </p>
      {saved && invitation.status !== "PENDING" ? (
        <StatusMessage>
          {t(`saved.${invitation.status}`)} {t("mailed")}
        </StatusMessage>
      ) : null}
      <p>
        {t("yourAnswer")} <strong>{t(`status.${invitation.status}`)}</strong>
        {coming && invitation.companionName ? <> {t("withCompanion", { name: invitation.companionName })}</> : null}
      </p>
      {coming && view.events.length > 0 ? (
        <p>
          <a href={`/rsvp/${token}/calendar`} className="btn-secondary inline-block" download="expeditie-zorg.ics">
            {t("calendar")}
          </a>
        </p>
      ) : null}
      {window === "open" ? (
        <>
          <p>{t("deadline", { deadline: formatDateTime(expedition.rsvpDeadline, locale) })}</p>
          <RsvpForm
            token={token}
            current={{
              status: invitation.status,
              note: invitation.note,
              companionName: invitation.companionName,
              dietaryNeeds: mandatary.dietaryNeeds,
              mobilityNeeds: mandatary.mobilityNeeds,
            }}
            choices={choices}
          />
        </>
      ) : (
        <p role="status" className="card">
          {t("closed", { contact })}
        </p>
      )}
      <section aria-labelledby="programme-heading" className="flex flex-col gap-3">
        <h2 id="programme-heading">{coming ? t("yourProgramme") : t("programme")}</h2>
        {expedition.programmes
          .filter((programme) => view.stops.some((item) => item.programme.id === programme.id))
          .map((programme) => (
            <div key={programme.id} className="card">
              <h3 className="font-semibold">
                {programme.name} — {formatLongDate(programme.day, locale)}
              </h3>
              <ol className="mt-2 flex flex-col gap-3">
                {view.stops
                  .filter((item) => item.programme.id === programme.id)
                  .map(({ stop, place }) => (
                    <li key={stop.id}>
                      <p className="font-semibold">
                        {formatTime(stop.startsAt)}–{formatTime(stop.endsAt)} · {stopLabel(stop) || place.name}
                        {programme.kind === "CHOICE" && stop.isOption ? ` (${t("option")})` : ""}
                      </p>
                      <p>
                        {[place.name !== stopLabel(stop) ? place.name : "", place.address].filter(Boolean).join(", ")}
                      </p>
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
      {expedition.videoUrl ? (
        <section aria-labelledby="video-heading" className="card">
          <h2 id="video-heading">{t("video")}</h2>
          <p className="mt-2">
            <a href={expedition.videoUrl} rel="noopener noreferrer">
              {t("videoLink")}
            </a>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="contact-heading" className="card">
        <h2 id="contact-heading">{t("contact")}</h2>
        <p className="mt-2">{contact}</p>
      </section>
    </main>
  );
}
