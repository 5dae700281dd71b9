import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { lockExpedition, lockInvitation } from "@/lib/db/locks";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { UserError } from "@/lib/errors";
import { appUrl } from "@/lib/env";
import { enqueueMail } from "@/lib/mail/outbox";
import { replacePicks } from "@/lib/programme/mutations";
import { hashToken } from "@/lib/tokens";
import { calendarAttachments } from "./calendar-files";
import { rolesOfGroups } from "./groups";
import { invitationToken } from "./links";
import { confirmationMail, invitationMail, type Answer } from "./mails";
import { personalEvents, readMailedEvents } from "./personal-programme";
import {
  calendarMessage,
  expeditionForMail,
  mailData,
  personalLink,
  picksOf,
  stopsFor,
  type ExpeditionForMail,
} from "./personal";
import { linkExpiry, rsvpWindow } from "./rsvp-window";
import type { rsvpSchema, sendInvitationsSchema } from "./schemas";
import type { z } from "zod";

type Tx = Prisma.TransactionClient;
export type InvitationRound = z.output<typeof sendInvitationsSchema>;

// Prisma gives a transaction 2 s to get a connection and 5 s to run. A round of up to 500 invitations writes and
// renders every mail in one transaction, and at a deadline many answers wait for the pool at once (bench/rsvp-load.ts):
// both get more room, so a busy moment is slower rather than refused.
const ROUND_TRANSACTION = { maxWait: 10_000, timeout: 120_000 };
const ANSWER_TRANSACTION = { maxWait: 15_000, timeout: 20_000 };

/**
 * Writes the invitation (new, or with a new personal link that revokes the one before) and puts the invitation
 * mail in the outbox.
 */
async function mailInvitation(
  tx: Tx,
  expedition: ExpeditionForMail,
  invitation: { id: string; linkVersion: number; programmeId: string | null; status: string; mandataryId: string },
  mandatary: { id: string; firstName: string; lastName: string; email: string },
  batchId: string,
) {
  // Someone who answered already gets their own programme with the new link; what their calendar holds stays.
  const pending = invitation.status === "PENDING";
  const picks = pending
    ? new Set<string>()
    : await picksOf(tx, { ...invitation, organizationId: expedition.organizationId, expeditionId: expedition.id });
  const stops = stopsFor(expedition, invitation, picks);
  const link = {
    linkVersion: invitation.linkVersion,
    tokenHash: hashToken(invitationToken(invitation)),
    tokenExpiresAt: linkExpiry(expedition.lastDay),
    ...(pending ? { mailedEvents: personalEvents(invitation.id, stops) } : {}),
    sentAt: new Date(),
  };
  await tx.invitation.upsert({
    where: { id: invitation.id },
    update: link,
    create: {
      ...link,
      id: invitation.id,
      organizationId: expedition.organizationId,
      expeditionId: expedition.id,
      mandataryId: invitation.mandataryId,
      programmeId: invitation.programmeId,
    },
  });
  await enqueueMail(tx, {
    organizationId: expedition.organizationId,
    idempotencyKey: `invitation:${invitation.id}:${invitation.linkVersion}`,
    kind: "invitation",
    to: mandatary.email,
    expeditionId: expedition.id,
    invitationId: invitation.id,
    batchId,
    ...invitationMail(mailData(expedition, mandatary, personalLink(invitation), stops)),
  });
}

async function loadExpedition(tx: Tx, member: Member, expeditionId: string, programmeId: string | null) {
  const expedition = await tx.expedition.findFirst({
    where: inTenant(member, { id: expeditionId }),
    include: expeditionForMail,
  });
  if (!expedition) throw new UserError("notFound");
  if (programmeId && !expedition.programmes.some((p) => p.id === programmeId)) throw new UserError("notFound");
  const programmes = expedition.programmes.filter((p) => !programmeId || p.id === programmeId);
  if (!programmes.some((p) => p.stops.length > 0)) throw new UserError("noProgrammeYet");
  return expedition;
}

