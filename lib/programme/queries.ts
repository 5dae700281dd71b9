import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { readVisitingHours } from "@/lib/services/visiting-hours";
import { dayKey, toBrusselsParts } from "@/lib/time";
import { minutesOf, type PlanMandatary, type PlanProgramme } from "./plan";
import { stopLabel, stopPlaces } from "./places";

export const programmeInclude = {
  stops: {
    // The id settles ties (options side by side), so every read lists the stops in the same order.
    orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }, { id: "asc" }],
    include: { service: true, _count: { select: { choices: true } } },
  },
} satisfies Prisma.ProgrammeInclude;

/** One programme with its stops in time order, or null (another organization's id gives null too). */
export const getProgramme = cache((member: Member, programmeId: string) =>
  prisma.programme.findFirst({
    where: inTenant(member, { id: programmeId }),
    include: { ...programmeInclude, expedition: true },
  }),
);

export type ProgrammeDetail = NonNullable<Awaited<ReturnType<typeof getProgramme>>>;
type ProgrammeWithStops = Pick<ProgrammeDetail, "id" | "name" | "day" | "kind" | "groupSize" | "travelMode" | "stops">;

/** Minutes after the programme day's midnight on the Brussels clock (a stop after midnight counts on). */
export function minutesOnDay(instant: Date, day: string): number {
  const parts = toBrusselsParts(instant);
  return minutesOf(parts.time) + (parts.day > day ? 1440 : 0);
}

/** The database programme as the pure checks see it. `invitedGroup` is the group when the programme sets none. */
export function toPlanProgramme(programme: ProgrammeWithStops, invitedGroup: number | null): PlanProgramme {
  const day = dayKey(programme.day);
  const places = stopPlaces(programme.stops);
  return {
    id: programme.id,
    name: programme.name,
    day,
    kind: programme.kind,
    groupSize: programme.groupSize ?? invitedGroup,
    stops: programme.stops.map((stop, i) => ({
      id: stop.id,
      kind: stop.kind,
      label: stopLabel(stop),
      start: minutesOnDay(stop.startsAt, day),
      end: minutesOnDay(stop.endsAt, day),
      point: places[i]!.point,
      atService: places[i]!.atService,
      service: stop.service && {
        id: stop.service.id,
        name: stop.service.name,
        minVisitMinutes: stop.service.minVisitMinutes,
        maxGroupSize: stop.service.maxGroupSize,
        visitingHours: readVisitingHours(stop.service.visitingHours),
      },
      isOption: programme.kind === "CHOICE" && stop.isOption,
      capacity: stop.capacity,
      travelMode: stop.travelMode ?? programme.travelMode,
      travelMinutes: stop.travelMinutes,
      chosenBy: stop._count.choices,
    })),
  };
}

/**
 * Everything the checks need for one expedition: its programmes, and the mandataries who are invited or
 * picked options, with their picks.
 */
export async function loadExpeditionPlan(
  member: { organizationId: string },
  expeditionId: string,
  db: Pick<typeof prisma, "expedition" | "stopChoice"> = prisma,
) {
  const expedition = await db.expedition.findFirst({
    where: inTenant(member, { id: expeditionId }),
    include: {
      programmes: { orderBy: [{ day: "asc" }, { createdAt: "asc" }], include: programmeInclude },
      invitations: { select: { status: true, mandatary: { select: { id: true, firstName: true, lastName: true } } } },
    },
  });
  if (!expedition) return null;
  const choices = await db.stopChoice.findMany({
    where: inTenant(member, { stop: { programme: { expeditionId: expedition.id } } }),
    select: { stopId: true, mandatary: { select: { id: true, firstName: true, lastName: true } } },
  });
  const coming = expedition.invitations.filter((invitation) => invitation.status !== "DECLINED").length;
  const programmes = expedition.programmes.map((programme) => toPlanProgramme(programme, coming || null));
  const people = new Map<string, PlanMandatary>();
  const person = (m: { id: string; firstName: string; lastName: string }) => {
    const known = people.get(m.id) ?? { id: m.id, name: `${m.firstName} ${m.lastName}`, picks: [] };
    people.set(m.id, known);
    return known;
  };
  for (const invitation of expedition.invitations) person(invitation.mandatary);
  for (const choice of choices) person(choice.mandatary).picks.push(choice.stopId);
  const mandataries = [...people.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
  return { expedition, programmes, mandataries };
}

export type ExpeditionPlan = NonNullable<Awaited<ReturnType<typeof loadExpeditionPlan>>>;

/** The plan for a page: its generateMetadata and the page itself ask, the database answers once per request. */
export const getExpeditionPlan = cache((member: Member, expeditionId: string) =>
  loadExpeditionPlan(member, expeditionId),
);
