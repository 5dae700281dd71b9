// Change notices: after invitations went out, the programme changed. Who is affected is found by comparing
// each person's programme now with what their last mail showed; the coordinator confirms, they get an update.
import { prisma } from "@/lib/db";
import { lockExpedition } from "@/lib/db/locks";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { UserError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { calendarAttachments } from "./calendar-files";
import { programmeUpdateMail } from "./mails";
import {
  calendarMessage,
  getExpeditionForMail,
  linkForLaterMail,
  loadExpeditionForMail,
  mailData,
  stopsFor,
  type ExpeditionForMail,
} from "./personal";
import { eventChanges, hasChanges, personalEvents, readMailedEvents } from "./personal-programme";

type Db = Pick<Prisma.TransactionClient, "stopChoice">;

async function affected(
  db: Db,
  member: Member,
  expeditionId: string,
  expedition: Awaited<ReturnType<typeof loadExpeditionForMail>>,
) {
  if (!expedition) throw new UserError("notFound");
  const choices = await db.stopChoice.findMany({
    where: inTenant(member, { stop: { programme: { expeditionId } } }),
    select: { stopId: true, mandataryId: true },
  });
  // Who declined has nothing in their calendar to update.
  const people = expedition.invitations.flatMap((invitation) => {
    if (invitation.status === "DECLINED") return [];
    const picks = new Set(choices.filter((c) => c.mandataryId === invitation.mandataryId).map((c) => c.stopId));
    const stops = stopsFor(expedition, invitation, picks);
    const now = personalEvents(invitation.id, stops);
    const changes = eventChanges(readMailedEvents(invitation.mailedEvents), now);
    return hasChanges(changes) ? [{ invitation, stops, events: now, changes }] : [];
  });
  return { expedition: expedition as ExpeditionForMail, people };
}

/** The invited mandataries (who did not decline) whose programme is no longer what their last mail said. */
export async function programmeChanges(member: Member, expeditionId: string) {
  return (await affected(prisma, member, expeditionId, await getExpeditionForMail(member, expeditionId))).people;
}

/**
 * Sends the chosen affected mandataries an update: what changed and their programme now; to those who come, with
 * the calendar updated (REQUEST, a higher SEQUENCE) and what fell away cancelled (CANCEL). Returns how many.
 */
export async function sendChangeNotices(member: Member, expeditionId: string, invitationIds: string[]) {
  return prisma.$transaction(
    async (tx) => {
      // Programme edits and answers of this expedition take turns with this, so what is compared stays put.
      await lockExpedition(tx, member, expeditionId, "exclusive");
      const { expedition, people } = await affected(
        tx,
        member,
        expeditionId,
        await loadExpeditionForMail(tx, member, expeditionId),
      );
      const chosen = people.filter((p) => invitationIds.includes(p.invitation.id));
      if (chosen.length === 0) throw new UserError("noChangesToSend");
      const now = new Date();
      for (const { invitation, stops, events, changes } of chosen) {
        const coming = invitation.status !== "PENDING";
        // Raised for everyone (a calendar that comes later starts above it): every notice has a key of its own.
        const sequence = invitation.calendarSequence + 1;
        const cancel = coming && invitation.calendarSequence > 0 ? changes.removed : [];
        await tx.invitation.update({
          where: { id: invitation.id },
          data: { mailedEvents: events, calendarSequence: sequence },
        });
        await enqueueMail(tx, {
          organizationId: invitation.organizationId,
          idempotencyKey: `programme-update:${invitation.id}:${sequence}`,
          kind: "programme-update",
          to: invitation.mandatary.email,
          expeditionId: expedition.id,
          invitationId: invitation.id,
          attachments: coming
            ? calendarAttachments(
                calendarMessage(expedition, invitation.mandatary, {
                  sequence,
                  now,
                  request: events,
                  cancel,
                  answer: invitation.status,
                }),
              )
            : [],
          ...programmeUpdateMail(
            mailData(expedition, invitation.mandatary, await linkForLaterMail(tx, invitation), stops),
            changes,
            coming ? "update" : "none",
          ),
        });
      }
      return chosen.length;
      // Up to every invitation of the expedition, each mail rendered: more than Prisma's default 5 s may be needed.
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
