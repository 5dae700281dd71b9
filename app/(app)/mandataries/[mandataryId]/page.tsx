import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { COORDINATOR_ONLY, requireMember } from "@/lib/auth/session";
import { getMandatary } from "@/lib/mandataries/queries";
import { MandataryForm } from "../_components/mandatary-form";
import { updateMandataryAction } from "../actions";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata({ params }: { params: Promise<{ mandataryId: string }> }) {
  const member = await requireMember(COORDINATOR_ONLY);
  if (!(await getMandatary(member, (await params).mandataryId))) notFound();
  return { title: (await getTranslations("mandataries"))("edit") };
}

export default async function EditMandataryPage({ params }: { params: Promise<{ mandataryId: string }> }) {
  const member = await requireMember(COORDINATOR_ONLY);
  const mandatary = await getMandatary(member, (await params).mandataryId);
  if (!mandatary) notFound();
  const t = await getTranslations("mandataries");
  return (
    <>
      <PageHeader
        title={`${mandatary.firstName} ${mandatary.lastName}`}
        back={{ href: "/mandataries", label: t("back") }}
      />
      <MandataryForm
        action={updateMandataryAction}
        mandataryId={mandatary.id}
        defaults={{ ...mandatary, portfolios: mandatary.portfolios.join(", ") }}
      />
    </>
  );
}
