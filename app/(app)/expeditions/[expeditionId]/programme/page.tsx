import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { COORDINATOR_ONLY, requireMember } from "@/lib/auth/session";
import { getExpedition } from "@/lib/expeditions/queries";
import { listServices } from "@/lib/services/queries";
import { dayKey, formatLongDate, type Locale } from "@/lib/time";
import { ProgrammeView } from "../_components/programme-view";
import { AddStopForm, NewProgrammeForm, RemoveStopButton } from "./_components/programme-forms";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata({ params }: { params: Promise<{ expeditionId: string }> }) {
  const member = await requireMember(COORDINATOR_ONLY);
  if (!(await getExpedition(member, (await params).expeditionId))) notFound();
  return { title: (await getTranslations("programme"))("title") };
}

export default async function ProgrammePage({ params }: { params: Promise<{ expeditionId: string }> }) {
  const member = await requireMember(COORDINATOR_ONLY);
  const expedition = await getExpedition(member, (await params).expeditionId);
  if (!expedition) notFound();
  const [t, services, locale] = await Promise.all([getTranslations("programme"), listServices(member), getLocale()]);
  const serviceOptions = services.map((s) => ({ id: s.id, name: s.name }));
  return (
    <>
      <PageHeader
        title={t("titleFor", { title: expedition.title })}
        back={{ href: `/expeditions/${expedition.id}`, label: t("backTo", { title: expedition.title }) }}
      />
      {services.length === 0 ? (
        <p role="status" className="card">
          {t("noServices")} <Link href="/services/new">{t("addService")}</Link>
        </p>
      ) : null}
      {expedition.programmes.map((programme) => (
        <section key={programme.id} className="flex flex-col gap-2">
          <ProgrammeView
            programmes={[programme]}
            actions={(stopId, label) => <RemoveStopButton stopId={stopId} label={label} />}
          />
          <div className="card">
            <AddStopForm
              programmeId={programme.id}
              programmeName={`${programme.name} (${formatLongDate(programme.day, locale as Locale)})`}
              services={serviceOptions}
            />
          </div>
        </section>
      ))}
      <NewProgrammeForm expeditionId={expedition.id} defaultDay={dayKey(expedition.firstDay)} />
    </>
  );
}
