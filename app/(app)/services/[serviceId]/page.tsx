import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { getService } from "@/lib/services/queries";
import { ServiceForm } from "../_components/service-form";
import { updateServiceAction } from "../actions";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata({ params }: { params: Promise<{ serviceId: string }> }) {
  const member = await requireMember(["COORDINATOR", "SERVICE_CONTACT"]);
  if (!(await getService(member, (await params).serviceId))) notFound();
  return { title: (await getTranslations("services"))("edit") };
}

export default async function EditServicePage({ params }: { params: Promise<{ serviceId: string }> }) {
  const member = await requireMember(["COORDINATOR", "SERVICE_CONTACT"]);
  const service = await getService(member, (await params).serviceId);
  if (!service) notFound();
  const t = await getTranslations("services");
  return (
    <>
      <PageHeader title={service.name} back={{ href: "/services", label: t("back") }} />
      <ServiceForm
        action={updateServiceAction}
        serviceId={service.id}
        defaults={{ ...service, latitude: String(service.latitude), longitude: String(service.longitude) }}
      />
    </>
  );
}