/** The mandataries an invitation round is for: the ones ticked and everyone in the ticked groups. */
async function recipients(tx: Tx, member: Member, input: InvitationRound) {
  const ids = new Set(input.mandataryIds);
  const mandataries = await tx.mandatary.findMany({
    where: inTenant(member, { OR: [{ id: { in: [...ids] } }, { role: { in: rolesOfGroups(input.groups) } }] }),
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
  const found = new Set(mandataries.map((m) => m.id));
  if ([...ids].some((id) => !found.has(id))) throw new UserError("notFound");
  if (mandataries.length === 0) throw new UserError("selectRecipients", {}, "mandataryIds");
  return mandataries;
}

/**
 * Invites the chosen mandataries who were not invited yet, for the whole expedition or one programme. The mails
 * share a batch, whose page shows how sending goes.
 */
export async function sendInvitations(
  member: Member,
  expeditionId: string,
  mandataryIds: string[],
  round: Partial<Pick<InvitationRound, "programmeId" | "groups">> = {},
) {
  const input: InvitationRound = { expeditionId, mandataryIds, programmeId: null, groups: [], ...round };
  return prisma.$transaction(async (tx) => {
    // The mails show the programme as it is: edits and change notices wait, or are waited for.
    await lockExpedition(tx, member, input.expeditionId, "shared");
    const expedition = await loadExpedition(tx, member, input.expeditionId, input.programmeId);
    const mandataries = await recipients(tx, member, input);
    const already = new Set(
      (
        await tx.invitation.findMany({
          where: { expeditionId: expedition.id, mandataryId: { in: mandataries.map((m) => m.id) } },
        })
      ).map((i) => i.mandataryId),
    );
    const batchId = randomUUID();
    let invited = 0;
    for (const mandatary of mandataries) {
      if (already.has(mandatary.id)) continue;
      // The id is chosen here: the link's token is derived from it.
      const invitation = {
        id: randomUUID(),
        linkVersion: 0,
        programmeId: input.programmeId,
        status: "PENDING",
        mandataryId: mandatary.id,
      };
      await mailInvitation(tx, expedition, invitation, mandatary, batchId);
      invited++;
    }
    return { batchId, invited, skipped: mandataries.length - invited };
  }, ROUND_TRANSACTION);
}

/** Sends a new link; the old one stops working at once. `batchId`: show it with the round it was part of. */
export async function resendInvitation(member: Member, invitationId: string, batchId?: string) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.invitation.findFirst({
      where: inTenant(member, { id: invitationId }),
      select: { expeditionId: true },
    });
    if (!found) throw new UserError("notFound");
    // Read once locked: an answer or a change notice meanwhile would otherwise be overwritten, or get the old link.
    const expedition = await lockExpedition(tx, member, found.expeditionId, "shared");
    await lockInvitation(tx, expedition, invitationId);
    const invitation = await tx.invitation.findFirst({
      where: inTenant(member, { id: invitationId }),
      include: { mandatary: true, expedition: { include: expeditionForMail } },
    });
    if (!invitation) throw new UserError("notFound");
    const next = { ...invitation, linkVersion: invitation.linkVersion + 1 };
    await mailInvitation(tx, invitation.expedition, next, invitation.mandatary, batchId ?? randomUUID());
    return invitation.mandatary;
  });
}

export type RsvpInput = Omit<z.output<typeof rsvpSchema>, "token">;

const COMING: readonly string[] = ["ACCEPTED", "MAYBE"];

const answeringInclude = {
  mandatary: true,
  expedition: { include: expeditionForMail },
} satisfies Prisma.InvitationInclude;

type AnsweredInvitation = Prisma.InvitationGetPayload<{ include: typeof answeringInclude }>;

