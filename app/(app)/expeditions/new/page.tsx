import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/session";
import { ExpeditionForm } from "../_components/expedition-form";
import { createExpeditionAction } from "../actions";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata() {
  await requireMember("expeditions.edit");
  return { title: (await getTranslations("expeditions"))("new") };
}

export default async function NewExpeditionPage() {
  const member = await requireMember("expeditions.edit");
  const t = await getTranslations("expeditions");
  return (
    <>
      <PageHeader title={t("new")} back={{ href: "/expeditions", label: t("back") }} />
      <ExpeditionForm
        action={createExpeditionAction}
        defaults={{
          title: "",
          firstDay: "",
          lastDay: "",
          contactName: member.name,
          contactEmail: member.email,
          contactPhone: "",
          practicalNotes: "",
          rsvpDeadlineDay: "",
          rsvpDeadlineTime: "12:00",
          aftercareEndsOn: "",
          videoUrl: "",
          reminderDays: "3",
          deadlineReminderDays: "2",
        }}
      />
    </>
  );
}
