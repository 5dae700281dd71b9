import { prisma } from "@/lib/db";
import { lockService } from "@/lib/db/locks";
import type { Member } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { geocode } from "./geocoder";
import { getService } from "./queries";
import {
  MAX_FIGURES,
  MAX_STORIES,
  type CareStoryInput,
  type KeyFigureInput,
  type ServiceInput,
  type SheetInput,
} from "./schemas";
import { parseDay } from "@/lib/time";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Typed coordinates win; otherwise the address is geocoded (when a geocoder is configured). */
async function withCoordinates(input: ServiceInput) {
  if (input.latitude !== null && input.longitude !== null) {
    return { ...input, latitude: input.latitude, longitude: input.longitude };
  }
  const found = await geocode(input);
  if (!found) throw new UserError("coordinatesNeeded", {}, "latitude");
  return { ...input, ...found };
}

export async function createService(member: Member, input: ServiceInput) {
  // Geocoding happens before the transaction: no outside call while rows are locked.
  const data = await withCoordinates(input);
  return prisma.$transaction((tx) =>
    tx.careService.create({ data: { ...data, organizationId: member.organizationId } }),
  );
}

/** Inside a transaction: the service if this member may edit it, else "not found" (also for other tenants). */
async function editableService(tx: Prisma.TransactionClient, member: Member, serviceId: string) {
  // getService applies the tenant and, for a service contact, their own services only.
  const service = await getService(member, serviceId, tx);
  if (!service) throw new UserError("notFound");
  // Sheet items are counted and numbered per service: two saves at once take turns.
  await lockService(tx, service.id);
  return service;
}

export async function updateService(member: Member, serviceId: string, input: ServiceInput) {
  // No call to the geocoder on behalf of someone who may not edit this service.
  if (!(await getService(member, serviceId))) throw new UserError("notFound");
  const data = await withCoordinates(input);
  return prisma.$transaction(async (tx) => {
    await editableService(tx, member, serviceId);
    return tx.careService.update({ where: { id: serviceId }, data });
  });
}

export async function updateSheet(member: Member, serviceId: string, input: SheetInput) {
  return prisma.$transaction(async (tx) => {
    await editableService(tx, member, serviceId);
    return tx.careService.update({ where: { id: serviceId }, data: input });
  });
}

function figureData(input: KeyFigureInput) {
  return { ...input, referenceDate: input.referenceDate ? parseDay(input.referenceDate) : null };
}

/** Adds (figureId null) or changes a key figure of a service the member may edit. */
export async function saveKeyFigure(member: Member, serviceId: string, figureId: string | null, input: KeyFigureInput) {
  return prisma.$transaction(async (tx) => {
    await editableService(tx, member, serviceId);
    if (figureId) {
      const { count } = await tx.keyFigure.updateMany({ where: { id: figureId, serviceId }, data: figureData(input) });
      if (count === 0) throw new UserError("notFound");
      return;
    }
    const existing = await tx.keyFigure.count({ where: { serviceId } });
    if (existing >= MAX_FIGURES) throw new UserError("tooManyFigures", { max: MAX_FIGURES });
    await tx.keyFigure.create({
      data: { ...figureData(input), serviceId, organizationId: member.organizationId, position: existing },
    });
  });
}

export async function saveCareStory(member: Member, serviceId: string, storyId: string | null, input: CareStoryInput) {
  // A name is only ever stored with consent (the schema refuses a name without it).
  const data = { ...input, tellerName: input.nameConsent ? input.tellerName : "" };
  return prisma.$transaction(async (tx) => {
    await editableService(tx, member, serviceId);
    if (storyId) {
      const { count } = await tx.careStory.updateMany({ where: { id: storyId, serviceId }, data });
      if (count === 0) throw new UserError("notFound");
      return;
    }
    const existing = await tx.careStory.count({ where: { serviceId } });
    if (existing >= MAX_STORIES) throw new UserError("tooManyStories", { max: MAX_STORIES });
    await tx.careStory.create({
      data: { ...data, serviceId, organizationId: member.organizationId, position: existing },
    });
  });
}

export async function removeSheetItem(member: Member, serviceId: string, kind: "figure" | "story", itemId: string) {
  return prisma.$transaction(async (tx) => {
    await editableService(tx, member, serviceId);
    const where = { id: itemId, serviceId };
    const { count } =
      kind === "figure" ? await tx.keyFigure.deleteMany({ where }) : await tx.careStory.deleteMany({ where });
    if (count === 0) throw new UserError("notFound");
  });
}