/** An answer as it is stored: who does not come picks nothing and brings no one. */
interface NewAnswer {
  status: Answer;
  coming: boolean;
  picks: string[];
  companionName: string;
  note: string;
  dietaryNeeds: string;
  mobilityNeeds: string;
}

function newAnswer(input: RsvpInput): NewAnswer {
  const coming = COMING.includes(input.answer);
  return {
    status: input.answer,
    coming,
    picks: coming ? [...new Set(input.stopIds)].sort() : [],
    companionName: coming ? input.companionName : "",
    note: input.note,
    dietaryNeeds: input.dietaryNeeds,
    mobilityNeeds: input.mobilityNeeds,
  };
}

/** The invitation of the link, locked (after its expedition, lib/db/locks.ts) and read again with the token. */
async function findAndLockInvitation(tx: Tx, token: string): Promise<AnsweredInvitation> {
  const tokenHash = hashToken(token);
  const found = await tx.invitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      organizationId: true,
      expedition: { select: { id: true, programmes: { select: { kind: true } } } },
    },
  });
  if (!found) throw new UserError("linkInvalid");
  // Picks need the expedition exclusively (replacePicks); without a choice programme answers share it, so they run
  // side by side but never during a change notice or a programme edit.
  const choice = found.expedition.programmes.some((p) => p.kind === "CHOICE");
  const expedition = await lockExpedition(tx, found, found.expedition.id, choice ? "exclusive" : "shared");
  // Answers of one invitation take turns, so two identical ones at once see each other.
  const locked = await lockInvitation(tx, expedition, found.id);
  // Read again with the token: a new link sent meanwhile has revoked this one.
  const invitation = locked
    ? await tx.invitation.findFirst({ where: { id: found.id, tokenHash }, include: answeringInclude })
    : null;
  if (!invitation) throw new UserError("linkInvalid");
  return invitation;
}

function refuseOutsideWindow(invitation: AnsweredInvitation, now: Date) {
  const window = rsvpWindow(invitation, invitation.expedition.rsvpDeadline, now);
  if (window === "expired") throw new UserError("linkInvalid");
  if (window === "closed") throw new UserError("deadlinePassed");
}

/** The options this invitation may pick: of its programme, or of every choice programme. */
function inScopeOf(invitation: AnsweredInvitation) {
  return (option: { programmeId: string }) =>
    invitation.programmeId === null || option.programmeId === invitation.programmeId;
}

/** Whether the answer picks what is stored. Only the pickable options count (the coordinator may have noted others). */
async function samePicks(tx: Tx, invitation: AnsweredInvitation, answer: NewAnswer): Promise<boolean> {
  const inScope = inScopeOf(invitation);
  const pickable = new Set(
    invitation.expedition.programmes
      .filter((p) => p.kind === "CHOICE" && inScope({ programmeId: p.id }))
      .flatMap((p) => p.stops.filter((stop) => stop.isOption).map((stop) => stop.id)),
  );
  const before = new Set([...(await picksOf(tx, invitation))].filter((id) => pickable.has(id)));
  return answer.picks.length === before.size && answer.picks.every((id) => before.has(id));
}

/** Whether everything but the picks is as stored. */
function sameAnswer(invitation: AnsweredInvitation, answer: NewAnswer): boolean {
  return (
    invitation.status === answer.status &&
    invitation.companionName === answer.companionName &&
    invitation.note === answer.note &&
    !needsChanged(invitation.mandatary, answer)
  );
}

function needsChanged(mandatary: { dietaryNeeds: string; mobilityNeeds: string }, answer: NewAnswer): boolean {
  return mandatary.dietaryNeeds !== answer.dietaryNeeds || mandatary.mobilityNeeds !== answer.mobilityNeeds;
}

async function storeNeeds(tx: Tx, invitation: AnsweredInvitation, answer: NewAnswer, now: Date) {
  if (!needsChanged(invitation.mandatary, answer)) return;
  await tx.mandatary.update({
    where: { id: invitation.mandatary.id },
    data: { dietaryNeeds: answer.dietaryNeeds, mobilityNeeds: answer.mobilityNeeds, needsRecordedAt: now },
  });
}

