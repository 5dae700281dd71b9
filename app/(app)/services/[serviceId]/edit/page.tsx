import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { mapTiles } from "@/lib/map";
import { getService } from "@/lib/services/queries";
import { ServiceForm } from "../../_components/service-form";
import { serviceDefaults } from "../../_components/service-defaults";
import { updateServiceAction } from "../../actions";
import { PageHeader } from "@/components/ui/page-header";
import { idParams } from "@/lib/validation";

export async function generateMetadata({ params }: { params: Promise<{ serviceId: string }> }) {
  const member = await requireMember("services.edit");
  const service = await getService(member, idParams(await params).serviceId);
  if (!service) notFound();
  return { title: `${(await getTranslations("services"))("editDetails")} – ${service.name}` };
}

export default async function EditServicePage({ params }: { params: Promise<{ serviceId: string }> }) {
  const member = await requireMember("services.edit");
  const service = await getService(member, idParams(await params).serviceId);
  if (!service) notFound();
  const t = await getTranslations("services");
  return (
    <>
      <PageHeader
        title={t("editDetailsOf", { name: service.name })}
        back={{ href: `/services/${service.id}`, label: t("backTo", { name: service.name }) }}
      />
      <ServiceForm
        action={updateServiceAction}
        serviceId={service.id}
        defaults={serviceDefaults(service)}
        geocoderEnabled={Boolean(env.GEOCODER_URL)}
        tiles={mapTiles()}
      />
    </>
  );
}
