import { beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { answerInvitation, sendInvitations } from "@/lib/invitations/mutations";
import { saveMandatary } from "@/lib/mandataries/mutations";
import { eraseMandatary } from "@/lib/personal-data/erase";
import { exportMandatary } from "@/lib/personal-data/export";
import { purgeExpiredNeeds } from "@/lib/personal-data/purge-needs";
import { countAnswers } from "@/lib/invitations/answers";
import { createMember, createPlannedExpedition, mandataryInput, rsvpAnswer, tokenFromMail } from "../helpers/factories";

let coordinator: Member;
let stranger: Member;

beforeAll(async () => {
  coordinator = await createMember("Gemeente Kempenrode");
  stranger = await createMember("Gemeente Heidebeek");
});

async function invitedMandatary(
  day = "2099-03-16",
  needs = { dietaryNeeds: "vegetarisch", mobilityNeeds: "rolstoel" },
) {
  const planned = await createPlannedExpedition(coordinator, day);
  const mandatary = await saveMandatary(
    coordinator,
    planned.mandatary.id,
    mandataryInput({ ...needs, email: planned.mandatary.email }),
  );
  await sendInvitations(coordinator, planned.expedition.id, [mandatary.id]);
  const mail = await prisma.outboxMessage.findFirstOrThrow({
    where: { toAddress: mandatary.email, kind: "invitation" },
  });
  return { ...planned, mandatary, token: tokenFromMail(mail.text) };
}

describe("export", () => {
  it("gives everything stored about the person, without live links", async () => {
    const { mandatary, expedition } = await invitedMandatary();
    const data = await exportMandatary(coordinator, mandatary.id);
    expect(data?.mandatary).toMatchObject({
      email: mandatary.email,
      dietaryNeeds: "vegetarisch",
      portfolios: ["Ouderenzorg"],
    });
    expect(data?.invitations).toEqual([expect.objectContaining({ expedition: expedition.title, status: "PENDING" })]);
    expect(data?.mails).toEqual([expect.objectContaining({ kind: "invitation", status: "PENDING" })]);
    expect(JSON.stringify(data)).not.toMatch(/\/rsvp\//);
    expect(await exportMandatary(stranger, mandatary.id)).toBeNull();
  });
});

describe("erasure", () => {
  it("removes the person, keeps only anonymous counts, and drops their unsent mail", async () => {
    const { mandatary, expedition, token } = await invitedMandatary("2099-06-01");
    await answerInvitation(token, rsvpAnswer("ACCEPTED", { note: "Ik kom graag" }), new Date("2099-05-01T10:00:00Z"));
    await expect(eraseMandatary(stranger, mandatary.id)).rejects.toMatchObject({ key: "notFound" });
    expect(await prisma.mandatary.count({ where: { id: mandatary.id } })).toBe(1);

    await prisma.importDraft.create({
      data: {
        organizationId: coordinator.organizationId,
        kind: "MANDATARIES",
        fileName: "raad.csv",
        columns: ["E-mail"],
        rows: [{ number: 2, cells: [mandatary.email] }],
        createdById: coordinator.userId,
      },
    });
    await eraseMandatary(coordinator, mandatary.id);
    expect(await prisma.mandatary.count({ where: { id: mandatary.id } })).toBe(0);
    expect(await prisma.importDraft.count({ where: { organizationId: coordinator.organizationId } })).toBe(0);
    expect(await prisma.invitation.count({ where: { mandataryId: mandatary.id } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { toAddress: mandatary.email } })).toBe(0);
    const tallies = await prisma.erasedAnswerTally.findMany({ where: { expeditionId: expedition.id } });
    expect(tallies.map(({ status, count }) => ({ status, count }))).toEqual([{ status: "ACCEPTED", count: 1 }]);
    expect(JSON.stringify(tallies)).not.toContain(mandatary.email);
    expect(countAnswers([], tallies)).toEqual({ invited: 1, accepted: 1, maybe: 0, declined: 0, pending: 0 });
  });

  it("also finds their invitation mail sent before their address changed", async () => {
    const { mandatary } = await invitedMandatary("2099-06-15");
    const oldAddress = mandatary.email;
    await saveMandatary(coordinator, mandatary.id, mandataryInput({ email: `nieuw-${oldAddress}` }));
    expect((await exportMandatary(coordinator, mandatary.id))?.mails).toHaveLength(1);
    await eraseMandatary(coordinator, mandatary.id);
    expect(await prisma.outboxMessage.count({ where: { toAddress: oldAddress } })).toBe(0);
  });

  it("blanks the address of mail that was already sent", async () => {
    const { mandatary } = await invitedMandatary("2099-06-08");
    await prisma.outboxMessage.updateMany({
      where: { toAddress: mandatary.email },
      data: { status: "SENT", sentAt: new Date() },
    });
    await eraseMandatary(coordinator, mandatary.id);
    expect(await prisma.outboxMessage.count({ where: { toAddress: mandatary.email } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { kind: "invitation", status: "SENT", toAddress: "" } })).toBe(1);
  });
});

describe("needs", () => {
  it("are purged once the aftercare of every expedition they were invited to has ended", async () => {
    const ended = await invitedMandatary("2099-09-01");
    const running = await invitedMandatary("2099-09-02");
    const notInvited = await saveMandatary(coordinator, null, mandataryInput({ dietaryNeeds: "halal" }));
    // The aftercare of the 1 September expedition ends on 31 October, of the other on 31 December.
    await prisma.expedition.update({
      where: { id: ended.expedition.id },
      data: { aftercareEndsOn: new Date("2099-10-31T00:00:00Z") },
    });
    await prisma.expedition.update({
      where: { id: running.expedition.id },
      data: { aftercareEndsOn: new Date("2099-12-31T00:00:00Z") },
    });

    const read = (id: string) => prisma.mandatary.findUniqueOrThrow({ where: { id } });
    // On the last day of the aftercare (23:30 in Brussels) nothing goes yet.
    await purgeExpiredNeeds(prisma, new Date("2099-10-31T22:30:00Z"));
    expect(await read(ended.mandatary.id)).toMatchObject({ dietaryNeeds: "vegetarisch", mobilityNeeds: "rolstoel" });
    // 1 November 00:30 in Brussels.
    expect(await purgeExpiredNeeds(prisma, new Date("2099-10-31T23:30:00Z"))).toBe(1);
    expect(await read(ended.mandatary.id)).toMatchObject({ dietaryNeeds: "", mobilityNeeds: "" });
    expect(await read(running.mandatary.id)).toMatchObject({ dietaryNeeds: "vegetarisch" });
    expect(await read(notInvited.id)).toMatchObject({ dietaryNeeds: "halal" });
    // Running it again changes nothing.
    expect(await purgeExpiredNeeds(prisma, new Date("2099-11-01T12:00:00Z"))).toBe(0);
  });

  it("are kept when entered after the last expedition, for the next one", async () => {
    const earlier = await invitedMandatary("2099-01-12");
    // Invited in January (aftercare ended in March); in June the needs are entered for a coming expedition.
    await prisma.mandatary.update({
      where: { id: earlier.mandatary.id },
      data: { dietaryNeeds: "glutenvrij", needsRecordedAt: new Date("2099-06-01T08:00:00Z") },
    });
    await purgeExpiredNeeds(prisma, new Date("2099-07-01T12:00:00Z"));
    expect(await prisma.mandatary.findUniqueOrThrow({ where: { id: earlier.mandatary.id } })).toMatchObject({
      dietaryNeeds: "glutenvrij",
    });
  });

  it("record when they were entered, and only when they change", async () => {
    const saved = await saveMandatary(coordinator, null, mandataryInput({ dietaryNeeds: "lactosevrij" }));
    expect(saved.needsRecordedAt).toBeInstanceOf(Date);
    const again = await saveMandatary(
      coordinator,
      saved.id,
      mandataryInput({ email: saved.email, dietaryNeeds: "lactosevrij", phone: "014 11 22 33" }),
    );
    expect(again.needsRecordedAt).toEqual(saved.needsRecordedAt);
    const plain = await saveMandatary(coordinator, null, mandataryInput());
    expect(plain.needsRecordedAt).toBeNull();
  });
});

describe("portfolios", () => {
  it("adds a new portfolio to the organization's list once", async () => {
    await saveMandatary(coordinator, null, mandataryInput({ portfolios: ["Kinderopvang", "Buurtwerking"] }));
    await saveMandatary(coordinator, null, mandataryInput({ portfolios: ["buurtwerking", "Jeugd"] }));
    const { portfolios } = await prisma.organization.findUniqueOrThrow({ where: { id: coordinator.organizationId } });
    expect(portfolios).toEqual(["Buurtwerking", "Jeugd", "Kinderopvang", "Ouderenzorg"]);
    const strangers = await prisma.organization.findUniqueOrThrow({ where: { id: stranger.organizationId } });
    expect(strangers.portfolios).toEqual([]);
  });
});
