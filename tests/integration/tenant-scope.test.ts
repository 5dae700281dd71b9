import { beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { getExpedition, listExpeditions } from "@/lib/expeditions/queries";
import { updateExpedition } from "@/lib/expeditions/mutations";
import { resendInvitation, sendInvitations } from "@/lib/invitations/mutations";
import { getMandatary, listMandataries } from "@/lib/mandataries/queries";
import { saveMandatary } from "@/lib/mandataries/mutations";
import { getOutboxMessage, listOutbox } from "@/lib/mail/queries";
import { createProgramme, removeStop, saveStop } from "@/lib/programme/mutations";
import { newProgrammeSchema, removeStopSchema, stopSchema } from "@/lib/programme/schemas";
import { getService, listServices } from "@/lib/services/queries";
import { updateService } from "@/lib/services/mutations";
import { inviteColleague } from "@/lib/team/mutations";
import {
  createMember,
  createPlannedExpedition,
  expeditionInput,
  mandataryInput,
  serviceInput,
} from "../helpers/factories";

// Organization A's data, asked for by a coordinator of organization B: always "not found", never changed.
let a: Member;
let b: Member;
let planned: Awaited<ReturnType<typeof createPlannedExpedition>>;
let invitationId: string;
let outboxId: string;

async function snapshot() {
  const organizationId = a.organizationId;
  return {
    expeditions: await prisma.expedition.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    programmes: await prisma.programme.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    stops: await prisma.stop.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    services: await prisma.careService.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    mandataries: await prisma.mandatary.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    invitations: await prisma.invitation.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    outbox: await prisma.outboxMessage.count(),
    invites: await prisma.userInvite.count(),
  };
}

/** The version a programme is at now: the refusals below must not be about a stale form. */
async function versionOf(programmeId: string) {
  return String((await prisma.programme.findUniqueOrThrow({ where: { id: programmeId } })).version);
}

beforeAll(async () => {
  a = await createMember("Gemeente Kempenrode");
  b = await createMember("Gemeente Heidebeek");
  planned = await createPlannedExpedition(a);
  await sendInvitations(a, planned.expedition.id, [planned.mandatary.id]);
  invitationId = (await prisma.invitation.findFirstOrThrow({ where: { organizationId: a.organizationId } })).id;
  outboxId = (await prisma.outboxMessage.findFirstOrThrow({ where: { organizationId: a.organizationId } })).id;
});

describe("reads across tenants", () => {
  it("find nothing of another organization", async () => {
    expect(await getExpedition(b, planned.expedition.id)).toBeNull();
    expect(await getService(b, planned.service.id)).toBeNull();
    expect(await getMandatary(b, planned.mandatary.id)).toBeNull();
    expect(await getOutboxMessage(b, outboxId)).toBeNull();
    expect(await listExpeditions(b)).toEqual([]);
    expect(await listServices(b)).toEqual([]);
    expect(await listMandataries(b)).toEqual([]);
    expect(await listOutbox(b)).toEqual([]);
  });

  it("a service contact sees only their own services", async () => {
    const other = await createPlannedExpedition(a);
    const contact: Member = { ...a, role: "SERVICE_CONTACT", serviceIds: [planned.service.id] };
    expect((await listServices(contact)).map((s) => s.id)).toEqual([planned.service.id]);
    expect(await getService(contact, other.service.id)).toBeNull();
    await expect(updateService(contact, other.service.id, serviceInput({ name: "Gekaapt" }))).rejects.toMatchObject({
      key: "notFound",
    });
  });
});

describe("writes across tenants", () => {
  const expedition = expeditionInput("2099-03-16", { title: "Gekaapt" });
  const attempts: [string, () => Promise<unknown>][] = [
    ["update expedition", () => updateExpedition(b, planned.expedition.id, expedition)],
    [
      "create programme",
      () =>
        createProgramme(
          b,
          newProgrammeSchema.parse({ expeditionId: planned.expedition.id, name: "X", day: "2099-03-16" }),
        ),
    ],
    [
      "add stop",
      async () =>
        saveStop(
          b,
          stopSchema.parse({
            programmeId: planned.programme.id,
            version: await versionOf(planned.programme.id),
            kind: "VISIT",
            serviceId: planned.service.id,
            startTime: "12:00",
            endTime: "13:00",
            activity: "",
          }),
        ),
    ],
    [
      "remove stop",
      async () =>
        removeStop(
          b,
          removeStopSchema.parse({ stopId: planned.stop.id, version: await versionOf(planned.programme.id) }),
        ),
    ],
    ["update service", () => updateService(b, planned.service.id, serviceInput({ name: "Gekaapt" }))],
    [
      "update mandatary",
      () =>
        saveMandatary(
          b,
          planned.mandatary.id,
          mandataryInput({ email: planned.mandatary.email, firstName: "Gekaapt" }),
        ),
    ],
    ["send invitations", () => sendInvitations(b, planned.expedition.id, [planned.mandatary.id])],
    ["resend invitation", () => resendInvitation(b, invitationId)],
    [
      "invite colleague for a foreign service",
      () =>
        inviteColleague(b, { email: "spion@example.org", role: "SERVICE_CONTACT", serviceIds: [planned.service.id] }),
    ],
  ];

  it.each(attempts)("%s is refused as not found and changes nothing", async (_name, attempt) => {
    const before = await snapshot();
    await expect(attempt()).rejects.toMatchObject({ key: "notFound" });
    expect(await snapshot()).toEqual(before);
  });

  it("B's own stop cannot use A's service", async () => {
    const own = await createPlannedExpedition(b);
    await expect(
      saveStop(
        b,
        stopSchema.parse({
          programmeId: own.programme.id,
          version: await versionOf(own.programme.id),
          kind: "VISIT",
          serviceId: planned.service.id,
          startTime: "12:00",
          endTime: "13:00",
          activity: "",
        }),
      ),
    ).rejects.toMatchObject({ key: "serviceRequired" });
  });

  it("B cannot invite A's mandatary to B's expedition", async () => {
    const own = await createPlannedExpedition(b);
    await expect(sendInvitations(b, own.expedition.id, [planned.mandatary.id])).rejects.toMatchObject({
      key: "notFound",
    });
    expect(await prisma.invitation.count({ where: { expeditionId: own.expedition.id } })).toBe(0);
  });
});
