import { randomBytes } from "node:crypto";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/session";
import { sendBriefingUpdates } from "@/lib/briefings/digest";
import { sendBriefings } from "@/lib/briefings/mutations";
import { getBriefingOverview } from "@/lib/briefings/queries";
import { prisma } from "@/lib/db";
import type { RsvpStatus } from "@/lib/generated/prisma/enums";
import { deliverDueMail } from "@/lib/mail/worker";
import { saveMandatary } from "@/lib/mandataries/mutations";
import { createService } from "@/lib/services/mutations";
import { brusselsInstant } from "@/lib/time";
import { hashToken } from "@/lib/tokens";
import { createMember, createPlannedExpedition, mandataryInput, serviceInput } from "../helpers/factories";
import { SmtpPeer, TEST_MAIL_FROM } from "../helpers/smtp-peer";

// A real SMTP peer on a free local port; what it receives is parsed with mailparser.
const smtp = new SmtpPeer();
const received = smtp.received;
beforeAll(() => smtp.start());
afterAll(() => smtp.stop());

const from = TEST_MAIL_FROM;

async function deliver(to: string): Promise<ParsedMail[]> {
  await deliverDueMail(prisma, smtp.transport(), { from });
  return received.filter((m) => (m.to as { text: string }).text === to);
}

const MINUTE = 60_000;

/** An expedition with a visit to the service (09:30–10:45), whose contact has an address, and the mandatary invited. */
async function plan(organization = "Gemeente Kempenrode") {
  const member = await createMember(organization);
  const planned = await createPlannedExpedition(member);
  const contact = `greet-${randomBytes(3).toString("hex")}@example.org`;
  await prisma.careService.update({ where: { id: planned.service.id }, data: { contactEmail: contact } });
  const { firstName, lastName } = planned.mandatary;
  return { member, contact, ...planned, name: `${firstName} ${lastName}` };
}

/** Writes an invitation and its answer straight into the table (the RSVP flow is not what is tested here). */
async function answer(
  member: Member,
  expeditionId: string,
  mandataryId: string,
  status: RsvpStatus,
  respondedAt: Date | null,
  companionName = "",
) {
  const data = { status, respondedAt, companionName };
  await prisma.invitation.upsert({
    where: { expeditionId_mandataryId: { expeditionId, mandataryId } },
    update: data,
    create: {
      ...data,
      organizationId: member.organizationId,
      expeditionId,
      mandataryId,
      tokenHash: hashToken(randomBytes(24).toString("base64url")),
      tokenExpiresAt: new Date("2099-04-01T00:00:00Z"),
    },
  });
}

const mayor = (member: Member) =>
  saveMandatary(
    member,
    null,
    mandataryInput({ firstName: "Jo", lastName: "Vermeulen", role: "MAYOR", portfolios: ["Welzijn", "Ouderenzorg"] }),
  );

describe("sending the briefings", () => {
  it("mails every participating service's contact who comes when, with names, roles, portfolios and times", async () => {
    const { member, expedition, service, mandatary, contact, name } = await plan();
    const jo = await mayor(member);
    const lien = await saveMandatary(member, null, mandataryInput({ firstName: "Lien", lastName: "Dewit" }));
    await answer(member, expedition.id, mandatary.id, "ACCEPTED", new Date(), "Tom Peeters");
    await answer(member, expedition.id, jo.id, "MAYBE", new Date());
    await answer(member, expedition.id, lien.id, "PENDING", null);
    // A second service visited, without a contact address: reported back, not silently skipped.
    const bron = await createService(member, serviceInput({ name: "Thuiszorg De Bron" }));
    await prisma.stop.create({
      data: {
        organizationId: member.organizationId,
        programmeId: (await prisma.programme.findFirstOrThrow({ where: { expeditionId: expedition.id } })).id,
        serviceId: bron.id,
        startsAt: brusselsInstant("2099-03-16", "11:00"),
        endsAt: brusselsInstant("2099-03-16", "12:00"),
      },
    });

    expect(await sendBriefings(member, expedition.id)).toEqual({
      sent: 1,
      upToDate: 0,
      missingEmail: ["Thuiszorg De Bron"],
    });
    const row = await prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: contact } });
    expect(row).toMatchObject({
      kind: "service-briefing",
      expeditionId: expedition.id,
      organizationId: member.organizationId,
    });
    const briefings = await prisma.serviceBriefing.findMany({ where: { expeditionId: expedition.id } });
    expect(briefings.map((b) => [b.serviceId, b.organizationId])).toEqual([[service.id, member.organizationId]]);

    const [mail, ...more] = await deliver(contact);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe(`${expedition.title}: wie komt er naar ${service.name}`);
    expect(mail!.text).toContain("Beste Greet Van Looy,");
    expect(mail!.text).toContain("MAANDAG 16 MAART 2099, 09:30–10:45 · BUSRONDE");
    expect(mail!.text).toContain("Wat gebeurt er: Ontbijt");
    expect(mail!.text).toContain("2 bezoekers en 1 begeleider:");
    expect(mail!.text).toContain(`• ${name}, schepen (Ouderenzorg) · samen met Tom Peeters`);
    expect(mail!.text).toContain("• Jo Vermeulen, burgemeester (Welzijn, Ouderenzorg) · misschien");
    expect(mail!.text).not.toContain("Lien Dewit");
    expect(mail!.text).toContain("Stevige schoenen.");
    expect(mail!.text).toContain("Katrien Coppens · katrien@example.org · 014 12 34 00");
    expect(mail!.html).toContain("Jo Vermeulen, burgemeester (Welzijn, Ouderenzorg)");

    // Nothing changed: a second click sends nothing.
    expect(await sendBriefings(member, expedition.id)).toMatchObject({ sent: 0, upToDate: 1 });
    expect(await prisma.outboxMessage.count({ where: { toAddress: contact } })).toBe(1);
  });

  it("refuses another organization's expedition and writes nothing", async () => {
    const { expedition, contact } = await plan();
    const other = await createMember("Gemeente Elders");
    await expect(sendBriefings(other, expedition.id)).rejects.toMatchObject({ key: "notFound" });
    expect(await getBriefingOverview(other, expedition.id)).toBeNull();
    expect(await prisma.serviceBriefing.count({ where: { expeditionId: expedition.id } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { toAddress: contact } })).toBe(0);
  });

  it("refuses an expedition that visits no service", async () => {
    const { member, expedition, programme } = await plan();
    await prisma.stop.deleteMany({ where: { programmeId: programme.id } });
    await expect(sendBriefings(member, expedition.id)).rejects.toMatchObject({ key: "noVisitsToBrief" });
    expect(await prisma.serviceBriefing.count({ where: { expeditionId: expedition.id } })).toBe(0);
  });
});

