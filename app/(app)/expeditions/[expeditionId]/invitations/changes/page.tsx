import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { getExpedition } from "@/lib/expeditions/queries";
import { programmeChanges } from "@/lib/invitations/changes";
import type { MailedEvent } from "@/lib/invitations/personal-programme";
import { formatLongDate, formatTime } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { ChangeNoticesForm } from "../_components/change-notices-form";
import { idParams } from "@/lib/validation";

type Params = { params: Promise<{ expeditionId: string }> };

export async function generateMetadata({ params }: Params) {
  const member = await requireMember("invitations.send");
  if (!(await getExpedition(member, idParams(await params).expeditionId))) notFound();
  return { title: (await getTranslations("invitations"))("changesTitle") };
}

function eventLine(event: MailedEvent): string {
  const start = new Date(event.start);
  return `${formatLongDate(start)} ${formatTime(start)}–${formatTime(new Date(event.end))} · ${event.summary}`;
}

/** Whom a programme change concerns, and what changed for each; the coordinator confirms the update mails. */
export default async function ChangesPage({ params }: Params) {
  const member = await requireMember("invitations.send");
  const expedition = await getExpedition(member, idParams(await params).expeditionId);
  if (!expedition) notFound();
  const [t, tStatus, people] = await Promise.all([
    getTranslations("invitations"),
    getTranslations("invitations.status"),
    programmeChanges(member, expedition.id),
  ]);
  return (
    <>
      <PageHeader
        title={t("changesTitle")}
        back={{ href: `/expeditions/${expedition.id}/invitations`, label: t("backToInvitations") }}
      />
      <p>{t("changesIntro")}</p>
      <ChangeNoticesForm
        expeditionId={expedition.id}
        people={people.map(({ invitation, changes }) => ({
          id: invitation.id,
          name: `${invitation.mandatary.firstName} ${invitation.mandatary.lastName}`,
          status: tStatus(invitation.status),
          lines: [
            ...changes.changed.map(({ before, after }) =>
              t("changeChanged", { before: eventLine(before), after: eventLine(after) }),
            ),
            ...changes.added.map((event) => t("changeAdded", { event: eventLine(event) })),
            ...changes.removed.map((event) => t("changeRemoved", { event: eventLine(event) })),
          ],
        }))}
      />
    </>
  );
}
