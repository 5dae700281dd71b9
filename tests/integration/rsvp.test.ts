import { beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { ChecksRefused } from "@/lib/errors";
import { programmeChanges, sendChangeNotices } from "@/lib/invitations/changes";
import { invitationToken } from "@/lib/invitations/links";
import { answerInvitation, resendInvitation, sendInvitations } from "@/lib/invitations/mutations";
import { findInvitationByToken } from "@/lib/invitations/queries";
import { deadlineReminderAt, enqueueReminders, visitReminderAt } from "@/lib/invitations/reminders";
import { readMailAttachments, type MailAttachment } from "@/lib/mail/outbox";
import { saveMandatary } from "@/lib/mandataries/mutations";
import { createProgramme, removeProgramme, saveStop } from "@/lib/programme/mutations";
import { newProgrammeSchema, removeProgrammeSchema, stopSchema } from "@/lib/programme/schemas";
import { brusselsInstant } from "@/lib/time";
import { hashToken } from "@/lib/tokens";
import { createMember, createPlannedExpedition, mandataryInput, rsvpAnswer, tokenFromMail } from "../helpers/factories";
import { parseCalendar } from "../helpers/calendar";

const DAY = "2099-03-16";
const beforeDeadline = new Date("2099-03-01T10:00:00Z");

let coordinator: Member;
let planned: Awaited<ReturnType<typeof createPlannedExpedition>>;
/** Options of the afternoon's choice programme: A (2 places) and B at the same time, C later. */
let optionA: { id: string };
let optionB: { id: string };
let optionC: { id: string };
let choiceProgrammeId: string;

async function addStop(programmeId: string, fields: Record<string, string>) {
  const { version } = await prisma.programme.findUniqueOrThrow({ where: { id: programmeId } });
  return (await saveStop(coordinator, stopSchema.parse({ programmeId, version: String(version), ...fields }))).stop;
}

beforeAll(async () => {
  coordinator = await createMember("Gemeente Kempenrode");
  planned = await createPlannedExpedition(coordinator, DAY);
  const { programme } = await createProgramme(
    coordinator,
    newProgrammeSchema.parse({
      expeditionId: planned.expedition.id,
      name: "Keuzenamiddag",
      day: DAY,
      concept: "CUSTOM",
      kind: "CHOICE",
    }),
  );
  choiceProgrammeId = programme.id;
  const service = planned.service.id;
  await addStop(programme.id, {
    kind: "WELCOME",
    title: "Onthaal",
    serviceId: service,
    startTime: "13:00",
    endTime: "13:15",
  });
  const option = (title: string, startTime: string, endTime: string, capacity: string) =>
    addStop(programme.id, { kind: "VISIT", serviceId: service, title, startTime, endTime, isOption: "on", capacity });
  optionA = await option("Kinderopvang", "13:30", "14:30", "2");
  optionB = await option("Thuiszorg", "13:30", "14:30", "5");
  optionC = await option("Dagverzorging", "15:00", "16:00", "5");
});

/** A new mandatary, invited, with the token of their personal link. */
async function invitee(lastName: string, role: "ALDERMAN" | "COUNCIL_MEMBER" | "MAYOR" = "COUNCIL_MEMBER") {
  const mandatary = await saveMandatary(coordinator, null, mandataryInput({ firstName: "Test", lastName, role }));
  await sendInvitations(coordinator, planned.expedition.id, [mandatary.id]);
  const mail = await prisma.outboxMessage.findFirstOrThrow({
    where: { toAddress: mandatary.email, kind: "invitation" },
  });
  const invitation = await prisma.invitation.findFirstOrThrow({ where: { mandataryId: mandatary.id } });
  return { mandatary, token: tokenFromMail(mail.text), invitation };
}

const confirmations = (invitationId: string) =>
  prisma.outboxMessage.findMany({ where: { invitationId, kind: "confirmation" }, orderBy: { createdAt: "asc" } });

/** The calendar of an attachment, parsed as calendar software does. */
const calendar = (file: MailAttachment) => parseCalendar(file.content);

const attachmentsOf = (mail: { attachments: unknown }) => readMailAttachments(mail.attachments);

describe("answering through the personal link", () => {
  it("accepts with picks, a companion and needs; the confirmation carries the programme and a calendar", async () => {
    const { mandatary, token, invitation } = await invitee("Aanvaarder");
    const result = await answerInvitation(
      token,
      rsvpAnswer("ACCEPTED", {
        stopIds: [optionA.id],
        companionName: "Lotte, leerling",
        dietaryNeeds: "vegetarisch",
        note: "Ik kom met de fiets.",
      }),
      beforeDeadline,
    );
    expect(result).toEqual({ changed: true, status: "ACCEPTED" });
    const stored = await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored).toMatchObject({ status: "ACCEPTED", companionName: "Lotte, leerling", answerRevision: 1 });
    expect(await prisma.stopChoice.findMany({ where: { mandataryId: mandatary.id } })).toEqual([
      expect.objectContaining({ stopId: optionA.id }),
    ]);
    expect(await prisma.mandatary.findUniqueOrThrow({ where: { id: mandatary.id } })).toMatchObject({
      dietaryNeeds: "vegetarisch",
      needsRecordedAt: beforeDeadline,
    });

    const [mail] = await confirmations(invitation.id);
    expect(mail!.subject).toBe(`Bevestiging: je komt naar ${planned.expedition.title}`);
    expect(mail!.text).toContain("Kinderopvang");
    expect(mail!.text).not.toContain("Thuiszorg");
    expect(mail!.text).toContain("Je komt samen met: Lotte, leerling");
    const [file] = attachmentsOf(mail!);
    expect(file!.contentType).toContain("method=REQUEST");
    const ics = calendar(file!);
    expect(ics.method).toBe("REQUEST");
    // The morning visit, the welcome and the picked option; times in Brussels.
    const service = planned.service.name;
    expect(ics.events.map((e) => e.summary)).toEqual([service, `${service} — Onthaal`, `${service} — Kinderopvang`]);
    expect(ics.events[0]).toMatchObject({
      uid: `${invitation.id}-${planned.stop.id}@expeditie-zorg`,
      sequence: 1,
      startsAt: brusselsInstant(DAY, "09:30"),
      partstat: "ACCEPTED",
    });
    expect(ics.events[0]!.zone).toBe("Europe/Brussels");
  });

  it("marks 'maybe' as tentative in the calendar", async () => {
    const { token, invitation } = await invitee("Twijfelaar");
    await answerInvitation(token, rsvpAnswer("MAYBE"), beforeDeadline);
    const [mail] = await confirmations(invitation.id);
    expect(calendar(attachmentsOf(mail!)[0]!).events.every((e) => e.partstat === "TENTATIVE")).toBe(true);
  });

  it("refuses picks that clash, and changes nothing", async () => {
    const { mandatary, token, invitation } = await invitee("Dubbelboeker");
    const refused = await answerInvitation(
      token,
      rsvpAnswer("ACCEPTED", { stopIds: [optionA.id, optionB.id] }),
      beforeDeadline,
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ChecksRefused);
    expect((refused as ChecksRefused).findings.map((f) => f.code)).toEqual(["doubleBooked"]);
    expect(await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({
      status: "PENDING",
      answerRevision: 0,
    });
    expect(await prisma.stopChoice.count({ where: { mandataryId: mandatary.id } })).toBe(0);
    expect(await confirmations(invitation.id)).toHaveLength(0);
  });

  it("refuses an option of another expedition as not found", async () => {
    const { token } = await invitee("Vreemdeling");
    const elsewhere = await createPlannedExpedition(coordinator, "2099-04-20");
    await expect(
      answerInvitation(token, rsvpAnswer("ACCEPTED", { stopIds: [elsewhere.stop.id] }), beforeDeadline),
    ).rejects.toMatchObject({ key: "notFound" });
  });

  it("stores an identical answer sent twice at once once, with one confirmation", async () => {
    const { token, invitation } = await invitee("Dubbelklikker");
    const answer = rsvpAnswer("ACCEPTED", { stopIds: [optionC.id], note: "Tot dan" });
    const results = await Promise.all([
      answerInvitation(token, answer, beforeDeadline),
      answerInvitation(token, answer, beforeDeadline),
    ]);
    expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).answerRevision).toBe(1);
    expect(await confirmations(invitation.id)).toHaveLength(1);
  });

  it("cancels in the calendar what a change drops, and everything when declining", async () => {
    const { token, invitation } = await invitee("Wisselaar");
    await answerInvitation(token, rsvpAnswer("ACCEPTED", { stopIds: [optionC.id] }), beforeDeadline);
    await answerInvitation(token, rsvpAnswer("ACCEPTED", { stopIds: [optionB.id] }), beforeDeadline);
    await answerInvitation(token, rsvpAnswer("DECLINED"), beforeDeadline);
    const [first, second, third] = await confirmations(invitation.id);
    const uidOf = (stopId: string) => `${invitation.id}-${stopId}@expeditie-zorg`;
    const [request, cancel] = attachmentsOf(second!).map(calendar);
    expect(request!.events.map((e) => [e.uid, e.sequence])).toContainEqual([uidOf(optionB.id), 2]);
    expect(cancel).toMatchObject({ method: "CANCEL" });
    expect(cancel!.events.map((e) => [e.uid, e.sequence])).toEqual([[uidOf(optionC.id), 2]]);
    // Declining: one CANCEL of everything the calendar held, at the next sequence.
    const declined = attachmentsOf(third!).map(calendar);
    expect(declined).toHaveLength(1);
    expect(declined[0]!.method).toBe("CANCEL");
    expect(declined[0]!.events.map((e) => e.uid)).toEqual(
      calendar(attachmentsOf(second!)[0]!).events.map((e) => e.uid),
    );
    expect(declined[0]!.events.every((e) => e.sequence === 3)).toBe(true);
    expect(first!.subject).toContain("je komt naar");
    expect(third!.subject).toBe(`Genoteerd: je komt niet naar ${planned.expedition.title}`);
  });

  it("never overbooks an option when many pick its last places at once", async () => {
    const people = await Promise.all(
      ["Een", "Twee", "Drie", "Vier", "Vijf", "Zes"].map((name) => invitee(`Snel${name}`)),
    );
    const taken = await prisma.stopChoice.count({ where: { stopId: optionA.id } });
    const results = await Promise.allSettled(
      people.map(({ token }) =>
        answerInvitation(token, rsvpAnswer("ACCEPTED", { stopIds: [optionA.id] }), beforeDeadline),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled").length;
    expect(won).toBe(2 - taken);
    expect(await prisma.stopChoice.count({ where: { stopId: optionA.id } })).toBe(2);
    for (const result of results) {
      if (result.status === "rejected") expect(result.reason).toMatchObject({ key: "optionFull" });
    }
    // Who did not get a place has no answer stored either: the whole answer was refused.
    const stored = await prisma.invitation.findMany({ where: { id: { in: people.map((p) => p.invitation.id) } } });
    expect(stored.filter((i) => i.status === "ACCEPTED")).toHaveLength(won);
  });
});

describe("inviting by group, for one programme", () => {
  it("invites everyone of the group who is not invited yet, with only that programme in the mail", async () => {
    const member = await createMember("Gemeente Groepdorp");
    const trip = await createPlannedExpedition(member, DAY);
    const alderman = await saveMandatary(member, null, mandataryInput({ lastName: "Schepen", role: "ALDERMAN" }));
    const council = await saveMandatary(member, null, mandataryInput({ lastName: "Raadslid", role: "COUNCIL_MEMBER" }));
    const { programme: other } = await createProgramme(
      member,
      newProgrammeSchema.parse({ expeditionId: trip.expedition.id, name: "Fietstocht", day: DAY, concept: "CUSTOM" }),
    );
    const round = await sendInvitations(member, trip.expedition.id, [], {
      groups: ["college"],
      programmeId: trip.programme.id,
    });
    // The factory's mandatary is an alderman too.
    expect(round).toMatchObject({ invited: 2, skipped: 0 });
    const invitations = await prisma.invitation.findMany({ where: { expeditionId: trip.expedition.id } });
    expect(invitations.map((i) => i.mandataryId).sort()).toEqual([alderman.id, trip.mandatary.id].sort());
    expect(invitations.every((i) => i.programmeId === trip.programme.id)).toBe(true);
    expect(invitations.map((i) => i.mandataryId)).not.toContain(council.id);
    const mails = await prisma.outboxMessage.findMany({ where: { batchId: round.batchId } });
    expect(mails).toHaveLength(2);
    // Headings of the text part are in capitals.
    expect(mails[0]!.text).toMatch(/Busronde/i);
    expect(mails[0]!.text).not.toMatch(new RegExp(other.name, "i"));
    // Another organization's programme is not found.
    await expect(
      sendInvitations(member, trip.expedition.id, [council.id], { programmeId: choiceProgrammeId }),
    ).rejects.toMatchObject({ key: "notFound" });
  });

  it("refuses a round without anyone in it", async () => {
    const member = await createMember("Gemeente Leegrond");
    const trip = await createPlannedExpedition(member, DAY);
    await expect(sendInvitations(member, trip.expedition.id, [], { groups: ["external"] })).rejects.toMatchObject({
      key: "selectRecipients",
    });
  });
});

describe("a programme change after the invitations", () => {
  it("finds who is affected, sends them an update with the calendar, and then nobody is affected", async () => {
    const member = await createMember("Gemeente Wijzigdorp");
    const trip = await createPlannedExpedition(member, DAY);
    const pending = await saveMandatary(member, null, mandataryInput({ lastName: "Wachter" }));
    await sendInvitations(member, trip.expedition.id, [trip.mandatary.id, pending.id]);
    const mailTo = (email: string) =>
      prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: email, kind: "invitation" } });
    const token = tokenFromMail((await mailTo(trip.mandatary.email)).text);
    await answerInvitation(token, rsvpAnswer("ACCEPTED"), beforeDeadline);
    expect(await programmeChanges(member, trip.expedition.id)).toEqual([]);

    // The visit moves by half an hour.
    await prisma.stop.update({
      where: { id: trip.stop.id },
      data: { startsAt: brusselsInstant(DAY, "10:00"), endsAt: brusselsInstant(DAY, "11:15") },
    });
    const affected = await programmeChanges(member, trip.expedition.id);
    expect(affected.map((a) => a.invitation.mandataryId).sort()).toEqual([trip.mandatary.id, pending.id].sort());
    expect(affected[0]!.changes.changed).toHaveLength(1);

    const stranger = await createMember("Gemeente Elders");
    await expect(programmeChanges(stranger, trip.expedition.id)).rejects.toMatchObject({ key: "notFound" });
    const ids = affected.map((a) => a.invitation.id);
    await expect(sendChangeNotices(stranger, trip.expedition.id, ids)).rejects.toMatchObject({ key: "notFound" });

    expect(await sendChangeNotices(member, trip.expedition.id, ids)).toBe(2);
    expect(await programmeChanges(member, trip.expedition.id)).toEqual([]);
    const updates = await prisma.outboxMessage.findMany({
      where: { expeditionId: trip.expedition.id, kind: "programme-update" },
    });
    const forComing = updates.find((u) => u.toAddress === trip.mandatary.email)!;
    expect(forComing.subject).toBe(`Gewijzigd programma: ${trip.expedition.title}`);
    expect(forComing.text).toContain("10:00–11:15");
    const [request] = attachmentsOf(forComing).map(calendar);
    const [confirmation] = await prisma.outboxMessage.findMany({
      where: { toAddress: trip.mandatary.email, kind: "confirmation" },
    });
    const confirmed = calendar(attachmentsOf(confirmation!)[0]!);
    expect(request!.events[0]!.uid).toBe(confirmed.events[0]!.uid);
    expect(request!.events[0]!.sequence).toBeGreaterThan(confirmed.events[0]!.sequence);
    expect(request!.events[0]!.startsAt).toEqual(brusselsInstant(DAY, "10:00"));
    // Who has not answered gets the new programme, without a calendar.
    expect(attachmentsOf(updates.find((u) => u.toAddress === pending.email)!)).toEqual([]);
    await expect(sendChangeNotices(member, trip.expedition.id, ids)).rejects.toMatchObject({ key: "noChangesToSend" });

    // A removed stop is cancelled in the calendar.
    const extra = await addStopFor(member, trip.programme.id, "15:00", "16:00");
    await sendChangeNotices(
      member,
      trip.expedition.id,
      (await programmeChanges(member, trip.expedition.id)).map((a) => a.invitation.id),
    );
    await prisma.stop.delete({ where: { id: extra.id } });
    const [removal] = await programmeChanges(member, trip.expedition.id).then((list) =>
      list.filter((a) => a.invitation.mandataryId === trip.mandatary.id),
    );
    expect(removal!.changes.removed).toHaveLength(1);
    await sendChangeNotices(member, trip.expedition.id, [removal!.invitation.id]);
    const updatesNow = await prisma.outboxMessage.findMany({
      where: { toAddress: trip.mandatary.email, kind: "programme-update" },
    });
    expect(updatesNow).toHaveLength(3);
    const withCancel = updatesNow.filter((u) => attachmentsOf(u).length === 2);
    expect(withCancel).toHaveLength(1);
    const files = attachmentsOf(withCancel[0]!).map(calendar);
    expect(files.map((f) => f.method)).toEqual(["REQUEST", "CANCEL"]);
    expect(files[1]!.events.map((e) => e.uid)).toEqual([`${removal!.invitation.id}-${extra.id}@expeditie-zorg`]);
  });
});

