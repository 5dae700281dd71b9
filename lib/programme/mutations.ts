import { prisma } from "@/lib/db";
import { lockExpedition, lockStops } from "@/lib/db/locks";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { ChecksRefused, UserError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { translator } from "@/lib/i18n/translator";
import { readPortfolioKeywords } from "@/lib/portfolios/matching";
import { brusselsInstant, dayKey, parseDay } from "@/lib/time";
import type { z } from "zod";
import { checkExpedition, scheduleConflicts, type Finding } from "./checks";
import { draftForConcept } from "./concepts";
import { freePlaces } from "./free-places";
import { clockOf, minutesOf, type PlanProgramme } from "./plan";
import { loadExpeditionPlan, minutesOnDay, programmeInclude, toPlanProgramme } from "./queries";
import { storedRoutes } from "./routing";
import type {
  moveStopSchema,
  newProgrammeSchema,
  picksSchema,
  programmeSettingsSchema,
  removeProgrammeSchema,
  removeStopSchema,
  stopSchema,
} from "./schemas";
import { moveStop as movedStops, shiftLater } from "./shift";

type Tx = Prisma.TransactionClient;

/** A day programme ends by midnight: the form, the checks and the day sheet all read one day. */
const MIDNIGHT = 1440;

/** A wall-clock minute on the programme's day → the instant. */
function instantOn(day: string, minutes: number): Date {
  return brusselsInstant(day, clockOf(minutes));
}

/**
 * Optimistic concurrency: the edit goes through only if the programme is still at the version the form showed.
 * The row lock this takes also makes concurrent edits of one programme wait for each other.
 */
async function claimVersion(tx: Tx, member: Member, programmeId: string, version: number) {
  const bumped = await tx.programme.updateMany({
    where: inTenant(member, { id: programmeId, version }),
    data: { version: { increment: 1 } },
  });
  if (bumped.count > 0) return;
  const exists = await tx.programme.findFirst({ where: inTenant(member, { id: programmeId }), select: { id: true } });
  throw new UserError(exists ? "programmeChanged" : "notFound");
}

async function expeditionFindings(tx: Tx, member: Member, expeditionId: string): Promise<Finding[]> {
  const plan = await loadExpeditionPlan(member, expeditionId, tx);
  return plan ? checkExpedition(plan.programmes, plan.mandataries, await storedRoutes(tx, plan.programmes)) : [];
}

const signature = (f: Finding) => [f.code, f.mandataryId ?? "", ...[...f.stopIds].sort()].join("|");

/** The errors in `after` that were not in `before`. */
function newErrors(before: Finding[], after: Finding[]): Finding[] {
  const known = new Set(before.map(signature));
  return after.filter((f) => f.severity === "error" && !known.has(signature(f)));
}

/**
 * The programme, read once its expedition is locked: the checks look at the whole expedition (a mandatary's picks
 * across programmes), so its edits, picks and answers take turns.
 */
async function findProgramme(tx: Tx, member: Member, programmeId: string) {
  const found = await tx.programme.findFirst({
    where: inTenant(member, { id: programmeId }),
    select: { expeditionId: true },
  });
  if (!found) throw new UserError("notFound");
  await lockExpedition(tx, member, found.expeditionId, "exclusive");
  const programme = await tx.programme.findFirst({
    where: inTenant(member, { id: programmeId }),
    include: programmeInclude,
  });
  if (!programme) throw new UserError("notFound");
  return programme;
}

/** The participants a concept plans for: the invited who did not decline, else every mandatary. */
async function participants(tx: Tx, member: Member, expeditionId: string) {
  const invited = await tx.mandatary.findMany({
    where: inTenant(member, { invitations: { some: { expeditionId, status: { not: "DECLINED" as const } } } }),
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
  if (invited.length > 0) return invited;
  return tx.mandatary.findMany({ where: inTenant(member), orderBy: [{ lastName: "asc" }, { firstName: "asc" }] });
}

/** A new day programme, pre-filled by its concept. */
export async function createProgramme(member: Member, input: z.output<typeof newProgrammeSchema>) {
  return prisma.$transaction(async (tx) => {
    // Its day must stay within the expedition's days, which an expedition edit may change.
    await lockExpedition(tx, member, input.expeditionId, "exclusive");
    const expedition = await tx.expedition.findFirst({
      where: inTenant(member, { id: input.expeditionId }),
      include: { organization: { select: { portfolioKeywords: true } } },
    });
    if (!expedition) throw new UserError("notFound");
    const day = parseDay(input.day);
    if (day < expedition.firstDay || day > expedition.lastDay) throw new UserError("dayOutsideExpedition", {}, "day");
    const found = await tx.careService.findMany({ where: inTenant(member, { id: { in: input.serviceIds } }) });
    if (found.length !== new Set(input.serviceIds).size) throw new UserError("serviceRequired", {}, "serviceIds");
    // In the order the coordinator ticked them (the form lists them in the order they are visited).
    const services = input.serviceIds.map((id) => found.find((s) => s.id === id)!);
    const draft = draftForConcept(
      {
        concept: input.concept,
        kind: input.kind,
        start: minutesOf(input.startTime),
        services: services.map((s) => ({ ...s, point: { latitude: s.latitude, longitude: s.longitude } })),
        mandataries: ["SPEED_DATE", "JOB_SWAP"].includes(input.concept)
          ? await participants(tx, member, expedition.id)
          : [],
        keywords: readPortfolioKeywords(expedition.organization.portfolioKeywords),
        roundMinutes: input.roundMinutes,
        wholeDay: input.wholeDay,
      },
      // Stored stop titles are Dutch, like the rest of the organization's data.
      translator("programme.conceptStops"),
    );
    if (draft.stops.some((stop) => stop.end > MIDNIGHT)) throw new UserError("conceptPastMidnight", {}, "startTime");
    const programme = await tx.programme.create({
      data: {
        organizationId: member.organizationId,
        expeditionId: expedition.id,
        name: input.name,
        day,
        kind: draft.kind,
        concept: input.concept,
        travelMode: draft.travelMode,
      },
    });
    const byId = new Map(services.map((s) => [s.id, s]));
    const stops = await tx.stop.createManyAndReturn({
      data: draft.stops.map((stop) => {
        const venue = stop.venueId ? byId.get(stop.venueId)! : null;
        return {
          organizationId: member.organizationId,
          programmeId: programme.id,
          kind: stop.kind,
          serviceId: stop.serviceId,
          title: stop.title,
          ...(venue && {
            placeName: venue.name,
            street: venue.street,
            postalCode: venue.postalCode,
            city: venue.city,
            latitude: venue.latitude,
            longitude: venue.longitude,
          }),
          startsAt: instantOn(input.day, stop.start),
          endsAt: instantOn(input.day, stop.end),
          activity: stop.activity,
          handsOnTask: stop.handsOnTask,
          isOption: stop.isOption,
          capacity: stop.capacity,
        };
      }),
      select: { id: true },
    });
    if (draft.picks.length > 0) {
      await tx.stopChoice.createMany({
        data: draft.picks.map((pick) => ({
          organizationId: member.organizationId,
          stopId: stops[pick.stop]!.id,
          mandataryId: pick.mandataryId,
        })),
      });
    }
    return { programme, unassigned: draft.unassigned.length };
  });
}

/** Adds or edits a stop. Refused when it adds an error the checks find, unless the coordinator says so. */
export async function saveStop(member: Member, input: z.output<typeof stopSchema>) {
  return prisma.$transaction(async (tx) => {
    const programme = await findProgramme(tx, member, input.programmeId);
    const existing = input.stopId ? programme.stops.find((stop) => stop.id === input.stopId) : null;
    if (input.stopId && !existing) throw new UserError("notFound");
    if (input.serviceId) {
      const service = await tx.careService.findFirst({ where: inTenant(member, { id: input.serviceId }) });
      if (!service) throw new UserError("serviceRequired", {}, "serviceId");
    }
    await claimVersion(tx, member, programme.id, input.version);
    const before = await expeditionFindings(tx, member, programme.expeditionId);
    const day = dayKey(programme.day);
    const option = programme.kind === "CHOICE" && input.isOption;
    const data = {
      kind: input.kind,
      serviceId: input.serviceId,
      title: input.title,
      placeName: input.placeName,
      street: input.street,
      postalCode: input.postalCode,
      city: input.city,
      latitude: input.latitude,
      longitude: input.longitude,
      startsAt: brusselsInstant(day, input.startTime),
      endsAt: brusselsInstant(day, input.endTime),
      activity: input.activity,
      handsOnTask: input.handsOnTask,
      welcomedBy: input.welcomedBy,
      userParticipation: input.userParticipation,
      notes: input.notes,
      isOption: option,
      capacity: option ? input.capacity : null,
      travelMode: input.travelMode,
      travelMinutes: input.travelMinutes,
    };
    const stop = existing
      ? await tx.stop.update({ where: { id: existing.id }, data })
      : await tx.stop.create({ data: { ...data, organizationId: member.organizationId, programmeId: programme.id } });
    if (existing && input.shiftLater) {
      const plan = toPlanProgramme(programme, null);
      const edited = { start: minutesOnDay(stop.startsAt, day), end: minutesOnDay(stop.endsAt, day) };
      const shifted = shiftLater(plan.stops, stop.id, edited.start, edited.end);
      if (shifted.some((s) => s.end > MIDNIGHT)) throw new UserError("shiftPastMidnight", {}, "endTime");
      await updateTimes(tx, plan, shifted, day, stop.id);
    }
    const after = await expeditionFindings(tx, member, programme.expeditionId);
    const added = newErrors(before, after);
    if (added.length > 0 && !input.saveAnyway) throw new ChecksRefused(added);
    return { stop, findings: after.filter((f) => !f.programmeId || f.programmeId === programme.id) };
  });
}

/** Writes the times that changed (other than `skip`, already written). */
async function updateTimes(
  tx: Tx,
  before: PlanProgramme,
  after: { id: string; start: number; end: number }[],
  day: string,
  skip?: string,
) {
  const old = new Map(before.stops.map((stop) => [stop.id, stop]));
  for (const stop of after) {
    const was = old.get(stop.id);
    if (stop.id === skip || !was || (was.start === stop.start && was.end === stop.end)) continue;
    await tx.stop.update({
      where: { id: stop.id },
      data: { startsAt: instantOn(day, stop.start), endsAt: instantOn(day, stop.end) },
    });
  }
}

/** Swaps a stop with the one before or after it; the pair keeps its window and the gap between them. */
export async function moveStop(member: Member, input: z.output<typeof moveStopSchema>) {
  return prisma.$transaction(async (tx) => {
    const stop = await tx.stop.findFirst({ where: inTenant(member, { id: input.stopId }) });
    if (!stop) throw new UserError("notFound");
    const programme = await findProgramme(tx, member, stop.programmeId);
    await claimVersion(tx, member, programme.id, input.version);
    const plan = toPlanProgramme(programme, null);
    await updateTimes(tx, plan, movedStops(plan.stops, stop.id, input.direction), dayKey(programme.day));
    return programme;
  });
}

export async function removeStop(member: Member, input: z.output<typeof removeStopSchema>) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.stop.findFirst({
      where: inTenant(member, { id: input.stopId }),
      select: { programme: { select: { expeditionId: true } } },
    });
    if (!found) throw new UserError("notFound");
    // Picks are counted once answers and the coordinator's picks wait: none can land on the stop as it goes.
    await lockExpedition(tx, member, found.programme.expeditionId, "exclusive");
    const stop = await tx.stop.findFirst({
      where: inTenant(member, { id: input.stopId }),
      include: { _count: { select: { choices: true } } },
    });
    if (!stop) throw new UserError("notFound");
    await claimVersion(tx, member, stop.programmeId, input.version);
    const picks = stop._count.choices;
    if (picks > 0 && !input.confirm) throw new UserError("removeStopHasPicks", { count: picks }, "confirm");
    await tx.stop.delete({ where: { id: stop.id } });
    return stop;
  });
}

