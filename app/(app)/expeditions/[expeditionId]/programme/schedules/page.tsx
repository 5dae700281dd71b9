import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/lib/auth/session";
import { personalSchedule, scheduleConflicts } from "@/lib/programme/checks";
import { freePlaces } from "@/lib/programme/free-places";
import { clockOf, inTimeOrder } from "@/lib/programme/plan";
import { getExpeditionPlan } from "@/lib/programme/queries";
import { routeLegs } from "@/lib/programme/routing";
import { formatLongDate, parseDay, type Locale } from "@/lib/time";
import { FindingsList } from "../_components/findings-list";
import { PicksForm } from "../_components/picks-form";
import { idParams } from "@/lib/validation";

type Params = { params: Promise<{ expeditionId: string }>; searchParams: Promise<{ mandatary?: string }> };

export async function generateMetadata({ params }: Params) {
  const member = await requireMember("programmes.edit");
  if (!(await getExpeditionPlan(member, idParams(await params).expeditionId))) notFound();
  return { title: (await getTranslations("programme"))("schedulesTitle") };
}

/** Fill rates of the options, and each mandatary's own schedule with its conflicts. */
export default async function SchedulesPage({ params, searchParams }: Params) {
  const member = await requireMember("programmes.edit");
  const plan = await getExpeditionPlan(member, idParams(await params).expeditionId);
  if (!plan) notFound();
  const [t, locale, { mandatary: chosenId }] = await Promise.all([
    getTranslations("programme"),
    getLocale(),
    searchParams,
  ]);
  const routed = await routeLegs(plan.programmes);
  const { expedition } = plan;
  const choice = plan.programmes.filter((p) => p.kind === "CHOICE");
  const chosen = plan.mandataries.find((m) => m.id === chosenId);
  const day = (value: string) => formatLongDate(parseDay(value), locale as Locale);
  return (
    <>
      <PageHeader
        title={t("schedulesTitle")}
        back={{
          href: `/expeditions/${expedition.id}/programme`,
          label: t("backToProgrammes", { title: expedition.title }),
        }}
      />
      <section aria-labelledby="fill-heading" className="flex flex-col gap-3">
        <h2 id="fill-heading">{t("fillHeading")}</h2>
        {choice.length === 0 ? <p>{t("noChoiceProgrammes")}</p> : null}
        {choice.map((programme) => (
          <table key={programme.id} className="data-table">
            <caption className="text-left font-semibold">
              {programme.name} — {day(programme.day)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("time")}</th>
                <th scope="col">{t("option")}</th>
                <th scope="col">{t("chosenCount")}</th>
                <th scope="col">{t("capacity")}</th>
                <th scope="col">{t("fillRate")}</th>
              </tr>
            </thead>
            <tbody>
              {inTimeOrder(programme.stops)
                .filter((stop) => stop.isOption)
                .map((stop) => (
                  <tr key={stop.id}>
                    <td>
                      {clockOf(stop.start)}–{clockOf(stop.end)}
                    </td>
                    <td>{stop.label}</td>
                    <td>{stop.chosenBy}</td>
                    <td>{stop.capacity ?? t("unlimited")}</td>
                    <td>
                      {stop.capacity === null ? (
                        "—"
                      ) : (
                        <meter
                          min={0}
                          max={stop.capacity}
                          value={stop.chosenBy}
                          aria-label={t("fillOf", { option: stop.label })}
                        >
                          {Math.round((stop.chosenBy / stop.capacity) * 100)}%
                        </meter>
                      )}{" "}
                      {stop.capacity === null ? null : `${Math.round((stop.chosenBy / stop.capacity) * 100)}%`}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        ))}
      </section>
      <section aria-labelledby="people-heading" className="flex flex-col gap-3">
        <h2 id="people-heading">{t("personalSchedules")}</h2>
        {plan.mandataries.length === 0 ? <p>{t("noParticipants")}</p> : null}
        <ul className="flex flex-col gap-3">
          {plan.mandataries.map((person) => {
            const items = personalSchedule(plan.programmes, person.picks);
            const conflicts = scheduleConflicts(person, plan.programmes, routed);
            return (
              <li key={person.id} className="card flex flex-col gap-2">
                <h3 className="font-semibold">
                  {person.name}{" "}
                  {conflicts.length > 0 ? (
                    <span className="text-red-800">{t("conflictCount", { count: conflicts.length })}</span>
                  ) : null}
                </h3>
                {conflicts.length > 0 ? <FindingsList findings={conflicts} linkStops={false} /> : null}
                <ol className="text-sm">
                  {items.map(({ programme, stop }) => (
                    <li key={stop.id}>
                      {day(programme.day)} {clockOf(stop.start)}–{clockOf(stop.end)} · {stop.label}
                    </li>
                  ))}
                </ol>
                {choice.length > 0 && chosen?.id !== person.id ? (
                  <p>
                    <Link href={`?mandatary=${person.id}#picks`}>{t("editPicks", { name: person.name })}</Link>
                  </p>
                ) : null}
                {chosen?.id === person.id ? (
                  <div id="picks" className="border-t border-slate-300 pt-3">
                    <PicksForm
                      expeditionId={expedition.id}
                      mandatary={person}
                      picked={person.picks}
                      groups={choice.map((programme) => ({
                        programme: `${programme.name} — ${day(programme.day)}`,
                        options: inTimeOrder(programme.stops)
                          .filter((stop) => stop.isOption)
                          .map((stop) => {
                            const picked = person.picks.includes(stop.id);
                            return {
                              id: stop.id,
                              label: `${clockOf(stop.start)}–${clockOf(stop.end)} ${stop.label}`,
                              full: freePlaces(stop.capacity, stop.chosenBy, picked).full && !picked,
                            };
                          }),
                      }))}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
