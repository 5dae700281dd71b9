// Reminders, put in the outbox by the scheduler every minute: those who come get their programme and the
// practical arrangements `reminderDays` before the first day; those who have not answered are reminded
// `deadlineReminderDays` before the deadline. Each goes out once: its idempotency key is per invitation,
// and enqueueMail writes a key at most once, however many app instances run this at the same moment.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { MAX_REMINDER_DAYS } from "@/lib/expeditions/schemas";
import { enqueueMail } from "@/lib/mail/outbox";
import { brusselsInstant, dayKey } from "@/lib/time";
import { deadlineReminderMail, reminderMail } from "./mails";
import { expeditionForMail, linkForLaterMail, mailData, stopsFor } from "./personal";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Reminders before the visit go out in the morning, not at midnight. */
const REMINDER_TIME = "09:00";

/** When the reminder before the visit is due: `days` before the first day, at 09:00 in Brussels. */
export function visitReminderAt(firstDay: Date, days: number): Date {
  return brusselsInstant(dayKey(new Date(firstDay.getTime() - days * DAY_MS)), REMINDER_TIME);
}

/** When the reminder to answer is due: `days` before the deadline. */
export function deadlineReminderAt(deadline: Date, days: number): Date {
  return new Date(deadline.getTime() - days * DAY_MS);
}

/** Queues the reminders that are due at `now`; returns how many it wrote. */
export async function enqueueReminders(prisma: PrismaClient, now: Date): Promise<number> {
  const expeditions = await prisma.expedition.findMany({
    // Expeditions still to come whose reminders may be due: reminder days are at most MAX_REMINDER_DAYS.
    where: {
      firstDay: { gte: new Date(now.getTime() - DAY_MS) },
      OR: [
        { firstDay: { lte: new Date(now.getTime() + (MAX_REMINDER_DAYS + 1) * DAY_MS) } },
        { rsvpDeadline: { lte: new Date(now.getTime() + (MAX_REMINDER_DAYS + 1) * DAY_MS) } },
      ],
    },
    include: {
      ...expeditionForMail,
      invitations: { where: { status: { not: "DECLINED" } }, include: { mandatary: true } },
    },
  });
  let written = 0;
  for (const expedition of expeditions) {
    const start = brusselsInstant(dayKey(expedition.firstDay), "00:00");
    const visitDue =
      expedition.reminderDays > 0 &&
      now >= visitReminderAt(expedition.firstDay, expedition.reminderDays) &&
      now < start;
    const deadlineFrom = deadlineReminderAt(expedition.rsvpDeadline, expedition.deadlineReminderDays);
    const deadlineDue = expedition.deadlineReminderDays > 0 && now >= deadlineFrom && now < expedition.rsvpDeadline;
    if (!visitDue && !deadlineDue) continue;
    const choices = await prisma.stopChoice.findMany({
      where: { organizationId: expedition.organizationId, stop: { programme: { expeditionId: expedition.id } } },
      select: { stopId: true, mandataryId: true },
    });
    const visitFrom = visitReminderAt(expedition.firstDay, expedition.reminderDays);
    const keyOf = (invitation: { id: string; status: string }) =>
      `${invitation.status === "PENDING" ? "deadline-reminder" : "reminder"}:${invitation.id}`;
    // Who answered within the reminder period just got their confirmation: no reminder on top of it.
    const due = expedition.invitations.filter((invitation) =>
      invitation.status === "PENDING"
        ? deadlineDue && invitation.sentAt < deadlineFrom
        : visitDue && (invitation.respondedAt ?? invitation.sentAt) < visitFrom,
    );
    // Reminders already queued are not rendered again every minute (their keys would refuse them anyway).
    const queued = new Set(
      (
        await prisma.outboxMessage.findMany({
          where: { idempotencyKey: { in: due.map(keyOf) } },
          select: { idempotencyKey: true },
        })
      ).map((m) => m.idempotencyKey),
    );
    for (const invitation of due) {
      if (queued.has(keyOf(invitation))) continue;
      const pending = invitation.status === "PENDING";
      const picks = new Set(choices.filter((c) => c.mandataryId === invitation.mandataryId).map((c) => c.stopId));
      const link = await linkForLaterMail(prisma, invitation);
      const data = mailData(expedition, invitation.mandatary, link, stopsFor(expedition, invitation, picks));
      const wrote = await enqueueMail(prisma, {
        organizationId: expedition.organizationId,
        idempotencyKey: keyOf(invitation),
        kind: pending ? "deadline-reminder" : "reminder",
        to: invitation.mandatary.email,
        expeditionId: expedition.id,
        invitationId: invitation.id,
        ...(pending ? deadlineReminderMail(data) : reminderMail(data)),
      });
      if (wrote) written++;
    }
  }
  return written;
}