/** Name, day, kind, mode, group and notes. A new day moves every stop along, at the same clock times. */
export async function updateProgrammeSettings(member: Member, input: z.output<typeof programmeSettingsSchema>) {
  return prisma.$transaction(async (tx) => {
    const programme = await findProgramme(tx, member, input.programmeId);
    const expedition = await tx.expedition.findFirstOrThrow({
      where: inTenant(member, { id: programme.expeditionId }),
    });
    const day = parseDay(input.day);
    if (day < expedition.firstDay || day > expedition.lastDay) throw new UserError("dayOutsideExpedition", {}, "day");
    await claimVersion(tx, member, programme.id, input.version);
    await tx.programme.update({
      where: { id: programme.id },
      data: {
        name: input.name,
        day,
        kind: input.kind,
        travelMode: input.travelMode,
        groupSize: input.groupSize,
        notes: input.notes,
      },
    });
    const from = dayKey(programme.day);
    if (from !== input.day) {
      for (const stop of programme.stops) {
        await tx.stop.update({
          where: { id: stop.id },
          data: {
            startsAt: instantOn(input.day, minutesOnDay(stop.startsAt, from)),
            endsAt: instantOn(input.day, minutesOnDay(stop.endsAt, from)),
          },
        });
      }
    }
    return programme;
  });
}

