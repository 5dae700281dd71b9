import { createServer, type AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { sendInvitations } from "@/lib/invitations/mutations";
import { findInvitationByToken } from "@/lib/invitations/queries";
import { MAX_ATTEMPTS, createSmtpTransport, deliverDueMail } from "@/lib/mail/worker";
import { createMember, createPlannedExpedition, tokenFromMail } from "../helpers/factories";

// A real SMTP peer on a free local port; what it receives is parsed with mailparser.
const received: ParsedMail[] = [];
let smtp: SMTPServer;
let smtpPort = 0;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function startSmtp(port: number): Promise<void> {
  smtp = new SMTPServer({
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  return new Promise((resolve) => smtp.listen(port, "127.0.0.1", resolve));
}

const stopSmtp = () => new Promise<void>((resolve) => smtp.close(() => resolve()));
const from = "Expeditie Zorg <expeditie-zorg@example.org>";

beforeAll(async () => {
  smtpPort = await freePort();
  await startSmtp(smtpPort);
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
    const { mandatary, expedition } = await queueInvitation();
    const transport = createSmtpTransport(`smtp://127.0.0.1:${smtpPort}`);
    const first = await deliverDueMail(prisma, transport, { from });
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const mail = received.find(
      (m) => m.subject === "Uitnodiging: Expeditie Zorg" && m.text?.includes(mandatary.firstName),
    );
    expect(mail).toBeDefined();
    expect((mail!.to as { text: string }).text).toBe(mandatary.email);
    expect(mail!.from?.text).toContain("expeditie-zorg@example.org");
    expect(mail!.text).toContain("09:30–10:45  Woonzorgcentrum De Linde");
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
    await startSmtp(smtpPort);
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
});
