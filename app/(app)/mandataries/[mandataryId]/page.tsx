import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { getMandatary } from "@/lib/mandataries/queries";
import { getOrganizationSettings } from "@/lib/organization/queries";
import { servicesForMandatary } from "@/lib/portfolios/matching";
import { listServices } from "@/lib/services/queries";
import { MandataryForm } from "../_components/mandatary-form";
import { EraseMandataryForm } from "../_components/erase-mandatary-form";
import { updateMandataryAction } from "../actions";
import { PageHeader } from "@/components/ui/page-header";
import { idParams } from "@/lib/validation";

export async function generateMetadata({ params }: { params: Promise<{ mandataryId: string }> }) {
  const member = await requireMember("mandataries.edit");
  const mandatary = await getMandatary(member, idParams(await params).mandataryId);
  if (!mandatary) notFound();
  return { title: `${mandatary.firstName} ${mandatary.lastName}` };
}

export default async function EditMandataryPage({ params }: { params: Promise<{ mandataryId: string }> }) {
  const member = await requireMember("mandataries.edit");
  const mandatary = await getMandatary(member, idParams(await params).mandataryId);
  if (!mandatary) notFound();
  const [t, types, settings, services] = await Promise.all([
    getTranslations("mandataries"),
    getTranslations("serviceTypes"),
    getOrganizationSettings(member),
    listServices(member),
  ]);
  const name = `${mandatary.firstName} ${mandatary.lastName}`;
  const suggested = servicesForMandatary(mandatary, services, settings.portfolioKeywords);
  return (
    <>
      <PageHeader title={name} back={{ href: "/mandataries", label: t("back") }} />
      <MandataryForm
        action={updateMandataryAction}
        mandataryId={mandatary.id}
        defaults={mandatary}
        knownPortfolios={settings.portfolios}
      />
      <section aria-labelledby="suggested-heading" className="card flex flex-col gap-2">
        <h2 id="suggested-heading">{t("suggestedServices")}</h2>
        <p className="text-sm text-slate-700">{t("suggestedServicesHint")}</p>
        {suggested.length === 0 ? (
          <p>{mandatary.portfolios.length ? t("suggestedNone") : t("suggestedNoPortfolios")}</p>
        ) : (
          <ul className="list-disc pl-5">
            {suggested.map(({ item, via }) => (
              <li key={item.id}>
                <Link href={`/services/${item.id}`}>{item.name}</Link> ({types(item.type)}) –{" "}
                {t("via", { portfolios: via.join(", ") })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="personal-data-heading" className="card flex flex-col gap-3">
        <h2 id="personal-data-heading">{t("personalData")}</h2>
        <p>{t("personalDataIntro")}</p>
        <p>
          <a href={`/api/mandataries/${mandatary.id}/personal-data`} className="btn-secondary" download>
            {t("exportPersonalData")}
          </a>
        </p>
        <EraseMandataryForm mandataryId={mandatary.id} name={name} />
      </section>
    </>
  );
}