async function addStopFor(member: Member, programmeId: string, startTime: string, endTime: string) {
  const { version } = await prisma.programme.findUniqueOrThrow({ where: { id: programmeId } });
  return (
    await saveStop(
      member,
      stopSchema.parse({ programmeId, version: String(version), kind: "MEAL", title: "Lunch", startTime, endTime }),
    )
  ).stop;
}

describe("reminders", () => {
  it("go once to who comes before the visit and to who has not answered before the deadline", async () => {
    const member = await createMember("Gemeente Herinnerdorp");
    const trip = await createPlannedExpedition(member, DAY);
    const silent = await saveMandatary(member, null, mandataryInput({ lastName: "Stil" }));
    const declining = await saveMandatary(member, null, mandataryInput({ lastName: "Afwezig" }));
    await sendInvitations(member, trip.expedition.id, [trip.mandatary.id, silent.id, declining.id]);
    const tokenOf = async (email: string) =>
      tokenFromMail(
        (await prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: email, kind: "invitation" } })).text,
      );
    await answerInvitation(await tokenOf(trip.mandatary.email), rsvpAnswer("ACCEPTED"), beforeDeadline);
    await answerInvitation(await tokenOf(declining.email), rsvpAnswer("DECLINED"), beforeDeadline);
    const reminders = () =>
      prisma.outboxMessage.findMany({
        where: { expeditionId: trip.expedition.id, kind: { in: ["reminder", "deadline-reminder"] } },
      });

    // The deadline is 9 March, 12:00: two days before it those who have not answered are asked.
    const deadline = trip.expedition.rsvpDeadline;
    expect(await enqueueReminders(prisma, new Date(deadlineReminderAt(deadline, 2).getTime() - 60_000))).toBe(0);
    const atDeadlineReminder = new Date(deadlineReminderAt(deadline, 2).getTime() + 60_000);
    // Two instances at the same moment: still one mail each.
    await Promise.all([enqueueReminders(prisma, atDeadlineReminder), enqueueReminders(prisma, atDeadlineReminder)]);
    expect((await reminders()).map((m) => [m.kind, m.toAddress])).toEqual([["deadline-reminder", silent.email]]);

    // Three days before the first day, at 09:00 in Brussels: who comes gets the programme again.
    const visitReminder = visitReminderAt(trip.expedition.firstDay, 3);
    expect(visitReminder).toEqual(brusselsInstant("2099-03-13", "09:00"));
    await Promise.all([
      enqueueReminders(prisma, new Date(visitReminder.getTime() + 60_000)),
      enqueueReminders(prisma, new Date(visitReminder.getTime() + 120_000)),
    ]);
    await enqueueReminders(prisma, new Date(visitReminder.getTime() + 3_600_000));
    const sent = await reminders();
    expect(sent.map((m) => [m.kind, m.toAddress]).sort()).toEqual(
      [
        ["deadline-reminder", silent.email],
        ["reminder", trip.mandatary.email],
      ].sort(),
    );
    const reminder = sent.find((m) => m.kind === "reminder")!;
    expect(reminder.subject.startsWith(`Herinnering: ${trip.expedition.title},`)).toBe(true);
    expect(reminder.text).toContain("09:30–10:45");
    expect(reminder.text).toContain("Stevige schoenen.");
    expect(reminder.text).toContain(`/rsvp/${await tokenOf(trip.mandatary.email)}`);
  });
});

