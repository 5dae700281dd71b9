import { getTranslations } from "next-intl/server";
import { COORDINATOR_ONLY, requireMember } from "@/lib/auth/session";
import { ServiceForm } from "../_components/service-form";
import { createServiceAction } from "../actions";
import Link from "next/link";

export async function generateMetadata() {
  await requireMember(COORDINATOR_ONLY);
  return { title: (await getTranslations("services"))("new") };
}

export default async function NewServicePage() {
  await requireMember(COORDINATOR_ONLY);
  const t = await getTranslations("services");
  return (
    <>
      <p>
        <Link href="/services">{t("back")}</Link>
      </p>
      <h1>{t("new")}</h1>
      <ServiceForm
        action={createServiceAction}
        defaults={{ name: "", type: "", street: "", postalCode: "", city: "", latitude: "", longitude: "", contactName: "", contactEmail: "", contactPhone: "" }}
      />
    </>
  );
}
