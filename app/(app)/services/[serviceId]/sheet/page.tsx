import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { getServiceSheet } from "@/lib/services/queries";
import { dayKey } from "@/lib/time";
import { CareStoryForm, KeyFigureForm, SheetTextForm } from "../../_components/sheet-forms";
import { PageHeader } from "@/components/ui/page-header";
import { idParams } from "@/lib/validation";

export async function generateMetadata({ params }: { params: Promise<{ serviceId: string }> }) {
  const member = await requireMember("services.edit");
  const service = await getServiceSheet(member, idParams(await params).serviceId);
  if (!service) notFound();
  return { title: `${(await getTranslations("services"))("editSheet")} – ${service.name}` };
}

export default async function EditSheetPage({ params }: { params: Promise<{ serviceId: string }> }) {
  const member = await requireMember("services.edit");
  const service = await getServiceSheet(member, idParams(await params).serviceId);
  if (!service) notFound();
  const t = await getTranslations("services");
  return (
    <>
      <PageHeader
        title={t("editSheetOf", { name: service.name })}
        back={{ href: `/services/${service.id}`, label: t("backTo", { name: service.name }) }}
      />
      <p>{t("sheetIntro")}</p>
      <SheetTextForm serviceId={service.id} defaults={service} />
      <section aria-labelledby="figures-heading" className="card flex flex-col gap-4">
        <h2 id="figures-heading">{t("keyFigures")}</h2>
        <p className="text-sm text-slate-700">{t("keyFiguresHint")}</p>
        {service.keyFigures.map((figure, index) => (
          <KeyFigureForm
            key={figure.id}
            serviceId={service.id}
            number={index + 1}
            figure={{
              id: figure.id,
              label: figure.label,
              value: String(figure.value).replace(".", ","),
              unit: figure.unit,
              referenceDate: figure.referenceDate ? dayKey(figure.referenceDate) : "",
            }}
          />
        ))}
        <KeyFigureForm
          key={`new-${service.keyFigures.length}`}
          serviceId={service.id}
          number={service.keyFigures.length + 1}
        />
      </section>
      <section aria-labelledby="stories-heading" className="card flex flex-col gap-4">
        <h2 id="stories-heading">{t("careStories")}</h2>
        <p className="text-sm text-slate-700">{t("careStoriesHint")}</p>
        {service.careStories.map((story, index) => (
          <CareStoryForm key={story.id} serviceId={service.id} number={index + 1} story={story} />
        ))}
        <CareStoryForm
          key={`new-${service.careStories.length}`}
          serviceId={service.id}
          number={service.careStories.length + 1}
        />
      </section>
    </>
  );
}