/**
 * Stores the answer at the next revision, with the events the confirmation's calendar will hold. Returns what the
 * confirmation needs: the person's stops, those events, the ones their calendar held and loses, and the numbers.
 */
async function storeAnswer(tx: Tx, invitation: AnsweredInvitation, answer: NewAnswer, now: Date) {
  const stops = stopsFor(invitation.expedition, { ...invitation, status: answer.status }, new Set(answer.picks));
  const events = answer.coming ? personalEvents(invitation.id, stops) : [];
  // What their calendar holds from an earlier confirmation; what is no longer in it is cancelled.
  const inCalendar =
    COMING.includes(invitation.status) && invitation.calendarSequence > 0
      ? readMailedEvents(invitation.mailedEvents)
      : [];
  const cancel = inCalendar.filter((event) => !events.some((e) => e.uid === event.uid));
  const withCalendar = events.length + cancel.length > 0;
  const sequence = withCalendar ? invitation.calendarSequence + 1 : invitation.calendarSequence;
  const revision = invitation.answerRevision + 1;
  await tx.invitation.update({
    where: { id: invitation.id },
    data: {
      status: answer.status,
      note: answer.note,
      companionName: answer.companionName,
      respondedAt: now,
      answerRevision: revision,
      mailedEvents: events,
      calendarSequence: sequence,
    },
  });
  return { stops, events, cancel, withCalendar, sequence, revision };
}

/** Puts the confirmation of this revision in the outbox, with the link the answer came through. */
async function queueConfirmation(
  tx: Tx,
  invitation: AnsweredInvitation,
  token: string,
  answer: NewAnswer,
  stored: Awaited<ReturnType<typeof storeAnswer>>,
  now: Date,
) {
  const { expedition, mandatary } = invitation;
  const { stops, events, cancel, withCalendar, sequence, revision } = stored;
  await enqueueMail(tx, {
    organizationId: invitation.organizationId,
    idempotencyKey: `confirmation:${invitation.id}:${revision}`,
    kind: "confirmation",
    to: mandatary.email,
    expeditionId: expedition.id,
    invitationId: invitation.id,
    attachments: withCalendar
      ? calendarAttachments(
          calendarMessage(expedition, mandatary, { sequence, now, request: events, cancel, answer: answer.status }),
        )
      : [],
    // The link the answer came through: it works, whatever the secret is now.
    ...confirmationMail(mailData(expedition, mandatary, appUrl(`/rsvp/${token}`), stops), {
      status: answer.status,
      companionName: answer.companionName,
      note: answer.note,
      withCalendar,
    }),
  });
}

/**
 * The mandatary's answer through their personal link, until the deadline: accept, decline or maybe, the options
 * they pick, a companion, needs and a note. An answer that changes nothing stores nothing and sends nothing, so a
 * double submit is one answer with one confirmation. Each change gets a confirmation with the calendar.
 */
export async function answerInvitation(token: string, input: RsvpInput, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const invitation = await findAndLockInvitation(tx, token);
    refuseOutsideWindow(invitation, now);
    const answer = newAnswer(input);
    const picksKept = await samePicks(tx, invitation, answer);
    if (picksKept && sameAnswer(invitation, answer)) return { changed: false as const, status: invitation.status };

    if (!picksKept) {
      const { expedition, mandatary } = invitation;
      await replacePicks(tx, invitation, expedition.id, mandatary.id, answer.picks, inScopeOf(invitation));
    }
    await storeNeeds(tx, invitation, answer, now);
    const stored = await storeAnswer(tx, invitation, answer, now);
    await queueConfirmation(tx, invitation, token, answer, stored, now);
    return { changed: true as const, status: answer.status };
  }, ANSWER_TRANSACTION);
}
