import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MapView, type MapMarker } from "@/components/map/leaflet-map";
import { StatusMessage } from "@/components/ui/form-status";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/session";
import { mapTiles } from "@/lib/map";
import { describeLeg } from "@/lib/documents/day-sheet-data";
import { checkExpedition, programmeLegs } from "@/lib/programme/checks";
import { clockOf } from "@/lib/programme/plan";
import { programmeSettingsValues, stopFormValues } from "@/lib/programme/form-values";
import { stopPlaces } from "@/lib/programme/places";
import { getExpeditionPlan } from "@/lib/programme/queries";
import { routeLegs } from "@/lib/programme/routing";
import { listServices } from "@/lib/services/queries";
import { readVisitingHours } from "@/lib/services/visiting-hours";
import { formatLongDate, toBrusselsParts, type Locale } from "@/lib/time";
import { FindingsList, FindingsSummary } from "../_components/findings-list";
import { ProgrammeSettingsForm, RemoveProgrammeForm } from "../_components/programme-settings-form";
import { StopControls } from "../_components/stop-controls";
import { StopForm } from "../_components/stop-form";
import { idParams } from "@/lib/validation";

type Params = { params: Promise<{ expeditionId: string; programmeId: string }> };

async function load({ params }: Params) {
  const member = await requireMember("programmes.edit");
  const { expeditionId, programmeId } = idParams(await params);
  // The whole expedition: the checks look across its programmes (a mandatary's picks, the press moment).
  const plan = await getExpeditionPlan(member, expeditionId);
  const programme = plan?.expedition.programmes.find((p) => p.id === programmeId);
  if (!plan || !programme) notFound();
  return { member, plan, programme };
}

export async function generateMetadata(props: Params) {
  const { programme } = await load(props);
  return { title: programme.name };
}

