import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import Link from "next/link";
import { can } from "@/lib/auth/policy";
import { requireMember, type Member } from "@/lib/auth/session";
import { describeLeg, loadDaySheet, type DaySheetRow } from "@/lib/documents/day-sheet-data";
import { resolveLocale } from "@/lib/i18n/locale";
import { PrintButton } from "./_components/print-button";
import { idParams } from "@/lib/validation";

type Params = Promise<{ expeditionId: string; programmeId: string }>;

/** The day sheet, or a 404 when the programme is unknown, another organization's or not of this expedition. */
const daySheetFor = cache(async (member: Member, expeditionId: string, programmeId: string, locale: string) => {
  const sheet = await loadDaySheet(member, programmeId, resolveLocale(locale));
  if (!sheet || sheet.expeditionId !== expeditionId) notFound();
  return sheet;
});

export async function generateMetadata({ params }: { params: Params }) {
  const member = await requireMember("daysheets.read");
  const { expeditionId, programmeId } = idParams(await params);
  const sheet = await daySheetFor(member, expeditionId, programmeId, await getLocale());
  const t = await getTranslations("daySheet");
  return { title: t("titleFor", { name: sheet.programmeName }) };
}

/** One "term: description" pair; nothing when the description is empty. */
function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  if (!children) return null;
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </>
  );
}

export default async function DaySheetPage({ params }: { params: Params }) {
  const member = await requireMember("daysheets.read");
  const { expeditionId, programmeId } = idParams(await params);
  const locale = resolveLocale(await getLocale());
  const sheet = await daySheetFor(member, expeditionId, programmeId, locale);
  const t = await getTranslations("daySheet");
  const back = can(member, "programmes.edit")
    ? { href: `/expeditions/${expeditionId}/programme/${programmeId}`, label: t("backToProgramme") }
    : { href: `/expeditions/${expeditionId}`, label: t("backToExpedition", { title: sheet.expeditionTitle }) };
  const kindLine = (row: DaySheetRow) =>
    [
      t(`stopKind.${row.kind}`),
      ...(row.isOption ? [t("option")] : []),
      ...(row.isOption && row.capacity !== null ? [t("capacity", { count: row.capacity })] : []),
    ].join(" · ");
  const notes = [
    { id: "day-sheet-programme-notes", heading: t("programmeNotes"), text: sheet.programmeNotes },
    { id: "day-sheet-practical-notes", heading: t("practicalNotes"), text: sheet.practicalNotes },
  ].filter((section) => section.text);
  const { contact } = sheet;
  return (
    <>
      <p className="no-print">
        <Link href={back.href}>{back.label}</Link>
      </p>
      <div className="flex flex-col gap-1">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">
          {sheet.organization.name} · {sheet.expeditionTitle}
        </p>
        <h1>{t("titleFor", { name: sheet.programmeName })}</h1>
        <p className="text-lg first-letter:uppercase">{sheet.date}</p>
        <p>{t("kind", { kind: sheet.kind })}</p>
      </div>
      <div className="no-print flex flex-wrap gap-3">
        <PrintButton label={t("print")} />
        <a href={`/api/programmes/${sheet.programmeId}/day-sheet`} className="btn-secondary" download>
          {t("download")}
        </a>
      </div>

      {contact.name || contact.phone || contact.email ? (
        <section aria-labelledby="day-sheet-contact" className="card day-sheet-block flex flex-col gap-2">
          <h2 id="day-sheet-contact">{t("contactHeading")}</h2>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <Detail term={t("contactName")}>{contact.name}</Detail>
            <Detail term={t("contactPhone")}>
              {contact.phone ? <a href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}>{contact.phone}</a> : null}
            </Detail>
            <Detail term={t("contactEmail")}>
              {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
            </Detail>
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="day-sheet-schedule" className="flex flex-col gap-2">
        <h2 id="day-sheet-schedule">{t("scheduleHeading")}</h2>
        {sheet.rows.length === 0 ? (
          <p>{t("noStops")}</p>
        ) : (
          <ol className="flex flex-col gap-2" aria-labelledby="day-sheet-schedule">
            {sheet.rows.map((row) => (
              <li key={row.id} className="day-sheet-stop flex flex-col gap-2">
                {row.arrival ? (
                  <p className="day-sheet-leg pl-4 text-slate-700">
                    <span aria-hidden="true" className="mr-2 font-bold">
                      ↓
                    </span>
                    <span className="sr-only">{t("travel")}: </span>
                    {describeLeg(row.arrival, t, locale)}
                  </p>
                ) : null}
                <div className={`card flex flex-col gap-2 ${row.isOption ? "border-l-4 border-l-amber-700" : ""}`}>
                  <h3 className="flex flex-wrap gap-x-3">
                    <span className="tabular-nums">{row.time}</span>
                    <span>{row.label || t(`stopKind.${row.kind}`)}</span>
                  </h3>
                  <p className="text-sm text-slate-700">{kindLine(row)}</p>
                  <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[11rem_1fr]">
                    <Detail term={t("place")}>{[row.placeName, row.address].filter(Boolean).join(", ")}</Detail>
                    <Detail term={t("contact")}>{row.contact}</Detail>
                    <Detail term={t("activity")}>{row.activity}</Detail>
                    <Detail term={t("handsOnTask")}>{row.handsOnTask}</Detail>
                    <Detail term={t("userParticipation")}>{row.userParticipation}</Detail>
                    <Detail term={t("notes")}>{row.notes}</Detail>
                    <Detail term={t("dressCode")}>{row.practical?.dressCode}</Detail>
                    <Detail term={t("accessibility")}>{row.practical?.accessibilityNotes}</Detail>
                  </dl>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      {notes.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="day-sheet-block flex flex-col gap-2">
          <h2 id={section.id}>{section.heading}</h2>
          <p className="whitespace-pre-line">{section.text}</p>
        </section>
      ))}
    </>
  );
}
