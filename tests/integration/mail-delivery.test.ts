import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { programmeChanges, sendChangeNotices } from "@/lib/invitations/changes";
import { answerInvitation, sendInvitations } from "@/lib/invitations/mutations";
import { enqueueReminders, visitReminderAt } from "@/lib/invitations/reminders";
import { saveMandatary } from "@/lib/mandataries/mutations";
import { brusselsInstant } from "@/lib/time";
import { findInvitationByToken } from "@/lib/invitations/queries";
import { MAX_ATTEMPTS, createSmtpTransport, deliverDueMail } from "@/lib/mail/worker";
import { createMember, createPlannedExpedition, mandataryInput, rsvpAnswer, tokenFromMail } from "../helpers/factories";
import { parseCalendar } from "../helpers/calendar";
import { freePort, SmtpPeer, TEST_MAIL_FROM } from "../helpers/smtp-peer";

// A real SMTP peer on a free local port; it goes down and comes back in some tests.
const peer = new SmtpPeer();
const received = peer.received;
const startSmtp = () => peer.start();
const stopSmtp = () => peer.stop();
const from = TEST_MAIL_FROM;
let smtpPort = 0;

beforeAll(async () => {
  await startSmtp();
  smtpPort = peer.port;
});
afterAll(stopSmtp);

async function queueInvitation() {
  const member = await createMember("Gemeente Kempenrode");
  const planned = await createPlannedExpedition(member);
  await sendInvitations(member, planned.expedition.id, [planned.mandatary.id]);
  return planned;
}