describe("the digest of changed answers", () => {
  it("turns a burst of answers into one update after the quiet period, and nothing when nothing changed", async () => {
    const { member, expedition, mandatary, contact, service, name } = await plan();
    const jo = await mayor(member);
    const piet = await saveMandatary(member, null, mandataryInput({ firstName: "Piet", lastName: "Claes" }));
    await answer(member, expedition.id, mandatary.id, "ACCEPTED", new Date());
    await sendBriefings(member, expedition.id);
    await deliver(contact);
    expect(await sendBriefingUpdates(prisma, new Date())).toBe(0);

    // Three answers within three minutes.
    const start = Date.now();
    await answer(member, expedition.id, jo.id, "ACCEPTED", new Date(start + 1 * MINUTE));
    await answer(member, expedition.id, mandatary.id, "MAYBE", new Date(start + 2 * MINUTE));
    await answer(member, expedition.id, piet.id, "ACCEPTED", new Date(start + 3 * MINUTE));
    const overview = await getBriefingOverview(member, expedition.id);
    expect(overview!.services[0]!.state).toMatchObject({ status: "updatePending" });

    expect(await sendBriefingUpdates(prisma, new Date(start + 10 * MINUTE))).toBe(0);
    expect(await sendBriefingUpdates(prisma, new Date(start + 17 * MINUTE))).toBe(0);
    expect(await sendBriefingUpdates(prisma, new Date(start + 18 * MINUTE + 1000))).toBe(1);
    expect(await sendBriefingUpdates(prisma, new Date(start + 30 * MINUTE))).toBe(0);
    const updates = await prisma.outboxMessage.findMany({
      where: { toAddress: contact, kind: "service-briefing-update" },
    });
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ organizationId: member.organizationId, expeditionId: expedition.id });
    const stored = await prisma.serviceBriefing.findFirstOrThrow({ where: { serviceId: service.id } });
    expect(stored.sentAt).toEqual(new Date(start + 18 * MINUTE + 1000));

    const mails = await deliver(contact);
    expect(mails).toHaveLength(2);
    const update = mails[1]!;
    expect(update.subject).toBe(`Bijgewerkt – ${expedition.title}: wie komt er naar ${service.name}`);
    expect(update.text).toContain(
      "Komt nu: Piet Claes, schepen (Ouderenzorg); Jo Vermeulen, burgemeester (Welzijn, Ouderenzorg)",
    );
    expect(update.text).toContain(`Komt nu misschien: ${name}`);
    expect(update.text).toContain("3 bezoekers:");
    expect(update.text).toContain(`• ${name}, schepen (Ouderenzorg) · misschien`);
  });

  it("sends one mail when two app instances run the digest at once, and tells who no longer comes", async () => {
    const { member, expedition, mandatary, contact } = await plan();
    const jo = await mayor(member);
    await answer(member, expedition.id, mandatary.id, "ACCEPTED", new Date());
    await answer(member, expedition.id, jo.id, "ACCEPTED", new Date());
    await sendBriefings(member, expedition.id);
    await answer(member, expedition.id, jo.id, "DECLINED", new Date());

    const later = new Date(Date.now() + 20 * MINUTE);
    const counts = await Promise.all([sendBriefingUpdates(prisma, later), sendBriefingUpdates(prisma, later)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { toAddress: contact, kind: "service-briefing-update" } })).toBe(
      1,
    );
    const update = (await deliver(contact)).find((m) => m.subject?.startsWith("Bijgewerkt"))!;
    expect(update.text).toContain("Komt niet meer: Jo Vermeulen");
    expect(update.text).toContain("1 bezoeker:");
  });

  it("keeps each organization's update in its own organization, and stops after the expedition", async () => {
    const first = await plan("Gemeente Kempenrode");
    const second = await plan("Gemeente Elders");
    for (const { member, expedition } of [first, second]) await sendBriefings(member, expedition.id);
    for (const { member, expedition, mandatary } of [first, second]) {
      await answer(member, expedition.id, mandatary.id, "ACCEPTED", new Date());
    }
    // After the expedition's last day nobody needs an update any more.
    expect(await sendBriefingUpdates(prisma, new Date("2099-03-18T10:00:00Z"))).toBe(0);

    await sendBriefingUpdates(prisma, new Date(Date.now() + 20 * MINUTE));
    for (const { member, expedition, contact, name } of [first, second]) {
      const rows = await prisma.outboxMessage.findMany({
        where: { toAddress: contact, kind: "service-briefing-update" },
      });
      expect(rows.map((r) => [r.organizationId, r.expeditionId])).toEqual([[member.organizationId, expedition.id]]);
      expect(rows[0]!.text).toContain(`Komt nu: ${name}`);
    }
  });
});
