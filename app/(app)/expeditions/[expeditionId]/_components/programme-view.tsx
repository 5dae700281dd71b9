import { stopLabel, stopPlaces } from "@/lib/programme/places";
import { getLocale, getTranslations } from "next-intl/server";
import type { ExpeditionDetail } from "@/lib/expeditions/queries";
import { formatLongDate, formatTime, type Locale } from "@/lib/time";

/** The day programmes as a read-only timetable (the builder is /expeditions/[id]/programme). */
export async function ProgrammeView({ programmes }: { programmes: ExpeditionDetail["programmes"] }) {
  const t = await getTranslations("programme");
  const locale = (await getLocale()) as Locale;
  if (programmes.length === 0) return <p>{t("none")}</p>;
  return (
    <div className="flex flex-col gap-4">
      {programmes.map((programme) => (
        <section key={programme.id} aria-labelledby={`programme-${programme.id}`} className="card">
          <h3 id={`programme-${programme.id}`} className="text-lg font-semibold">
            {programme.name} — {formatLongDate(programme.day, locale)}
          </h3>
          {programme.stops.length === 0 ? (
            <p>{t("noStops")}</p>
          ) : (
            <table className="data-table mt-2">
              <caption className="sr-only">{t("caption", { name: programme.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("time")}</th>
                  <th scope="col">{t("service")}</th>
                  <th scope="col">{t("address")}</th>
                  <th scope="col">{t("activity")}</th>
                </tr>
              </thead>
              <tbody>
                {programme.stops.map((stop, i) => (
                  <tr key={stop.id}>
                    <td className="whitespace-nowrap">
                      {formatTime(stop.startsAt)}–{formatTime(stop.endsAt)}
                    </td>
                    <td>
                      {stopLabel(stop)}
                      {programme.kind === "CHOICE" && stop.isOption ? (
                        <span className="badge ml-2">{t("optionBadge")}</span>
                      ) : null}
                    </td>
                    <td>{stopPlaces(programme.stops)[i]!.address}</td>
                    <td>{stop.activity}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}
