import { getTranslations } from "next-intl/server";
import { COORDINATOR_ONLY, requireMember } from "@/lib/auth/session";
import { ExpeditionForm } from "../_components/expedition-form";
import { createExpeditionAction } from "../actions";
import Link from "next/link";

export async function generateMetadata() {
  await requireMember(COORDINATOR_ONLY);
  return { title: (await getTranslations("expeditions"))("new") };
}

export default async function NewExpeditionPage() {
  const member = await requireMember(COORDINATOR_ONLY);
  const t = await getTranslations("expeditions");
  return (
    <>
      <p>
        <Link href="/expeditions">{t("back")}</Link>
      </p>
      <h1>{t("new")}</h1>
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
        }}
      />
    </>
  );
}
