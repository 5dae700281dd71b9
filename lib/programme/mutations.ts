import { prisma } from "@/lib/db";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { UserError } from "@/lib/errors";
import { brusselsInstant, dayKey, formatTime, parseDay } from "@/lib/time";
import type { z } from "zod";
import type { programmeSchema, stopSchema } from "./schemas";
import { overlappingStops } from "./timing";

export async function createProgramme(member: Member, input: z.output<typeof programmeSchema>) {
  return prisma.$transaction(async (tx) => {
    const expedition = await tx.expedition.findFirst({ where: inTenant(member, { id: input.expeditionId }) });
    if (!expedition) throw new UserError("notFound");
    const day = parseDay(input.day);
    if (day < expedition.firstDay || day > expedition.lastDay) throw new UserError("dayOutsideExpedition", {}, "day");
    return tx.programme.create({
      data: { organizationId: member.organizationId, expeditionId: expedition.id, name: input.name, day },
    });
  });
}

export async function addStop(member: Member, input: z.output<typeof stopSchema>) {
  return prisma.$transaction(async (tx) => {
    const programme = await tx.programme.findFirst({
      where: inTenant(member, { id: input.programmeId }),
      include: { stops: { include: { service: true } } },
    });
    if (!programme) throw new UserError("notFound");
    const service = await tx.careService.findFirst({ where: inTenant(member, { id: input.serviceId }) });
    if (!service) throw new UserError("serviceRequired", {}, "serviceId");
    const day = dayKey(programme.day);
    const startsAt = brusselsInstant(day, input.startTime);
    const endsAt = brusselsInstant(day, input.endTime);
    const clash = overlappingStops(
      programme.stops.map((s) => ({ ...s, label: s.service.name })),
      startsAt,
      endsAt,
    )[0];
    if (clash) {
      throw new UserError(
        "stopOverlaps",
        { service: clash.label, start: formatTime(clash.startsAt), end: formatTime(clash.endsAt) },
        "startTime",
      );
    }
    return tx.stop.create({
      data: {
        organizationId: member.organizationId,
        programmeId: programme.id,
        serviceId: service.id,
        startsAt,
        endsAt,
        activity: input.activity,
      },
    });
  });
}

export async function removeStop(member: Member, stopId: string) {
  return prisma.$transaction(async (tx) => {
    const stop = await tx.stop.findFirst({ where: inTenant(member, { id: stopId }) });
    if (!stop) throw new UserError("notFound");
    await tx.stop.delete({ where: { id: stop.id } });
    return stop;
  });
}
