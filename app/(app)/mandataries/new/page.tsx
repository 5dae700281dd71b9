import { getTranslations } from "next-intl/server";
import { COORDINATOR_ONLY, requireMember } from "@/lib/auth/session";
import { MandataryForm } from "../_components/mandatary-form";
import { createMandataryAction } from "../actions";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata() {
  await requireMember(COORDINATOR_ONLY);
  return { title: (await getTranslations("mandataries"))("new") };
}

export default async function NewMandataryPage() {
  await requireMember(COORDINATOR_ONLY);
  const t = await getTranslations("mandataries");
  return (
    <>
      <PageHeader title={t("new")} back={{ href: "/mandataries", label: t("back") }} />
      <MandataryForm
        action={createMandataryAction}
        defaults={{ firstName: "", lastName: "", role: "", email: "", phone: "", portfolios: "" }}
      />
    </>
  );
}
