import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { COORDINATOR_ONLY, requireMember } from "@/lib/auth/session";
import { getMandatary } from "@/lib/mandataries/queries";
import { MandataryForm } from "../_components/mandatary-form";
import { updateMandataryAction } from "../actions";
import Link from "next/link";

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
      <p>
        <Link href="/mandataries">{t("back")}</Link>
      </p>
      <h1>{`${mandatary.firstName} ${mandatary.lastName}`}</h1>
      <MandataryForm
        action={updateMandataryAction}
        mandataryId={mandatary.id}
        defaults={{ ...mandatary, portfolios: mandatary.portfolios.join(", ") }}
      />
    </>
  );
}