export async function removeProgramme(member: Member, input: z.output<typeof removeProgrammeSchema>) {
  return prisma.$transaction(async (tx) => {
    const programme = await findProgramme(tx, member, input.programmeId);
    await claimVersion(tx, member, programme.id, input.version);
    // Mandataries invited to just this programme would otherwise find themselves invited to all of them.
    const invited = await tx.invitation.count({ where: inTenant(member, { programmeId: programme.id }) });
    if (invited > 0) throw new UserError("programmeHasInvitations", { count: invited });
    await tx.programme.delete({ where: { id: programme.id } });
    return programme;
  });
}

/**
 * Replaces a mandatary's picks of the expedition's options, inside the caller's transaction. Refused when an
 * option it newly takes is full or the picks clash (two places at once, no time to travel): only what this change
 * adds is refused. `allowed` narrows the options that may be picked (an invitation for one programme).
 */
export async function replacePicks(
  tx: Tx,
  tenant: { organizationId: string },
  expeditionId: string,
  mandataryId: string,
  stopIds: readonly string[],
  allowed: (option: { programmeId: string }) => boolean = () => true,
) {
  const options = (
    await tx.stop.findMany({
      where: inTenant(tenant, { isOption: true, programme: { expeditionId, kind: "CHOICE" as const } }),
      select: { id: true, programmeId: true },
    })
  ).filter(allowed);
  const chosen = [...new Set(stopIds)];
  if (chosen.some((id) => !options.some((option) => option.id === id))) throw new UserError("notFound");
  // The expedition first, as every programme edit does; then the options, so two people cannot take the last seat.
  const expedition = await lockExpedition(tx, tenant, expeditionId, "exclusive");
  await lockStops(tx, expedition, chosen);
  const before = await loadExpeditionPlan(tenant, expeditionId, tx);
  if (!before) throw new UserError("notFound");
  const picked = before.mandataries.find((m) => m.id === mandataryId);
  // Picks move no stop: the legs read now hold for the check after the change too.
  const routes = await storedRoutes(tx, before.programmes);
  const clashesBefore = picked ? scheduleConflicts(picked, before.programmes, routes) : [];
  await tx.stopChoice.deleteMany({
    where: inTenant(tenant, { mandataryId, stopId: { in: options.map((o) => o.id) } }),
  });
  await tx.stopChoice.createMany({
    data: chosen.map((stopId) => ({ organizationId: tenant.organizationId, stopId, mandataryId })),
  });
  const plan = (await loadExpeditionPlan(tenant, expeditionId, tx))!;
  const kept = new Set(picked?.picks ?? []);
  // The new picks are counted in chosenBy now; an option someone already had stays theirs.
  const full = plan.programmes
    .flatMap((programme) => programme.stops)
    .find(
      (stop) => chosen.includes(stop.id) && !kept.has(stop.id) && freePlaces(stop.capacity, stop.chosenBy, true).full,
    );
  if (full) throw new UserError("optionFull", { option: full.label, capacity: full.capacity! });
  const person = plan.mandataries.find((m) => m.id === mandataryId);
  // Without picks (and not invited) the mandatary is not in the plan: nothing can clash.
  const clashes = person ? newErrors(clashesBefore, scheduleConflicts(person, plan.programmes, routes)) : [];
  if (clashes.length > 0) throw new ChecksRefused(clashes);
}

/** The coordinator records a mandatary's picks (a phone call, a paper form). */
export async function savePicks(member: Member, input: z.output<typeof picksSchema>) {
  return prisma.$transaction(async (tx) => {
    const mandatary = await tx.mandatary.findFirst({ where: inTenant(member, { id: input.mandataryId }) });
    if (!mandatary) throw new UserError("notFound");
    await replacePicks(tx, member, input.expeditionId, mandatary.id, input.stopIds);
    return mandatary;
  });
}
