// What the day sheet of one programme shows (the printable page and the PDF alike), built from the database.
// Plain data: the words come from the `daySheet` catalog where it is shown.
import type { Member } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { programmeLegs } from "@/lib/programme/checks";
import { stopLabel, stopPlaces } from "@/lib/programme/places";
import type { ProgrammeKind, StopKind, TravelMode } from "@/lib/programme/plan";
import { getProgramme, toPlanProgramme } from "@/lib/programme/queries";
import { routeLegs } from "@/lib/programme/routing";
import type { Leg, LegSource } from "@/lib/programme/travel";
import { dayKey, formatLongDate, formatTime, type Locale } from "@/lib/time";
import { formatNumber, normalizeColor } from "./format";

export interface DaySheetLeg {
  mode: TravelMode;
  /** null: unknown (no points and no minutes entered). */
  minutes: number | null;
  distanceKm: number | null;
  source: LegSource;
}

export interface DaySheetRow {
  id: string;
  /** "09:00–10:00" */
  time: string;
  /** "Woonzorgcentrum De Linde — Ronde 2", "Broodjeslunch" */
  label: string;
  kind: StopKind;
  placeName: string;
  /** "Kerkstraat 12, 2960 Brecht", or "" */
  address: string;
  /** Who welcomes the group: the stop's own "welcomed by", else the service's contact and phone; or "". */
  contact: string;
  activity: string;
  handsOnTask: string;
  userParticipation: string;
  notes: string;
  /** The service's practical notes, when the stop has a service. */
  practical: { dressCode: string; accessibilityNotes: string } | null;
  /** Choice programmes: an option some pick, with its places. */
  isOption: boolean;
  capacity: number | null;
  /** The travel from the row before to this one; null for the first row and where no leg joins the two. */
  arrival: DaySheetLeg | null;
}

export interface DaySheet {
  organization: { name: string; brandColor: string };
  expeditionId: string;
  expeditionTitle: string;
  /** The expedition's contact person. */
  contact: { name: string; phone: string; email: string };
  programmeId: string;
  programmeName: string;
  /** "2027-03-16" */
  day: string;
  /** "dinsdag 16 maart 2027" */
  date: string;
  kind: ProgrammeKind;
  rows: DaySheetRow[];
  programmeNotes: string;
  practicalNotes: string;
}

const joined = (...parts: string[]) =>
  parts
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" · ");

/** The day sheet of one programme, or null (unknown, or another organization's). */
export async function loadDaySheet(
  member: Member,
  programmeId: string,
  locale: Locale = "nl",
): Promise<DaySheet | null> {
  const [programme, organization] = await Promise.all([
    getProgramme(member, programmeId),
    prisma.organization.findUnique({ where: { id: member.organizationId }, select: { name: true, brandColor: true } }),
  ]);
  if (!programme || !organization) return null;
  const plan = toPlanProgramme(programme, null);
  const legs = programmeLegs(plan, await routeLegs([plan]));
  const places = stopPlaces(programme.stops);
  // Only the legs between rows that follow each other: in a choice programme the options run side by side,
  // so between two options (or an option and the common stop it does not lead to) there is no leg to show.
  const legBetween = (fromId: string, toId: string): Leg | undefined =>
    legs.find((leg) => leg.fromId === fromId && leg.toId === toId);
  const rows = programme.stops.map((stop, i): DaySheetRow => {
    const service = stop.service;
    const previous = i > 0 ? programme.stops[i - 1]! : null;
    const leg = previous ? legBetween(previous.id, stop.id) : undefined;
    return {
      id: stop.id,
      time: `${formatTime(stop.startsAt)}–${formatTime(stop.endsAt)}`,
      label: stopLabel(stop),
      kind: stop.kind,
      placeName: places[i]!.name,
      address: places[i]!.address,
      contact: stop.welcomedBy.trim() || (service ? joined(service.contactName, service.contactPhone) : ""),
      activity: stop.activity.trim(),
      handsOnTask: stop.handsOnTask.trim(),
      userParticipation: stop.userParticipation.trim(),
      notes: stop.notes.trim(),
      practical: service
        ? { dressCode: service.dressCode.trim(), accessibilityNotes: service.accessibilityNotes.trim() }
        : null,
      isOption: programme.kind === "CHOICE" && stop.isOption,
      capacity: programme.kind === "CHOICE" && stop.isOption ? stop.capacity : null,
      arrival: leg ? { mode: leg.mode, minutes: leg.minutes, distanceKm: leg.distanceKm, source: leg.source } : null,
    };
  });
  const expedition = programme.expedition;
  return {
    organization: { name: organization.name, brandColor: normalizeColor(organization.brandColor) },
    expeditionId: expedition.id,
    expeditionTitle: expedition.title,
    contact: {
      name: expedition.contactName.trim(),
      phone: expedition.contactPhone.trim(),
      email: expedition.contactEmail.trim(),
    },
    programmeId: programme.id,
    programmeName: programme.name,
    day: dayKey(programme.day),
    date: formatLongDate(programme.day, locale),
    kind: programme.kind,
    rows,
    programmeNotes: programme.notes.trim(),
    practicalNotes: expedition.practicalNotes.trim(),
  };
}

/** The `daySheet` catalog's leg messages, as both next-intl translators provide them. */
export type LegWords = (
  key: "leg" | "legDistance" | "legSource" | "legUnknown" | "legSamePlace",
  values?: Record<string, string | number>,
) => string;

/** "12 min met de bus · 6,3 km (geschat)", "Zelfde plek, geen verplaatsing", "Reistijd met de auto onbekend". */
export function describeLeg(leg: DaySheetLeg, t: LegWords, locale: Locale = "nl"): string {
  if (leg.minutes === null) return t("legUnknown", { mode: leg.mode });
  if (leg.minutes === 0 && !leg.distanceKm && leg.source !== "override") return t("legSamePlace");
  const distance = leg.distanceKm ? t("legDistance", { distance: formatNumber(leg.distanceKm, locale) }) : "";
  const source = t("legSource", { source: leg.source });
  return [joined(t("leg", { minutes: leg.minutes, mode: leg.mode }), distance), source].filter(Boolean).join(" ");
}
