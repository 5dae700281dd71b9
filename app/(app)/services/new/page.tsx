import { getTranslations } from "next-intl/server";
import { COORDINATOR_ONLY, requireMember } from "@/lib/auth/session";
import { ServiceForm } from "../_components/service-form";
import { createServiceAction } from "../actions";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata() {
  await requireMember(COORDINATOR_ONLY);
  return { title: (await getTranslations("services"))("new") };
}

export default async function NewServicePage() {
  await requireMember(COORDINATOR_ONLY);
  const t = await getTranslations("services");
  return (
    <>
      <PageHeader title={t("new")} back={{ href: "/services", label: t("back") }} />
      <ServiceForm
        action={createServiceAction}
        defaults={{
          name: "",
          type: "",
          street: "",
          postalCode: "",
          city: "",
          latitude: "",
          longitude: "",
          contactName: "",
          contactEmail: "",
          contactPhone: "",
        }}
      />
    </>
  );
}
