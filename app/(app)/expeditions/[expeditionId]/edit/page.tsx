import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { getExpedition } from "@/lib/expeditions/queries";
import { dayKey, toBrusselsParts } from "@/lib/time";
import { ExpeditionForm } from "../../_components/expedition-form";
import { updateExpeditionAction } from "../../actions";
import { PageHeader } from "@/components/ui/page-header";
import { idParams } from "@/lib/validation";

export async function generateMetadata({ params }: { params: Promise<{ expeditionId: string }> }) {
  const member = await requireMember("expeditions.edit");
  if (!(await getExpedition(member, idParams(await params).expeditionId))) notFound();
  return { title: (await getTranslations("expeditions"))("edit") };
}

export default async function EditExpeditionPage({ params }: { params: Promise<{ expeditionId: string }> }) {
  const member = await requireMember("expeditions.edit");
  const { expeditionId } = idParams(await params);
  const expedition = await getExpedition(member, expeditionId);
  if (!expedition) notFound();
  const t = await getTranslations("expeditions");
  const deadline = toBrusselsParts(expedition.rsvpDeadline);
  return (
    <>
      <PageHeader
        title={t("edit")}
        back={{ href: `/expeditions/${expedition.id}`, label: t("backTo", { title: expedition.title }) }}
      />
      <ExpeditionForm
        action={updateExpeditionAction}
        expeditionId={expedition.id}
        defaults={{
          title: expedition.title,
          firstDay: dayKey(expedition.firstDay),
          lastDay: dayKey(expedition.lastDay),
          contactName: expedition.contactName,
          contactEmail: expedition.contactEmail,
          contactPhone: expedition.contactPhone,
          practicalNotes: expedition.practicalNotes,
          rsvpDeadlineDay: deadline.day,
          rsvpDeadlineTime: deadline.time,
          aftercareEndsOn: dayKey(expedition.aftercareEndsOn),
          videoUrl: expedition.videoUrl,
          reminderDays: String(expedition.reminderDays),
          deadlineReminderDays: String(expedition.deadlineReminderDays),
        }}
      />
    </>
  );
}
