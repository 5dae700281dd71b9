import { prisma } from "@/lib/db";
import { lockExpedition } from "@/lib/db/locks";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { UserError } from "@/lib/errors";
import { linkExpiry } from "@/lib/invitations/rsvp-window";
import { brusselsInstant, parseDay } from "@/lib/time";
import { AFTERCARE_DAYS, type ExpeditionInput } from "./schemas";
import { addDays } from "date-fns";

function toData(input: ExpeditionInput) {
  return {
    title: input.title,
    firstDay: parseDay(input.firstDay),
    lastDay: parseDay(input.lastDay),
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone,
    practicalNotes: input.practicalNotes,
    rsvpDeadline: brusselsInstant(input.rsvpDeadlineDay, input.rsvpDeadlineTime),
    aftercareEndsOn: input.aftercareEndsOn
      ? parseDay(input.aftercareEndsOn)
      : addDays(parseDay(input.lastDay), AFTERCARE_DAYS),
    videoUrl: input.videoUrl,
    reminderDays: input.reminderDays,
    deadlineReminderDays: input.deadlineReminderDays,
  };
}

export async function createExpedition(member: Member, input: ExpeditionInput) {
  return prisma.$transaction((tx) =>
    tx.expedition.create({ data: { ...toData(input), organizationId: member.organizationId } }),
  );
}

export async function updateExpedition(member: Member, expeditionId: string, input: ExpeditionInput) {
  return prisma.$transaction(async (tx) => {
    // Its days and deadline are what programme edits and answers check against: they take turns with this.
    await lockExpedition(tx, member, expeditionId, "exclusive");
    const existing = await tx.expedition.findFirst({
      where: inTenant(member, { id: expeditionId }),
      include: { programmes: { orderBy: [{ day: "asc" }, { createdAt: "asc" }] } },
    });
    if (!existing) throw new UserError("notFound");
    const outside = existing.programmes.find(
      (p) => p.day < parseDay(input.firstDay) || p.day > parseDay(input.lastDay),
    );
    if (outside) throw new UserError("programmeOutsideDays", { name: outside.name }, "firstDay");
    // Personal links expire after the expedition, wherever it moved.
    await tx.invitation.updateMany({
      where: { expeditionId: existing.id },
      data: { tokenExpiresAt: linkExpiry(parseDay(input.lastDay)) },
    });
    return tx.expedition.update({ where: { id: existing.id }, data: toData(input) });
  });
}
