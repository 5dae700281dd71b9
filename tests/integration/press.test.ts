import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { deliverDueMail } from "@/lib/mail/worker";
import { saveStop } from "@/lib/programme/mutations";
import { stopSchema } from "@/lib/programme/schemas";
import { removePressContact, savePressContact, sendPressInvitation } from "@/lib/press/mutations";
import { listPressContacts, listPressInvitations } from "@/lib/press/queries";
import { pressContactSchema, sendPressInvitationSchema } from "@/lib/press/schemas";
import { createMember, createPlannedExpedition } from "../helpers/factories";
import { SmtpPeer, TEST_MAIL_FROM } from "../helpers/smtp-peer";

// A real SMTP peer on a free local port; what it receives is parsed with mailparser.
const smtp = new SmtpPeer();
const received = smtp.received;
beforeAll(() => smtp.start());
afterAll(() => smtp.stop());

const from = TEST_MAIL_FROM;

function contactInput(change: Partial<Record<string, string>> = {}) {
  return pressContactSchema.parse({
    name: "Lotte Peeters",
    outlet: "Gazet van Kempenrode",
    email: "lotte@krant.example",
    phone: "014 55 66 77",
    ...change,
  });
}

/** Adds (or moves) the press moment right after the visit, at the same place. */
async function pressStop(member: Member, programmeId: string, startTime: string, endTime: string, stopId?: string) {
  const { version } = await prisma.programme.findUniqueOrThrow({ where: { id: programmeId } });
  const { stop } = await saveStop(
    member,
    stopSchema.parse({
      programmeId,
      version: String(version),
      stopId,
      kind: "PRESS",
      title: "Persmoment",
      startTime,
      endTime,
      activity: "Foto met de schepen en de bewoners",
    }),
  );
  return stop;
}

describe("press contacts", () => {
  it("adds, edits and removes a contact of the own organization", async () => {
    const member = await createMember("Gemeente Kempenrode", "COMMUNICATION_OFFICER");
    const contact = await savePressContact(member, null, contactInput({ email: "  Lotte@Krant.Example " }));
    expect(contact).toMatchObject({
      name: "Lotte Peeters",
      email: "lotte@krant.example",
      organizationId: member.organizationId,
    });

    await savePressContact(member, contact.id, contactInput({ outlet: "Radio Kempen", email: "lotte@radio.example" }));
    expect(await listPressContacts(member)).toMatchObject([
      { id: contact.id, outlet: "Radio Kempen", email: "lotte@radio.example" },
    ]);

    await removePressContact(member, contact.id);
    expect(await listPressContacts(member)).toEqual([]);
  });

  it("refuses bad input with Dutch message keys", () => {
    const result = pressContactSchema.safeParse({ name: "  ", email: "geen-adres", phone: "bel me" });
    expect(result.success).toBe(false);
    const keys = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(keys).toEqual({ name: "pressNameRequired", email: "emailInvalid", phone: "phoneInvalid" });
    expect(sendPressInvitationSchema.safeParse({ expeditionId: "x" }).error?.issues[0]?.message).toBe(
      "selectPressContacts",
    );
  });

  it("refuses a second contact with the same e-mail, on the e-mail field, and changes nothing", async () => {
    const member = await createMember("Gemeente Kempenrode");
    const first = await savePressContact(member, null, contactInput());
    const second = await savePressContact(member, null, contactInput({ name: "Jan Smets", email: "jan@tv.example" }));
    await expect(savePressContact(member, null, contactInput({ name: "Iemand anders" }))).rejects.toMatchObject({
      key: "pressEmailTaken",
      field: "email",
      values: { email: "lotte@krant.example" },
    });
    await expect(savePressContact(member, second.id, contactInput({ name: "Jan Smets" }))).rejects.toMatchObject({
      key: "pressEmailTaken",
    });
    expect((await listPressContacts(member)).map((c) => [c.id, c.name, c.email])).toEqual([
      [second.id, "Jan Smets", "jan@tv.example"],
      [first.id, "Lotte Peeters", "lotte@krant.example"],
    ]);
    // Saving a contact with its own address is fine.
    await savePressContact(member, first.id, contactInput({ phone: "" }));
  });

  it("keeps organizations apart: another's contact is not found, and the same address may exist in both", async () => {
    const own = await createMember("Gemeente Kempenrode");
    const other = await createMember("Gemeente Elders");
    const contact = await savePressContact(own, null, contactInput());
    await expect(savePressContact(other, contact.id, contactInput({ name: "Gekaapt" }))).rejects.toMatchObject({
      key: "notFound",
    });
    await expect(removePressContact(other, contact.id)).rejects.toMatchObject({ key: "notFound" });
    expect(await listPressContacts(other)).toEqual([]);
    await savePressContact(other, null, contactInput());
    expect(await listPressContacts(own)).toMatchObject([{ id: contact.id, name: "Lotte Peeters" }]);
  });
});