describe("links and programmes after the first mail", () => {
  it("re-sends an answered invitation with the person's own programme, and leaves their calendar as it is", async () => {
    const { token, invitation, mandatary } = await invitee("Herzender");
    await answerInvitation(token, rsvpAnswer("ACCEPTED", { stopIds: [optionC.id] }), beforeDeadline);
    const before = await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    await resendInvitation(coordinator, invitation.id);
    const after = await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(after.mailedEvents).toEqual(before.mailedEvents);
    expect(after.calendarSequence).toBe(before.calendarSequence);
    expect(after.linkVersion).toBe(before.linkVersion + 1);
    const mails = await prisma.outboxMessage.findMany({
      where: { toAddress: mandatary.email, kind: "invitation" },
      orderBy: { createdAt: "asc" },
    });
    const newest = mails.find((m) => m.idempotencyKey.endsWith(`:${after.linkVersion}`))!;
    expect(newest.text).toContain("Dagverzorging");
    expect(newest.text).not.toContain("Thuiszorg");
    expect((await programmeChanges(coordinator, planned.expedition.id)).map((a) => a.invitation.id)).not.toContain(
      invitation.id,
    );
  });

  it("gives a later mail a working link even after the link secret changed", async () => {
    const member = await createMember("Gemeente Sleuteldorp");
    const trip = await createPlannedExpedition(member, DAY);
    await sendInvitations(member, trip.expedition.id, [trip.mandatary.id]);
    // As if the link was made with another secret: its hash matches nothing this app can derive now.
    await prisma.invitation.updateMany({
      where: { expeditionId: trip.expedition.id },
      data: { tokenHash: hashToken(invitationToken({ id: "x", linkVersion: 0 }, "an-older-secret-0123456789")) },
    });
    await enqueueReminders(prisma, new Date(deadlineReminderAt(trip.expedition.rsvpDeadline, 2).getTime() + 60_000));
    const reminder = await prisma.outboxMessage.findFirstOrThrow({
      where: { expeditionId: trip.expedition.id, kind: "deadline-reminder" },
    });
    const invitation = await findInvitationByToken(tokenFromMail(reminder.text));
    expect(invitation?.mandataryId).toBe(trip.mandatary.id);
  });

  it("keeps a programme that someone is invited to on its own", async () => {
    const member = await createMember("Gemeente Bewaardorp");
    const trip = await createPlannedExpedition(member, DAY);
    await sendInvitations(member, trip.expedition.id, [trip.mandatary.id], { programmeId: trip.programme.id });
    const { version } = await prisma.programme.findUniqueOrThrow({ where: { id: trip.programme.id } });
    await expect(
      removeProgramme(
        member,
        removeProgrammeSchema.parse({ programmeId: trip.programme.id, version: String(version), confirm: "on" }),
      ),
    ).rejects.toMatchObject({ key: "programmeHasInvitations", values: { count: 1 } });
    expect(await prisma.programme.count({ where: { id: trip.programme.id } })).toBe(1);
  });
});
