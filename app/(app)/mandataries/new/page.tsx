import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/session";
import { getOrganizationSettings } from "@/lib/organization/queries";
import { EMPTY_MANDATARY, MandataryForm } from "../_components/mandatary-form";
import { createMandataryAction } from "../actions";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata() {
  await requireMember("mandataries.edit");
  return { title: (await getTranslations("mandataries"))("new") };
}

export default async function NewMandataryPage() {
  const member = await requireMember("mandataries.edit");
  const [t, settings] = await Promise.all([getTranslations("mandataries"), getOrganizationSettings(member)]);
  return (
    <>
      <PageHeader title={t("new")} back={{ href: "/mandataries", label: t("back") }} />
      <MandataryForm action={createMandataryAction} defaults={EMPTY_MANDATARY} knownPortfolios={settings.portfolios} />
    </>
  );
}
