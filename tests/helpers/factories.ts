import { randomBytes } from "node:crypto";
import type { Member } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { createExpedition } from "@/lib/expeditions/mutations";
import type { Role } from "@/lib/generated/prisma/client";
import { saveMandatary } from "@/lib/mandataries/mutations";
import { createProgramme, saveStop } from "@/lib/programme/mutations";
import { newProgrammeSchema, stopSchema } from "@/lib/programme/schemas";
import { createService } from "@/lib/services/mutations";
import type { ServiceInput } from "@/lib/services/schemas";
import type { MandataryInput } from "@/lib/mandataries/schemas";
import type { ExpeditionInput } from "@/lib/expeditions/schemas";
import type { RsvpInput } from "@/lib/invitations/mutations";

// Every record gets a name of its own (numbered per test file), so a test finds the one it made by its name.
let made = 0;
const FIRST_NAMES = ["Sarah", "Tom", "An", "Bart", "Lotte", "Koen"];

/** A complete, valid service as the form would deliver it. */
export function serviceInput(change: Partial<ServiceInput> = {}): ServiceInput {
  return {
    name: `Woonzorgcentrum De Linde ${++made}`,
    type: "RESIDENTIAL_CARE",
    street: "Lindestraat 1",
    postalCode: "2275",
    city: "Kempenrode",
    latitude: 51.2,
    longitude: 4.8,
    contactName: "Greet Van Looy",
    contactEmail: "",
    contactPhone: "",
    maxGroupSize: null,
    minVisitMinutes: null,
    dressCode: "",
    accessibilityNotes: "",
    handsOnActivities: [],
    visitingHours: [],
    ...change,
  };
}

/** A complete, valid mandatary with a name and e-mail address of their own. */
export function mandataryInput(change: Partial<MandataryInput> = {}): MandataryInput {
  const n = ++made;
  return {
    firstName: FIRST_NAMES[n % FIRST_NAMES.length]!,
    lastName: `Janssens ${n}`,
    role: "ALDERMAN",
    email: `mandatary-${n}-${randomBytes(3).toString("hex")}@example.org`,
    phone: "",
    party: "",
    portfolios: ["Ouderenzorg"],
    dietaryNeeds: "",
    mobilityNeeds: "",
    ...change,
  };
}

/** A complete, valid expedition on one day. */
export function expeditionInput(day = "2099-03-16", change: Partial<ExpeditionInput> = {}): ExpeditionInput {
  return {
    title: `Expeditie Zorg ${++made}`,
    firstDay: day,
    lastDay: day,
    contactName: "Katrien Coppens",
    contactEmail: "katrien@example.org",
    contactPhone: "014 12 34 00",
    practicalNotes: "Stevige schoenen.",
    rsvpDeadlineDay: day.replace(/-\d\d$/, "-09"),
    rsvpDeadlineTime: "12:00",
    aftercareEndsOn: "",
    videoUrl: "",
    reminderDays: 3,
    deadlineReminderDays: 2,
    ...change,
  };
}

/** An organization with one member of the given role, made through the real tables. */
export async function createMember(organizationName: string, role: Role = "COORDINATOR"): Promise<Member> {
  const suffix = randomBytes(4).toString("hex");
  const organization = await prisma.organization.create({ data: { name: organizationName } });
  const user = await prisma.user.create({
    data: { email: `coordinator-${suffix}@example.org`, name: `Coördinator ${suffix}` },
  });
  await prisma.membership.create({ data: { organizationId: organization.id, userId: user.id, role } });
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    organizationId: organization.id,
    organizationName: organization.name,
    role,
    serviceIds: [],
    organizations: [{ id: organization.id, name: organization.name }],
  };
}

/** A ready expedition (one day, one stop, one mandatary) made through the app's own mutations. */
export async function createPlannedExpedition(member: Member, day = "2099-03-16") {
  const service = await createService(member, serviceInput());
  const mandatary = await saveMandatary(member, null, mandataryInput());
  const expedition = await createExpedition(member, expeditionInput(day));
  const { programme } = await createProgramme(
    member,
    newProgrammeSchema.parse({ expeditionId: expedition.id, name: "Busronde", day, concept: "CUSTOM" }),
  );
  const { stop } = await saveStop(
    member,
    stopSchema.parse({
      programmeId: programme.id,
      // A fresh programme is at version 1; saving the stop raises it to 2.
      version: String(programme.version),
      kind: "VISIT",
      serviceId: service.id,
      startTime: "09:30",
      endTime: "10:45",
      activity: "Ontbijt",
    }),
  );
  return { service, mandatary, expedition, programme, stop };
}

/** The personal link's token from an invitation mail's text. */
export function tokenFromMail(text: string): string {
  const match = text.match(/\/rsvp\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no RSVP link in:\n${text}`);
  return match[1]!;
}

/** An RSVP answer as the form would send it: nothing but the answer unless given. */
export function rsvpAnswer(answer: RsvpInput["answer"], change: Partial<RsvpInput> = {}): RsvpInput {
  return { answer, stopIds: [], companionName: "", dietaryNeeds: "", mobilityNeeds: "", note: "", ...change };
}
