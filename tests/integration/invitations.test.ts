import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { answerInvitation, resendInvitation, sendInvitations } from "@/lib/invitations/mutations";
import { findInvitationByToken } from "@/lib/invitations/queries";
import { hashToken } from "@/lib/tokens";
import {
  createMember,
  createPlannedExpedition,
  expeditionInput,
  rsvpAnswer,
  tokenFromMail,
} from "../helpers/factories";

async function invite() {
  const member = await createMember("Gemeente Kempenrode");
  const planned = await createPlannedExpedition(member);
  await sendInvitations(member, planned.expedition.id, [planned.mandatary.id]);
  const mail = await prisma.outboxMessage.findFirstOrThrow({
    where: { toAddress: planned.mandatary.email },
    orderBy: { createdAt: "desc" },
  });
  return { member, ...planned, mail, token: tokenFromMail(mail.text) };
}

const beforeDeadline = new Date("2099-03-01T10:00:00Z");

describe("sending invitations", () => {
  it("writes the invitation and its mail together, and keeps only the token's hash", async () => {
    const { expedition, mandatary, service, mail, token } = await invite();
    const invitation = await prisma.invitation.findFirstOrThrow({
      where: { expeditionId: expedition.id, mandataryId: mandatary.id },
    });
    expect(invitation.status).toBe("PENDING");
    expect(invitation.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(invitation)).not.toContain(token);
    expect(mail.subject).toBe(`Uitnodiging: ${expedition.title}`);
    expect(mail.text).toContain(`Beste ${mandatary.firstName} ${mandatary.lastName},`);
    expect(mail.text).toContain("BUSRONDE – MAANDAG 16 MAART 2099");
    expect(mail.text).toContain(`09:30–10:45  ${service.name}, Lindestraat 1, 2275 Kempenrode — Ontbijt`);
    expect(mail.text).toContain("Stevige schoenen.");
    expect(mail.text).toContain("Katrien Coppens · katrien@example.org · 014 12 34 00");
    expect(mail.text).toContain("tot 09/03/2099 12:00");
    expect(mail.html).toContain(`/rsvp/${token}`);
  });

  it("does not invite the same mandatary twice", async () => {
    const { member, expedition, mandatary } = await invite();
    const result = await sendInvitations(member, expedition.id, [mandatary.id]);
    expect(result).toMatchObject({ invited: 0, skipped: 1 });
    expect(await prisma.outboxMessage.count({ where: { toAddress: mandatary.email } })).toBe(1);
  });

  it("refuses an expedition without any visit and writes nothing", async () => {
    const member = await createMember("Gemeente Leegdorp");
    const planned = await createPlannedExpedition(member);
    await prisma.stop.deleteMany({ where: { programmeId: planned.programme.id } });
    await expect(sendInvitations(member, planned.expedition.id, [planned.mandatary.id])).rejects.toMatchObject({
      key: "noProgrammeYet",
    });
    expect(await prisma.invitation.count({ where: { expeditionId: planned.expedition.id } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { toAddress: planned.mandatary.email } })).toBe(0);
  });
});

describe("the personal link", () => {
  it("finds the invitation, and opening it changes nothing", async () => {
    const { token, expedition } = await invite();
    const before = await prisma.invitation.findFirstOrThrow({ where: { expeditionId: expedition.id } });
    const found = await findInvitationByToken(token);
    expect(found?.id).toBe(before.id);
    expect(found?.expedition.programmes[0]?.stops).toHaveLength(1);
    expect(await prisma.invitation.findFirstOrThrow({ where: { id: before.id } })).toEqual(before);
  });

  it("does not work when unknown, tampered or malformed", async () => {
    const { token } = await invite();
    const tampered = token.slice(0, 5) + (token[5] === "a" ? "b" : "a") + token.slice(6);
    expect(tampered).not.toBe(token);
    expect(await findInvitationByToken(tampered)).toBeNull();
    expect(await findInvitationByToken("A".repeat(43))).toBeNull();
    expect(await findInvitationByToken("kort")).toBeNull();
    expect(await findInvitationByToken(`${token}x`)).toBeNull();
  });

  it("takes an answer and a note, and the answer can change until the deadline", async () => {
    const { token, expedition } = await invite();
    await answerInvitation(token, rsvpAnswer("ACCEPTED", { note: "Ik kom met de fiets." }), beforeDeadline);
    let invitation = await prisma.invitation.findFirstOrThrow({ where: { expeditionId: expedition.id } });
    expect(invitation).toMatchObject({ status: "ACCEPTED", note: "Ik kom met de fiets.", respondedAt: beforeDeadline });
    await answerInvitation(token, rsvpAnswer("DECLINED"), beforeDeadline);
    invitation = await prisma.invitation.findFirstOrThrow({ where: { expeditionId: expedition.id } });
    expect(invitation).toMatchObject({ status: "DECLINED", note: "" });
  });

  it("refuses a change after the deadline and keeps the answer", async () => {
    const { token, expedition } = await invite();
    await answerInvitation(token, rsvpAnswer("ACCEPTED"), beforeDeadline);
    const afterDeadline = new Date("2099-03-09T11:00:01Z");
    await expect(answerInvitation(token, rsvpAnswer("DECLINED"), afterDeadline)).rejects.toMatchObject({
      key: "deadlinePassed",
    });
    expect((await prisma.invitation.findFirstOrThrow({ where: { expeditionId: expedition.id } })).status).toBe(
      "ACCEPTED",
    );
  });

  it("stops working after the expedition", async () => {
    const { token } = await invite();
    await expect(
      answerInvitation(token, rsvpAnswer("ACCEPTED"), new Date("2099-03-17T00:00:00Z")),
    ).rejects.toBeInstanceOf(UserError);
  });

  it("moves its expiry with the expedition's last day", async () => {
    const { member, expedition, token } = await invite();
    const { updateExpedition } = await import("@/lib/expeditions/mutations");
    const input = expeditionInput("2099-03-10", { title: expedition.title, rsvpDeadlineDay: "2099-03-05" });
    // The day programme moves along first (an expedition cannot leave its programme outside its days).
    await prisma.programme.updateMany({
      where: { expeditionId: expedition.id },
      data: { day: new Date("2099-03-10T00:00:00Z") },
    });
    await updateExpedition(member, expedition.id, input);
    expect((await findInvitationByToken(token))?.tokenExpiresAt.toISOString()).toBe("2099-03-11T00:00:00.000Z");
    await expect(
      answerInvitation(token, rsvpAnswer("ACCEPTED"), new Date("2099-03-12T00:00:00Z")),
    ).rejects.toMatchObject({
      key: "linkInvalid",
    });
  });

  it("is revoked when a new link is sent, and the answer is kept", async () => {
    const { member, token, expedition, mandatary } = await invite();
    await answerInvitation(token, rsvpAnswer("ACCEPTED"), beforeDeadline);
    await resendInvitation(
      member,
      (await prisma.invitation.findFirstOrThrow({ where: { expeditionId: expedition.id } })).id,
    );
    expect(await findInvitationByToken(token)).toBeNull();
    await expect(answerInvitation(token, rsvpAnswer("DECLINED"), beforeDeadline)).rejects.toMatchObject({
      key: "linkInvalid",
    });
    const mails = await prisma.outboxMessage.findMany({
      where: { toAddress: mandatary.email, kind: "invitation" },
      orderBy: { createdAt: "asc" },
    });
    expect(mails).toHaveLength(2);
    const newToken = tokenFromMail(mails[1]!.text);
    expect(newToken).not.toBe(token);
    expect((await findInvitationByToken(newToken))?.status).toBe("ACCEPTED");
  });
});
