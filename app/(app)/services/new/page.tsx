import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { mapTiles } from "@/lib/map";
import { ServiceForm } from "../_components/service-form";
import { serviceDefaults } from "../_components/service-defaults";
import { createServiceAction } from "../actions";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata() {
  await requireMember("services.create");
  return { title: (await getTranslations("services"))("new") };
}

export default async function NewServicePage() {
  await requireMember("services.create");
  const t = await getTranslations("services");
  return (
    <>
      <PageHeader title={t("new")} back={{ href: "/services", label: t("back") }} />
      <ServiceForm
        action={createServiceAction}
        defaults={serviceDefaults()}
        geocoderEnabled={Boolean(env.GEOCODER_URL)}
        tiles={mapTiles()}
      />
    </>
  );
}