export default async function ProgrammeEditorPage(
  props: Params & { searchParams: Promise<{ created?: string; edit?: string }> },
) {
  const { member, plan, programme } = await load(props);
  // One stop's edit form at a time (?edit=id): a speed date has a hundred stops.
  const [t, td, tm, tk, tc, locale, services, { created, edit: editing }] = await Promise.all([
    getTranslations("programme"),
    getTranslations("daySheet"),
    getTranslations("programme.modes"),
    getTranslations("programme.kinds"),
    getTranslations("programme.concepts"),
    getLocale(),
    listServices(member),
    props.searchParams,
  ]);
  const routed = await routeLegs(plan.programmes);
  const thisPlan = plan.programmes.find((p) => p.id === programme.id)!;
  const findings = checkExpedition(plan.programmes, plan.mandataries, routed).filter(
    (f) => !f.programmeId || f.programmeId === programme.id,
  );
  const legs = programmeLegs(thisPlan, routed);
  const places = stopPlaces(programme.stops);
  const labelOf = new Map(thisPlan.stops.map((s) => [s.id, s.label]));
  const { expedition } = plan;
  const serviceChoices = services.map((s) => ({
    id: s.id,
    name: s.name,
    minVisitMinutes: s.minVisitMinutes,
    maxGroupSize: s.maxGroupSize,
    visitingHours: readVisitingHours(s.visitingHours),
    point: { latitude: s.latitude, longitude: s.longitude },
  }));
  const formProps = {
    plan: thisPlan,
    programmeMode: programme.travelMode,
    version: programme.version,
    services: serviceChoices,
    routed: [...routed],
  };

  // One marker per place, numbered in visiting order ("2, 3" when two stops share it).
  const markers = new Map<string, MapMarker>();
  programme.stops.forEach((stop, i) => {
    const point = places[i]!.point;
    if (!point) return;
    const key = `${point.latitude},${point.longitude}`;
    const known = markers.get(key);
    if (known) known.label = `${known.label}, ${i + 1}`;
    else markers.set(key, { ...point, label: String(i + 1), title: places[i]!.name || labelOf.get(stop.id)! });
  });
  const pointOf = new Map(thisPlan.stops.map((s) => [s.id, s.point]));
  const lines = legs.flatMap((leg) => {
    const [a, b] = [pointOf.get(leg.fromId), pointOf.get(leg.toId)];
    return a && b && leg.distanceKm !== 0
      ? [
          [
            [a.latitude, a.longitude],
            [b.latitude, b.longitude],
          ] as [number, number][],
        ]
      : [];
  });

  return (
    <>
      <PageHeader
        title={`${programme.name} — ${formatLongDate(programme.day, locale as Locale)}`}
        back={{
          href: `/expeditions/${expedition.id}/programme`,
          label: t("backToProgrammes", { title: expedition.title }),
        }}
      />
      {created ? <StatusMessage>{t("programmeCreated", { name: programme.name })}</StatusMessage> : null}
      <p className="flex flex-wrap items-center gap-2">
        <span className="badge">{t(`kindNames.${programme.kind}`)}</span>
        <span className="badge">{tc(`${programme.concept}.name`)}</span>
        <span className="badge">{tm(programme.travelMode)}</span>
      </p>
      <p className="flex flex-wrap gap-3">
        <Link href={`/expeditions/${expedition.id}/programme/${programme.id}/day-sheet`} className="btn-secondary">
          {t("daySheet")}
        </Link>
        <a href={`/api/programmes/${programme.id}/day-sheet`} className="btn-secondary" download>
          {t("daySheetPdf")}
        </a>
        {programme.kind === "CHOICE" ? (
          <Link href={`/expeditions/${expedition.id}/programme/schedules`} className="btn-secondary">
            {t("schedulesLink")}
          </Link>
        ) : null}
      </p>

      <section aria-labelledby="checks-heading" className="card flex flex-col gap-2">
        <h2 id="checks-heading">
          {t("checksHeading")} <FindingsSummary findings={findings} />
        </h2>
        {findings.length > 0 ? <FindingsList findings={findings} /> : <p>{t("checksFine")}</p>}
      </section>

      <section aria-labelledby="timeline-heading" className="flex flex-col gap-3">
        <h2 id="timeline-heading">{t("timeline")}</h2>
        {programme.stops.length === 0 ? <p>{t("noStops")}</p> : null}
        <ol className="flex flex-col gap-3">
          {programme.stops.map((stop, i) => {
            const planned = thisPlan.stops[i]!;
            const label = `${clockOf(planned.start)} ${planned.label}`;
            const parts = { start: toBrusselsParts(stop.startsAt).time, end: toBrusselsParts(stop.endsAt).time };
            const values = stopFormValues(stop);
            const contact =
              stop.welcomedBy || [stop.service?.contactName, stop.service?.contactPhone].filter(Boolean).join(", ");
            return (
              <li key={stop.id} id={`stop-${stop.id}`} className="flex flex-col gap-2">
                {legs
                  .filter((leg) => leg.toId === stop.id)
                  .map((leg) => (
                    <p key={leg.fromId} className="ml-4 border-l-4 border-slate-400 pl-3 text-sm">
                      {t("legFrom", { leg: describeLeg(leg, td, locale as Locale), from: labelOf.get(leg.fromId)! })}
                    </p>
                  ))}
                <article className="card flex flex-col gap-2" aria-labelledby={`stop-${stop.id}-heading`}>
                  <h3 id={`stop-${stop.id}-heading`} className="text-lg font-semibold">
                    {i + 1}. {parts.start}–{parts.end} · {planned.label}
                  </h3>
                  <p className="flex flex-wrap gap-2">
                    <span className="badge">{tk(stop.kind)}</span>
                    {planned.isOption ? (
                      <span className="badge">
                        {planned.capacity === null
                          ? t("optionOpen", { chosen: planned.chosenBy })
                          : t("optionFill", { chosen: planned.chosenBy, capacity: planned.capacity })}
                      </span>
                    ) : null}
                  </p>
                  <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                    <dt className="font-medium">{t("place")}</dt>
                    <dd>{[places[i]!.name, places[i]!.address].filter(Boolean).join(", ") || t("placeUnknown")}</dd>
                    {contact ? (
                      <>
                        <dt className="font-medium">{t("welcomedBy")}</dt>
                        <dd>{contact}</dd>
                      </>
                    ) : null}
                    {stop.activity ? (
                      <>
                        <dt className="font-medium">{t("activity")}</dt>
                        <dd>{stop.activity}</dd>
                      </>
                    ) : null}
                    {stop.handsOnTask ? (
                      <>
                        <dt className="font-medium">{t("handsOnTask")}</dt>
                        <dd>{stop.handsOnTask}</dd>
                      </>
                    ) : null}
                  </dl>
                  <StopControls
                    stopId={stop.id}
                    version={programme.version}
                    label={label}
                    picks={planned.chosenBy}
                    first={i === 0}
                    last={i === programme.stops.length - 1}
                  />
                  {editing === stop.id ? (
                    <section aria-labelledby={`edit-${stop.id}-heading`} className="border-t border-slate-300 pt-3">
                      <h4 id={`edit-${stop.id}-heading`} className="font-semibold">
                        {t("editStop", { stop: label })}
                      </h4>
                      <StopForm {...formProps} stop={values} label={label} />
                      <p className="mt-2">
                        <Link href={`?#stop-${stop.id}`}>{t("closeEdit")}</Link>
                      </p>
                    </section>
                  ) : (
                    <p>
                      <Link href={`?edit=${stop.id}#stop-${stop.id}`}>{t("editStop", { stop: label })}</Link>
                    </p>
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="add-stop-heading" className="card flex flex-col gap-3">
        <h2 id="add-stop-heading">{t("addStop")}</h2>
        <StopForm {...formProps} />
      </section>

      <section aria-labelledby="map-heading" className="flex flex-col gap-2">
        <h2 id="map-heading">{t("map")}</h2>
        <MapView
          markers={[...markers.values()]}
          lines={lines}
          label={t("mapLabel", { name: programme.name })}
          {...mapTiles()}
          className="h-80 w-full rounded border border-slate-400"
        />
      </section>

      <section aria-labelledby="settings-heading" className="card flex flex-col gap-3">
        <h2 id="settings-heading">{t("settings")}</h2>
        <ProgrammeSettingsForm programme={programmeSettingsValues(programme)} />
        <details>
          <summary className="cursor-pointer font-medium">{t("removeProgramme")}</summary>
          <div className="mt-3">
            <RemoveProgrammeForm programmeId={programme.id} version={programme.version} name={programme.name} />
          </div>
        </details>
      </section>
    </>
  );
}