describe("delivering the outbox over SMTP", () => {
  it("delivers the invitation once, with the programme and a working personal link", async () => {
    const { mandatary, expedition, service } = await queueInvitation();
    const transport = createSmtpTransport(`smtp://127.0.0.1:${smtpPort}`);
    const first = await deliverDueMail(prisma, transport, { from });
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const mail = received.find((m) => (m.to as { text: string }).text === mandatary.email);
    expect(mail?.subject).toBe(`Uitnodiging: ${expedition.title}`);
    expect(mail!.text).toContain(`Beste ${mandatary.firstName} ${mandatary.lastName},`);
    expect(mail!.from?.text).toContain("expeditie-zorg@example.org");
    expect(mail!.text).toContain(`09:30–10:45  ${service.name},`);
    expect(mail!.html).toContain("Laat weten of je komt");
    const invitation = await findInvitationByToken(tokenFromMail(mail!.text!));
    expect(invitation?.expeditionId).toBe(expedition.id);

    // Delivered: marked sent, the body (with the personal link) is no longer stored, and nothing goes twice.
    const row = await prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: mandatary.email } });
    expect(row).toMatchObject({ status: "SENT", html: "", text: "", attempts: 1 });
    const count = received.length;
    expect(await deliverDueMail(prisma, transport, { from })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(received).toHaveLength(count);
  });

  it("keeps a message in the outbox when SMTP fails, and delivers it on a later try", async () => {
    await stopSmtp();
    const { mandatary } = await queueInvitation();
    const transport = createSmtpTransport(`smtp://127.0.0.1:${smtpPort}`);
    const result = await deliverDueMail(prisma, transport, { from });
    expect(result.sent).toBe(0);
    expect(result.retrying).toBeGreaterThanOrEqual(1);
    let row = await prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: mandatary.email } });
    expect(row.status).toBe("PENDING");
    expect(row.attempts).toBe(1);
    expect(row.lastError).not.toBe("");
    expect(row.text).toContain("/rsvp/");
    expect(row.notBefore.getTime()).toBeGreaterThan(Date.now());

    // Not due yet: the next run leaves it alone.
    await startSmtp();
    expect((await deliverDueMail(prisma, transport, { from })).sent).toBe(0);

    // Once its retry time has come, it goes out.
    await prisma.outboxMessage.update({ where: { id: row.id }, data: { notBefore: new Date(Date.now() - 1000) } });
    expect((await deliverDueMail(prisma, transport, { from })).sent).toBe(1);
    row = await prisma.outboxMessage.findFirstOrThrow({ where: { id: row.id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 2, lastError: "" });
    expect(received.filter((m) => (m.to as { text: string }).text === mandatary.email)).toHaveLength(1);
  });

  it("gives up after the last attempt and shows it as failed", async () => {
    const { mandatary } = await queueInvitation();
    const row = await prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: mandatary.email } });
    await prisma.outboxMessage.update({ where: { id: row.id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    const closedPort = await freePort();
    const result = await deliverDueMail(prisma, createSmtpTransport(`smtp://127.0.0.1:${closedPort}`), { from });
    expect(result.failed).toBe(1);
    expect(await prisma.outboxMessage.findFirstOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "FAILED",
      attempts: MAX_ATTEMPTS,
    });
  });

  it("delivers every mail of an invitation's life once each, with its calendar attachments", async () => {
    const { mandatary, expedition, stop } = await queueInvitation();
    const transport = createSmtpTransport(`smtp://127.0.0.1:${smtpPort}`);
    const mine = () => received.filter((m) => (m.to as { text: string }).text === mandatary.email);
    const deliver = () => deliverDueMail(prisma, transport, { from });
    await deliver();
    const token = tokenFromMail(mine()[0]!.text!);
    const beforeDeadline = new Date("2099-03-01T10:00:00Z");
    await answerInvitation(token, rsvpAnswer("ACCEPTED"), beforeDeadline);
    await deliver();
    await enqueueReminders(prisma, new Date(visitReminderAt(expedition.firstDay, 3).getTime() + 60_000));
    await deliver();
    await prisma.stop.update({
      where: { id: stop.id },
      data: { startsAt: brusselsInstant("2099-03-16", "10:00"), endsAt: brusselsInstant("2099-03-16", "11:00") },
    });
    const member = { organizationId: expedition.organizationId } as Parameters<typeof programmeChanges>[0];
    const affected = await programmeChanges(member, expedition.id);
    await sendChangeNotices(
      member,
      expedition.id,
      affected.map((a) => a.invitation.id),
    );
    await deliver();
    await answerInvitation(token, rsvpAnswer("DECLINED"), beforeDeadline);
    await deliver();
    // A second round of the worker sends nothing again.
    expect((await deliver()).sent).toBe(0);

    const mails = mine();
    expect(mails.map((m) => m.subject)).toEqual([
      `Uitnodiging: ${expedition.title}`,
      `Bevestiging: je komt naar ${expedition.title}`,
      `Herinnering: ${expedition.title}, maandag 16 maart 2099`,
      `Gewijzigd programma: ${expedition.title}`,
      `Genoteerd: je komt niet naar ${expedition.title}`,
    ]);
    const calendars = mails.map((m) =>
      m.attachments
        .filter((a) => a.contentType === "text/calendar")
        .map((a) => parseCalendar(a.content.toString("utf8"))),
    );
    const summary = ({ method, events: [first] }: ReturnType<typeof parseCalendar>) => ({
      method,
      uid: first!.uid,
      sequence: first!.sequence,
    });
    expect(calendars[0]).toEqual([]);
    expect(calendars[2]).toEqual([]);
    const [confirmed] = calendars[1]!.map(summary);
    const [updated] = calendars[3]!.map(summary);
    const [cancelled] = calendars[4]!.map(summary);
    expect(confirmed).toMatchObject({ method: "REQUEST", sequence: 1 });
    expect(updated).toEqual({ method: "REQUEST", uid: confirmed!.uid, sequence: 2 });
    expect(cancelled).toEqual({ method: "CANCEL", uid: confirmed!.uid, sequence: 3 });
    expect(mails[3]!.text).toContain("10:00–11:00");
  });

  it("delivers everything once after SMTP was down for a while, with two workers at once", async () => {
    const member = await createMember("Gemeente Stormdorp");
    const planned = await createPlannedExpedition(member);
    const people = await Promise.all(
      Array.from({ length: 8 }, (_, i) => saveMandatary(member, null, mandataryInput({ lastName: `Storm${i}` }))),
    );
    await stopSmtp();
    await sendInvitations(
      member,
      planned.expedition.id,
      people.map((p) => p.id),
    );
    const transport = () => createSmtpTransport(`smtp://127.0.0.1:${smtpPort}`);
    const down = await deliverDueMail(prisma, transport(), { from });
    expect(down).toMatchObject({ sent: 0, failed: 0 });
    expect(down.retrying).toBeGreaterThanOrEqual(8);
    await startSmtp();
    // The retry time comes; two app instances run their worker at the same moment.
    await prisma.outboxMessage.updateMany({
      where: { expeditionId: planned.expedition.id },
      data: { notBefore: new Date(Date.now() - 1000) },
    });
    const [a, b] = await Promise.all([
      deliverDueMail(prisma, transport(), { from, batchSize: 5 }),
      deliverDueMail(prisma, transport(), { from, batchSize: 5 }),
    ]);
    await deliverDueMail(prisma, transport(), { from });
    expect(a.sent + b.sent).toBeGreaterThan(0);
    for (const person of people) {
      expect(received.filter((m) => (m.to as { text: string }).text === person.email)).toHaveLength(1);
    }
    expect(
      await prisma.outboxMessage.count({ where: { expeditionId: planned.expedition.id, status: { not: "SENT" } } }),
    ).toBe(0);
  });
});