describe("the press invitation", () => {
  it("is refused without a press moment, and nothing is queued", async () => {
    const member = await createMember("Gemeente Zonderpers");
    const { expedition } = await createPlannedExpedition(member);
    const contact = await savePressContact(member, null, contactInput());
    await expect(sendPressInvitation(member, expedition.id, [contact.id])).rejects.toMatchObject({
      key: "noPressMoment",
    });
    expect(await prisma.outboxMessage.count({ where: { expeditionId: expedition.id } })).toBe(0);
  });

  it("does not reach another organization's expedition or contacts", async () => {
    const own = await createMember("Gemeente Kempenrode");
    const other = await createMember("Gemeente Elders");
    const { expedition, programme } = await createPlannedExpedition(own);
    await pressStop(own, programme.id, "10:45", "11:00");
    const ownContact = await savePressContact(own, null, contactInput());
    const otherContact = await savePressContact(other, null, contactInput({ email: "elders@krant.example" }));
    await expect(sendPressInvitation(other, expedition.id, [otherContact.id])).rejects.toMatchObject({
      key: "notFound",
    });
    await expect(sendPressInvitation(own, expedition.id, [ownContact.id, otherContact.id])).rejects.toMatchObject({
      key: "notFound",
    });
    expect(await prisma.outboxMessage.count({ where: { expeditionId: expedition.id } })).toBe(0);
    expect(await listPressInvitations(other, expedition.id)).toEqual([]);
  });

  it("arrives over SMTP with the time, place and contact person, once per version of its content", async () => {
    const member = await createMember("Gemeente Kempenrode", "COMMUNICATION_OFFICER");
    const { expedition, programme, service } = await createPlannedExpedition(member);
    const stop = await pressStop(member, programme.id, "10:45", "11:00");
    const contact = await savePressContact(member, null, contactInput());

    // A double click: two sends of the same content, one mail.
    expect(await sendPressInvitation(member, expedition.id, [contact.id])).toEqual({ queued: 1, unchanged: 0 });
    expect(await sendPressInvitation(member, expedition.id, [contact.id])).toEqual({ queued: 0, unchanged: 1 });
    expect(await listPressInvitations(member, expedition.id)).toMatchObject([
      { toAddress: "lotte@krant.example", status: "PENDING" },
    ]);

    const transport = smtp.transport();
    expect((await deliverDueMail(prisma, transport, { from })).sent).toBe(1);
    const mails = () => received.filter((m) => (m.to as { text: string }).text === "lotte@krant.example");
    expect(mails()).toHaveLength(1);
    const mail = mails()[0]!;
    expect(mail.subject).toBe(`Persuitnodiging: ${expedition.title}`);
    expect(mail.text).toContain("Beste Lotte Peeters,");
    expect(mail.text).toContain(`Gemeente Kempenrode nodigt u graag uit op het persmoment van ${expedition.title}.`);
    expect(mail.text).toContain("#ZorgLokaal");
    expect(mail.text).toContain("PERSMOMENT – MAANDAG 16 MAART 2099");
    expect(mail.text).toContain("Uur: 10:45–11:00");
    // No place of its own: where the group is, the service visited just before.
    expect(mail.text).toContain(`Plaats: ${service.name}, Lindestraat 1, 2275 Kempenrode`);
    expect(mail.text).toContain("Wat: Persmoment — Foto met de schepen en de bewoners");
    expect(mail.text).toContain("Tijdens: Busronde");
    expect(mail.text).toContain("Katrien Coppens · katrien@example.org · 014 12 34 00");
    expect(mail.html).toContain("Uur: 10:45–11:00");
    expect(await listPressInvitations(member, expedition.id)).toMatchObject([{ status: "SENT", lastError: "" }]);

    // The programme changes: the next send carries the new time, once.
    await pressStop(member, programme.id, "11:00", "11:15", stop.id);
    expect(await sendPressInvitation(member, expedition.id, [contact.id])).toEqual({ queued: 1, unchanged: 0 });
    expect(await sendPressInvitation(member, expedition.id, [contact.id])).toEqual({ queued: 0, unchanged: 1 });
    expect((await deliverDueMail(prisma, transport, { from })).sent).toBe(1);
    expect(mails()).toHaveLength(2);
    expect(mails()[1]!.text).toContain("Uur: 11:00–11:15");
    expect(await listPressInvitations(member, expedition.id)).toHaveLength(2);
  });
});
