// Races between programme edits and answers: they take the locks of lib/db/locks.ts, so one waits for the other.
import { beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import nl from "@/lib/i18n/messages/nl.json";
import { answerInvitation, sendInvitations } from "@/lib/invitations/mutations";
import { saveMandatary } from "@/lib/mandataries/mutations";
import { createProgramme, removeStop, saveStop } from "@/lib/programme/mutations";
import { newProgrammeSchema, removeStopSchema, stopSchema } from "@/lib/programme/schemas";
import { createMember, createPlannedExpedition, mandataryInput, rsvpAnswer, tokenFromMail } from "../helpers/factories";

const DAY = "2099-05-18";
const beforeDeadline = new Date("2099-05-01T10:00:00Z");
const ROUNDS = 8;
const PEOPLE = 6;

let coordinator: Member;
let planned: Awaited<ReturnType<typeof createPlannedExpedition>>;
let programmeId: string;
let people: { mandataryId: string; invitationId: string; token: string }[];

const versionOf = async (id: string) => (await prisma.programme.findUniqueOrThrow({ where: { id } })).version;

async function addOption(title: string) {
  const version = String(await versionOf(programmeId));
  const form = stopSchema.parse({
    programmeId,
    version,
    kind: "VISIT",
    serviceId: planned.service.id,
    title,
    startTime: "13:30",
    endTime: "14:30",
    isOption: "on",
    capacity: String(PEOPLE * 2),
  });
  return (await saveStop(coordinator, form)).stop;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  coordinator = await createMember("Gemeente Slotdorp");
  planned = await createPlannedExpedition(coordinator, DAY);
  const { programme } = await createProgramme(
    coordinator,
    newProgrammeSchema.parse({
      expeditionId: planned.expedition.id,
      name: "Keuze",
      day: DAY,
      concept: "CUSTOM",
      kind: "CHOICE",
    }),
  );
  programmeId = programme.id;
  people = [];
  for (let i = 0; i < PEOPLE; i++) {
    const mandatary = await saveMandatary(coordinator, null, mandataryInput({ lastName: `Racer${i}` }));
    await sendInvitations(coordinator, planned.expedition.id, [mandatary.id]);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: mandatary.email } });
    const invitation = await prisma.invitation.findFirstOrThrow({ where: { mandataryId: mandatary.id } });
    people.push({ mandataryId: mandatary.id, invitationId: invitation.id, token: tokenFromMail(mail.text) });
  }
});

/** A refusal the user reads: a UserError with a Dutch message. */
function expectDutchRefusal(reason: unknown) {
  expect(reason).toBeInstanceOf(UserError);
  expect(nl.validation).toHaveProperty((reason as UserError).key);
}

describe("removing a stop while people pick it", () => {
  it("either refuses the removal (it has picks) or refuses the answers: never a pick of a stop that went", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const option = await addOption(`Optie ${round}`);
      const invitationsBefore = await prisma.invitation.findMany({
        where: { id: { in: people.map((p) => p.invitationId) } },
      });
      const needsBefore = await prisma.mandatary.findMany({ where: { id: { in: people.map((p) => p.mandataryId) } } });
      const mailsBefore = await prisma.outboxMessage.count({ where: { kind: "confirmation" } });
      const version = await versionOf(programmeId);
      // Without the coordinator's "they go too": a stop with picks stays. The first round removes before anyone
      // answers; later rounds start the removal a little later each time, so it meets the answers at other steps.
      const remove = () =>
        removeStop(coordinator, removeStopSchema.parse({ stopId: option.id, version: String(version) }));
      const removal = round === 0 ? remove() : wait((round - 1) * 4).then(remove);
      const answers = people.map(({ token }) =>
        answerInvitation(
          token,
          rsvpAnswer("ACCEPTED", { stopIds: [option.id], dietaryNeeds: `ronde ${round}` }),
          beforeDeadline,
        ),
      );
      const [removed, ...answered] = await Promise.allSettled([removal, ...answers]);

      const stopLeft = await prisma.stop.count({ where: { id: option.id } });
      const picks = await prisma.stopChoice.findMany({ where: { stopId: option.id } });
      const won = answered.filter((result) => result.status === "fulfilled").length;
      for (const result of answered) if (result.status === "rejected") expectDutchRefusal(result.reason);
      if (removed.status === "fulfilled") {
        // Nobody had picked it yet: every answer came after and found the option gone.
        expect(stopLeft).toBe(0);
        expect(won).toBe(0);
        for (const result of answered) expect(result).toMatchObject({ reason: { key: "notFound" } });
      } else {
        // It had picks when it was counted, and it stays with the count the coordinator was told.
        expectDutchRefusal(removed.reason);
        expect(removed.reason).toMatchObject({ key: "removeStopHasPicks" });
        const told = (removed.reason as UserError).values.count as number;
        expect(told).toBeGreaterThan(0);
        expect(stopLeft).toBe(1);
        expect(await versionOf(programmeId)).toBe(version);
        // Answers after the refusal picked it too: all went through.
        expect(won).toBe(PEOPLE);
        expect(picks).toHaveLength(PEOPLE);
        expect(told).toBeLessThanOrEqual(PEOPLE);
      }

      // Each answer is whole or absent: the invitation, the needs and the confirmation together.
      const invitations = await prisma.invitation.findMany({
        where: { id: { in: people.map((p) => p.invitationId) } },
      });
      const needs = await prisma.mandatary.findMany({ where: { id: { in: people.map((p) => p.mandataryId) } } });
      people.forEach((person, i) => {
        const before = invitationsBefore.find((inv) => inv.id === person.invitationId)!;
        const after = invitations.find((inv) => inv.id === person.invitationId)!;
        const mandatary = needs.find((m) => m.id === person.mandataryId)!;
        const picked = picks.some((pick) => pick.mandataryId === person.mandataryId);
        if (answered[i]!.status === "fulfilled") {
          expect(after.answerRevision).toBe(before.answerRevision + 1);
          expect(after.status).toBe("ACCEPTED");
          expect(mandatary.dietaryNeeds).toBe(`ronde ${round}`);
          expect(picked).toBe(true);
        } else {
          expect(after).toEqual(before);
          expect(mandatary.dietaryNeeds).toBe(needsBefore.find((m) => m.id === person.mandataryId)!.dietaryNeeds);
          expect(picked).toBe(false);
        }
      });
      expect(picks).toHaveLength(won);
      expect(await prisma.outboxMessage.count({ where: { kind: "confirmation" } })).toBe(mailsBefore + won);
    }
  });
});
