import { getTranslations } from "next-intl/server";
import { COORDINATOR_ONLY, requireMember } from "@/lib/auth/session";
import { MandataryForm } from "../_components/mandatary-form";
import { createMandataryAction } from "../actions";
import Link from "next/link";

export async function generateMetadata() {
  await requireMember(COORDINATOR_ONLY);
  return { title: (await getTranslations("mandataries"))("new") };
}

export default async function NewMandataryPage() {
  await requireMember(COORDINATOR_ONLY);
  const t = await getTranslations("mandataries");
  return (
    <>
      <p>
        <Link href="/mandataries">{t("back")}</Link>
      </p>
      <h1>{t("new")}</h1>
      <MandataryForm action={createMandataryAction} defaults={{ firstName: "", lastName: "", role: "", email: "", phone: "", portfolios: "" }} />
    </>
  );
}
