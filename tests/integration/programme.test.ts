import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { ChecksRefused, UserError } from "@/lib/errors";
import { createExpedition } from "@/lib/expeditions/mutations";
import type { RsvpStatus } from "@/lib/generated/prisma/client";
import { saveMandatary } from "@/lib/mandataries/mutations";
import { checkExpedition, programmeLegs, type Finding } from "@/lib/programme/checks";
import type { Concept } from "@/lib/programme/concepts";
import {
  createProgramme,
  moveStop,
  removeStop,
  savePicks,
  saveStop,
  updateProgrammeSettings,
} from "@/lib/programme/mutations";
import { loadExpeditionPlan } from "@/lib/programme/queries";
import {
  moveStopSchema,
  newProgrammeSchema,
  picksSchema,
  programmeSettingsSchema,
  removeStopSchema,
  stopSchema,
} from "@/lib/programme/schemas";
import { estimateTravel } from "@/lib/programme/travel";
import { createService } from "@/lib/services/mutations";
import { toBrusselsParts } from "@/lib/time";
import { createMember, expeditionInput, mandataryInput, serviceInput } from "../helpers/factories";

// Four services a few kilometres apart around Brecht (51.31 N, 4.67 E), listed in the order they are visited.
const PLACES = [
  { name: "Woonzorgcentrum De Linde", type: "RESIDENTIAL_CARE", latitude: 51.31, longitude: 4.67 },
  // Asks for visits of at least 75 minutes.
  { name: "Kinderdagverblijf Het Nestje", type: "CHILDCARE", latitude: 51.325, longitude: 4.69, minVisitMinutes: 75 },
  { name: "Thuiszorg Kempen", type: "HOME_CARE", latitude: 51.298, longitude: 4.705 },
  { name: "Dagverzorging De Bron", type: "DAY_CARE", latitude: 51.335, longitude: 4.652 },
] as const;

type Service = Awaited<ReturnType<typeof createService>>;
type Form = Record<string, string | string[] | undefined>;

let coordinator: Member;
let stranger: Member;
let services: Service[];

beforeAll(async () => {
  coordinator = await createMember("Gemeente Kempenrode");
  stranger = await createMember("Gemeente Heidebeek");
  services = [];
  for (const place of PLACES) services.push(await createService(coordinator, serviceInput({ ...place })));
});

// --- helpers -------------------------------------------------------------------------------------------------

/** An expedition of the coordinator's (or another member's) from `firstDay` to `lastDay`. */
async function expedition(firstDay = "2027-03-15", lastDay = "2027-03-19", member = coordinator) {
  return createExpedition(member, expeditionInput(firstDay, { lastDay }));
}

async function mandatary(lastName: string, portfolios: string[] = ["Welzijn"], member = coordinator) {
  return saveMandatary(member, null, mandataryInput({ firstName: "Mandataris", lastName, portfolios }));
}

/** Invitations written directly: sending them needs a programme with stops, and mail is not the point here. */
async function invite(expeditionId: string, mandataryIds: string[], status: RsvpStatus = "ACCEPTED") {
  for (const mandataryId of mandataryIds) {
    await prisma.invitation.create({
      data: {
        organizationId: coordinator.organizationId,
        expeditionId,
        mandataryId,
        tokenHash: randomBytes(16).toString("hex"),
        tokenExpiresAt: new Date("2099-01-01T00:00:00Z"),
        status,
      },
    });
  }
}

async function newProgramme(form: Form, member = coordinator) {
  return createProgramme(member, newProgrammeSchema.parse(form));
}

/** A programme without stops (concept CUSTOM) on the given day. */
async function customProgramme(expeditionId: string, day = "2027-03-16", kind: "FIXED" | "CHOICE" = "FIXED") {
  return (await newProgramme({ expeditionId, name: `Eigen programma ${kind}`, day, concept: "CUSTOM", kind }))
    .programme;
}

async function versionOf(programmeId: string) {
  return (await prisma.programme.findUniqueOrThrow({ where: { id: programmeId } })).version;
}

/** The stop form at the programme's current version. */
async function stopForm(programmeId: string, fields: Form, version?: number) {
  return stopSchema.parse({ programmeId, version: String(version ?? (await versionOf(programmeId))), ...fields });
}

const visit = (service: Service, startTime: string, endTime: string, extra: Form = {}): Form => ({
  kind: "VISIT",
  serviceId: service.id,
  startTime,
  endTime,
  ...extra,
});

async function addStop(programmeId: string, fields: Form, member = coordinator) {
  return (await saveStop(member, await stopForm(programmeId, fields))).stop;
}

async function stopsOf(programmeId: string) {
  return prisma.stop.findMany({
    where: { programmeId },
    orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }],
    include: { choices: true },
  });
}

const clock = (instant: Date) => toBrusselsParts(instant).time;
const times = (stops: { startsAt: Date; endsAt: Date }[]) =>
  stops.map((s) => `${clock(s.startsAt)}–${clock(s.endsAt)}`);

/** The error a promise rejects with (fails the test when it resolves). */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected the call to be refused"),
    (error: unknown) => error,
  );
}

const codes = (findings: Finding[]) => findings.map((f) => f.code);

async function findingsOf(expeditionId: string) {
  const plan = await loadExpeditionPlan(coordinator, expeditionId);
  return checkExpedition(plan!.programmes, plan!.mandataries);
}

// --- concepts ------------------------------------------------------------------------------------------------

describe("createProgramme with a concept", () => {
  // `nestje`: minutes at Het Nestje, which asks for at least 75 (rounded up to a quarter; fair stands are short).
  const tours: { concept: Concept; mode: string; ends: [string, RegExp]; nestje: number }[] = [
    { concept: "ROUND", mode: "CAR", ends: ["WELCOME", /Afsluiting/], nestje: 75 },
    { concept: "BUS_TOUR", mode: "BUS", ends: ["WELCOME", /Afsluiting/], nestje: 75 },
    { concept: "BIKE_TOUR", mode: "BIKE", ends: ["WELCOME", /Afsluiting/], nestje: 75 },
    { concept: "CIRCLE_DAY", mode: "BIKE", ends: ["MEAL", /lunch/i], nestje: 75 },
    { concept: "OPEN_DAY", mode: "WALK", ends: ["WELCOME", /Afsluiting/], nestje: 120 },
    { concept: "CARE_FAIR", mode: "WALK", ends: ["MEAL", /lunch/i], nestje: 15 },
  ];

  it.each(tours)("$concept: stops in order, legs that fit, a press moment, a fitting end", async (tour) => {
    const trip = await expedition();
    const serviceIds = services.map((s) => s.id);
    const { programme, unassigned } = await newProgramme({
      expeditionId: trip.id,
      name: tour.concept,
      day: "2027-03-16",
      concept: tour.concept,
      startTime: "09:00",
      serviceIds,
    });
    expect(unassigned).toBe(0);
    expect(programme).toMatchObject({ kind: "FIXED", concept: tour.concept, travelMode: tour.mode, version: 1 });

    const stops = await stopsOf(programme.id);
    expect(clock(stops[0]!.startsAt)).toBe("09:00");
    expect(stops.every((s) => toBrusselsParts(s.startsAt).day === "2027-03-16")).toBe(true);
    // One after the other, never two at once; the visits in the order the services were ticked.
    stops.slice(1).forEach((stop, i) => expect(stop.startsAt >= stops[i]!.endsAt).toBe(true));
    expect(stops.filter((s) => s.kind === "VISIT").map((s) => s.serviceId)).toEqual(serviceIds);
    expect(stops.filter((s) => s.kind === "PRESS")).toHaveLength(1);
    const last = stops.at(-1)!;
    expect(last.kind).toBe(tour.ends[0]);
    expect(last.title).toMatch(tour.ends[1]);
    if (tour.concept === "CIRCLE_DAY") expect(stops[0]!.kind).toBe("MEAL");
    const nestje = stops.find((s) => s.kind === "VISIT" && s.serviceId === services[1]!.id)!;
    expect((nestje.endsAt.getTime() - nestje.startsAt.getTime()) / 60_000).toBe(tour.nestje);

    const plan = (await loadExpeditionPlan(coordinator, trip.id))!;
    const findings = checkExpedition(plan.programmes, plan.mandataries);
    expect(codes(findings)).not.toContain("legDoesNotFit");
    expect(codes(findings)).not.toContain("overlap");
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    // The legs are really travelled: between different services the estimate is more than zero minutes.
    const legs = programmeLegs(plan.programmes[0]!);
    if (tour.concept !== "CARE_FAIR") expect(legs.filter((leg) => (leg.minutes ?? 0) > 0)).toHaveLength(3);
  });

  it("ROUND: lunch comes after the visit that ends near noon, before the next service", async () => {
    const trip = await expedition();
    const { programme } = await newProgramme({
      expeditionId: trip.id,
      name: "Ronde",
      day: "2027-03-16",
      concept: "ROUND",
      serviceIds: services.map((s) => s.id),
    });
    const stops = await stopsOf(programme.id);
    const lunch = stops.filter((s) => s.kind === "MEAL");
    expect(lunch).toHaveLength(1);
    const index = stops.indexOf(lunch[0]!);
    expect(stops[index - 1]!.kind).toBe("VISIT");
    expect(lunch[0]!.serviceId).toBe(stops[index - 1]!.serviceId);
    expect(stops.slice(index + 1).some((s) => s.kind === "VISIT")).toBe(true);
    expect(clock(lunch[0]!.startsAt) >= "11:45").toBe(true);
  });

  it("CUSTOM starts empty, fixed or choice as asked", async () => {
    const trip = await expedition();
    const fixed = await customProgramme(trip.id);
    const choice = await customProgramme(trip.id, "2027-03-17", "CHOICE");
    expect(fixed).toMatchObject({ kind: "FIXED", concept: "CUSTOM", version: 1 });
    expect(choice).toMatchObject({ kind: "CHOICE", concept: "CUSTOM" });
    expect(await prisma.stop.count({ where: { programmeId: { in: [fixed.id, choice.id] } } })).toBe(0);
  });

  it("refuses a day outside the expedition and services of another organization", async () => {
    const trip = await expedition();
    const form = { expeditionId: trip.id, name: "Ronde", concept: "ROUND", serviceIds: [services[0]!.id] };
    await expect(newProgramme({ ...form, day: "2027-03-20" })).rejects.toMatchObject({
      key: "dayOutsideExpedition",
    });
    const foreign = await createService(stranger, serviceInput({ name: "Elders" }));
    await expect(
      newProgramme({ ...form, day: "2027-03-16", serviceIds: [services[0]!.id, foreign.id] }),
    ).rejects.toMatchObject({ key: "serviceRequired" });
    expect(await prisma.programme.count({ where: { expeditionId: trip.id } })).toBe(0);
  });

  it("SPEED_DATE: every invited mandatary meets every service exactly once, no option over capacity", async () => {
    const trip = await expedition();
    const people = [];
    for (const name of ["Aerts", "Boon", "Claes", "Daems", "Engels", "Fierens"]) people.push(await mandatary(name));
    await invite(
      trip.id,
      people.map((p) => p.id),
    );
    // Someone who declined does not rotate.
    const declined = await mandatary("Goossens");
    await invite(trip.id, [declined.id], "DECLINED");
    const stands = services.slice(0, 3);
    const { programme } = await newProgramme({
      expeditionId: trip.id,
      name: "Speeddate",
      day: "2027-03-16",
      concept: "SPEED_DATE",
      startTime: "14:00",
      roundMinutes: "12",
      serviceIds: stands.map((s) => s.id),
    });
    expect(programme).toMatchObject({ kind: "CHOICE", concept: "SPEED_DATE", travelMode: "WALK" });

    const stops = await stopsOf(programme.id);
    const options = stops.filter((s) => s.isOption);
    // Six people, three stands: two per stand per round, three rounds.
    expect(options).toHaveLength(9);
    expect(options.every((o) => o.capacity === 2 && o.kind === "VISIT")).toBe(true);
    expect(new Set(options.map((o) => clock(o.startsAt)))).toEqual(new Set(["14:15", "14:29", "14:43"]));
    expect(options.every((o) => o.endsAt.getTime() - o.startsAt.getTime() === 12 * 60_000)).toBe(true);
    // All stands are at the venue (the first service).
    expect(options.every((o) => o.latitude === PLACES[0].latitude && o.placeName === PLACES[0].name)).toBe(true);
    expect(stops.filter((s) => !s.isOption).map((s) => s.kind)).toEqual(["WELCOME", "PRESS", "WELCOME"]);

    const choices = options.flatMap((o) => o.choices);
    expect(choices).toHaveLength(18);
    for (const option of options) expect(option.choices.length).toBeLessThanOrEqual(option.capacity!);
    for (const person of people) {
      const picked = options.filter((o) => o.choices.some((c) => c.mandataryId === person.id));
      expect(picked.map((o) => o.serviceId).sort()).toEqual(stands.map((s) => s.id).sort());
      expect(new Set(picked.map((o) => o.startsAt.getTime())).size).toBe(3);
    }
    expect(choices.some((c) => c.mandataryId === declined.id)).toBe(false);

    const findings = await findingsOf(trip.id);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("JOB_SWAP: each mandatary goes to the service their portfolio covers, one per service", async () => {
    const trip = await expedition();
    // In the order the participants are read (by last name), a naive fill would send Aerts to the childcare.
    const elderly = await mandatary("Aerts-Jobruil", ["Ouderenzorg"]);
    const children = await mandatary("Boon-Jobruil", ["Kinderopvang"]);
    await invite(trip.id, [elderly.id, children.id]);
    const [residential, childcare] = [services[0]!, services[1]!];
    const { programme, unassigned } = await newProgramme({
      expeditionId: trip.id,
      name: "Jobruil",
      day: "2027-03-17",
      concept: "JOB_SWAP",
      serviceIds: [childcare.id, residential.id],
    });
    expect(unassigned).toBe(0);
    expect(programme).toMatchObject({ kind: "CHOICE", concept: "JOB_SWAP" });
    const stops = await stopsOf(programme.id);
    expect(stops).toHaveLength(2);
    expect(stops.every((s) => s.isOption && s.capacity === 1)).toBe(true);
    expect(times(stops)).toEqual(["09:00–12:30", "09:00–12:30"]);
    const pickOf = (serviceId: string) =>
      stops.find((s) => s.serviceId === serviceId)!.choices.map((c) => c.mandataryId);
    expect(pickOf(residential.id)).toEqual([elderly.id]);
    expect(pickOf(childcare.id)).toEqual([children.id]);
  });
});

// --- saving stops --------------------------------------------------------------------------------------------

describe("saveStop", () => {
  let tripId: string;

  beforeAll(async () => {
    tripId = (await expedition()).id;
  });

  it("refuses a stop whose leg does not fit, and stores it when the coordinator saves anyway", async () => {
    const programme = await customProgramme(tripId);
    const first = await addStop(programme.id, visit(services[0]!, "09:00", "10:00"));
    expect(await versionOf(programme.id)).toBe(2);
    // De Bron is a good 3 km from De Linde: no time to drive there at 10:00.
    const tooSoon = visit(services[3]!, "10:00", "11:00");
    const error = await failure(saveStop(coordinator, await stopForm(programme.id, tooSoon)));
    expect(error).toBeInstanceOf(ChecksRefused);
    const refused = (error as ChecksRefused).findings;
    const minutes = estimateTravel(PLACES[0], PLACES[3], "CAR").minutes;
    expect(minutes).toBeGreaterThan(0);
    expect(refused).toEqual([
      expect.objectContaining({
        code: "legDoesNotFit",
        programmeId: programme.id,
        values: expect.objectContaining({ gap: 0, minutes, mode: "CAR" }),
      }),
    ]);
    expect((await stopsOf(programme.id)).map((s) => s.id)).toEqual([first.id]);
    expect(await versionOf(programme.id)).toBe(2);

    const { stop, findings } = await saveStop(
      coordinator,
      await stopForm(programme.id, { ...tooSoon, saveAnyway: "on" }),
    );
    expect((await stopsOf(programme.id)).map((s) => s.id)).toEqual([first.id, stop.id]);
    expect(await versionOf(programme.id)).toBe(3);
    expect(findings).toContainEqual(expect.objectContaining({ code: "legDoesNotFit", stopIds: [stop.id] }));

    // With enough time to travel the same stop goes through without asking.
    const later = await addStop(programme.id, visit(services[2]!, "13:00", "14:00"));
    expect(later.serviceId).toBe(services[2]!.id);
  });

  it("refuses an edit made on a stale version and changes nothing", async () => {
    const programme = await customProgramme(tripId);
    const stop = await addStop(programme.id, visit(services[0]!, "09:00", "10:00", { activity: "Rondleiding" }));
    await addStop(programme.id, { kind: "PRESS", title: "Persmoment", startTime: "10:00", endTime: "10:15" });
    const version = await versionOf(programme.id);
    expect(version).toBe(3);
    const stale = await stopForm(programme.id, { ...visit(services[0]!, "09:00", "10:30"), stopId: stop.id }, 2);
    await expect(saveStop(coordinator, stale)).rejects.toMatchObject({ key: "programmeChanged" });
    expect(await prisma.stop.findUniqueOrThrow({ where: { id: stop.id } })).toEqual(stop);
    expect(await versionOf(programme.id)).toBe(3);
    // The same edit on the current version goes through.
    const fresh = await stopForm(programme.id, { ...visit(services[0]!, "09:00", "09:45"), stopId: stop.id });
    const { stop: edited } = await saveStop(coordinator, fresh);
    expect(times([edited])).toEqual(["09:00–09:45"]);
    // A field left out of the form is emptied: the form always sends everything.
    expect(edited.activity).toBe("");
    expect(await versionOf(programme.id)).toBe(4);
  });

  it("with shiftLater moves every later stop by as much as the edited stop's end moved", async () => {
    const programme = await customProgramme(tripId);
    const first = await addStop(programme.id, visit(services[0]!, "09:00", "10:00"));
    await addStop(programme.id, { kind: "PRESS", title: "Persmoment", startTime: "10:00", endTime: "10:15" });
    await addStop(programme.id, visit(services[0]!, "10:30", "11:30", { title: "Tweede deel" }));
    await addStop(programme.id, { kind: "MEAL", title: "Lunch", startTime: "12:00", endTime: "12:45" });
    expect(times(await stopsOf(programme.id))).toEqual(["09:00–10:00", "10:00–10:15", "10:30–11:30", "12:00–12:45"]);

    const edit = { ...visit(services[0]!, "09:00", "10:20"), stopId: first.id, shiftLater: "on" };
    await saveStop(coordinator, await stopForm(programme.id, edit));
    expect(times(await stopsOf(programme.id))).toEqual(["09:00–10:20", "10:20–10:35", "10:50–11:50", "12:20–13:05"]);

    // Without shiftLater only the stop itself changes.
    const back = { ...visit(services[0]!, "08:45", "10:20"), stopId: first.id };
    await saveStop(coordinator, await stopForm(programme.id, back));
    expect(times(await stopsOf(programme.id))).toEqual(["08:45–10:20", "10:20–10:35", "10:50–11:50", "12:20–13:05"]);

    // Earlier end with shiftLater: the later stops move up by the same 20 minutes.
    const shorter = { ...visit(services[0]!, "08:45", "10:00"), stopId: first.id, shiftLater: "on" };
    await saveStop(coordinator, await stopForm(programme.id, shorter));
    expect(times(await stopsOf(programme.id))).toEqual(["08:45–10:00", "10:00–10:15", "10:30–11:30", "12:00–12:45"]);
  });

  it("the schema refuses a visit without service, another stop without title, an end before the start", () => {
    const base = { programmeId: "p1", version: "1" };
    const issues = (form: Form) => {
      const result = stopSchema.safeParse({ ...base, ...form });
      return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    };
    expect(issues({ kind: "VISIT", startTime: "09:00", endTime: "10:00" })).toEqual([
      { path: "serviceId", message: "serviceRequired" },
    ]);
    expect(issues({ kind: "VISIT", serviceId: "", startTime: "09:00", endTime: "10:00" })).toEqual([
      { path: "serviceId", message: "serviceRequired" },
    ]);
    expect(issues({ kind: "PRESS", startTime: "09:00", endTime: "10:00" })).toEqual([
      { path: "title", message: "stopTitleRequired" },
    ]);
    expect(issues({ kind: "MEAL", title: "   ", startTime: "12:00", endTime: "13:00" })).toEqual([
      { path: "title", message: "stopTitleRequired" },
    ]);
    expect(issues({ kind: "PRESS", title: "Persmoment", startTime: "10:00", endTime: "09:30" })).toEqual([
      { path: "endTime", message: "endBeforeStart" },
    ]);
    expect(issues({ kind: "PRESS", title: "Persmoment", startTime: "10:00", endTime: "10:00" })).toEqual([
      { path: "endTime", message: "endBeforeStart" },
    ]);
    // And the complete forms pass.
    expect(issues({ kind: "VISIT", serviceId: "s1", startTime: "09:00", endTime: "10:00" })).toEqual([]);
    expect(issues({ kind: "PRESS", title: "Persmoment", startTime: "09:00", endTime: "09:15" })).toEqual([]);
  });

  it("two saves on the same version at once: exactly one goes through", async () => {
    const programme = await customProgramme(tripId);
    await addStop(programme.id, visit(services[0]!, "09:00", "10:00"));
    const version = await versionOf(programme.id);
    const forms = [
      await stopForm(programme.id, visit(services[0]!, "13:00", "14:00"), version),
      await stopForm(programme.id, visit(services[0]!, "15:00", "16:00"), version),
    ];
    const [a, b] = await Promise.allSettled(forms.map((form) => saveStop(coordinator, form)));
    const outcomes = [a!, b!];
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.filter((o) => o.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(UserError);
    expect(rejected[0]!.reason).toMatchObject({ key: "programmeChanged" });
    expect(await prisma.stop.count({ where: { programmeId: programme.id } })).toBe(2);
    expect(await versionOf(programme.id)).toBe(version + 1);
  });
});

// --- moving and removing -------------------------------------------------------------------------------------

describe("moveStop and removeStop", () => {
  it("swaps a stop with the one before it; the pair keeps its window and its gap", async () => {
    const programme = await customProgramme((await expedition()).id);
    const a = await addStop(programme.id, visit(services[0]!, "09:00", "10:00"));
    const b = await addStop(programme.id, { kind: "PRESS", title: "Persmoment", startTime: "10:15", endTime: "11:00" });
    const c = await addStop(programme.id, { kind: "MEAL", title: "Lunch", startTime: "12:00", endTime: "12:45" });
    const version = await versionOf(programme.id);

    await moveStop(coordinator, moveStopSchema.parse({ stopId: b.id, version: String(version), direction: "earlier" }));
    const stops = await stopsOf(programme.id);
    expect(stops.map((s) => s.id)).toEqual([b.id, a.id, c.id]);
    expect(times(stops)).toEqual(["09:00–09:45", "10:00–11:00", "12:00–12:45"]);
    expect(await versionOf(programme.id)).toBe(version + 1);

    // On the old version: refused, nothing moves.
    const stale = moveStopSchema.parse({ stopId: a.id, version: String(version), direction: "later" });
    await expect(moveStop(coordinator, stale)).rejects.toMatchObject({ key: "programmeChanged" });
    expect(times(await stopsOf(programme.id))).toEqual(["09:00–09:45", "10:00–11:00", "12:00–12:45"]);
  });

  it("removes a stop only on the current version", async () => {
    const programme = await customProgramme((await expedition()).id);
    const a = await addStop(programme.id, visit(services[0]!, "09:00", "10:00"));
    const b = await addStop(programme.id, visit(services[0]!, "10:00", "11:00", { title: "Deel 2" }));
    const version = await versionOf(programme.id);
    const stale = removeStopSchema.parse({ stopId: a.id, version: String(version - 1) });
    await expect(removeStop(coordinator, stale)).rejects.toMatchObject({ key: "programmeChanged" });
    expect((await stopsOf(programme.id)).map((s) => s.id)).toEqual([a.id, b.id]);
    expect(await versionOf(programme.id)).toBe(version);

    await removeStop(coordinator, removeStopSchema.parse({ stopId: a.id, version: String(version) }));
    expect((await stopsOf(programme.id)).map((s) => s.id)).toEqual([b.id]);
    expect(await versionOf(programme.id)).toBe(version + 1);
  });
});

// --- programme settings --------------------------------------------------------------------------------------

describe("updateProgrammeSettings", () => {
  const settings = (programmeId: string, version: number, day: string, change: Form = {}) =>
    programmeSettingsSchema.parse({
      programmeId,
      version: String(version),
      name: "Ronde",
      day,
      kind: "FIXED",
      travelMode: "CAR",
      groupSize: "",
      notes: "",
      ...change,
    });

  it("a new day moves every stop to it at the same Brussels clock time, across the switch to summer time", async () => {
    // Brussels moves its clocks forward on Sunday 2027-03-28.
    const trip = await expedition("2027-03-22", "2027-04-02");
    const programme = await customProgramme(trip.id, "2027-03-26");
    await addStop(programme.id, visit(services[0]!, "09:00", "10:00"));
    await addStop(programme.id, { kind: "MEAL", title: "Lunch", startTime: "12:00", endTime: "12:45" });
    const before = await stopsOf(programme.id);
    expect(before[0]!.startsAt.toISOString()).toBe("2027-03-26T08:00:00.000Z");

    await updateProgrammeSettings(
      coordinator,
      settings(programme.id, await versionOf(programme.id), "2027-03-29", { groupSize: "12", name: "Nieuwe ronde" }),
    );
    const moved = await stopsOf(programme.id);
    expect(moved.map((s) => toBrusselsParts(s.startsAt))).toEqual([
      { day: "2027-03-29", time: "09:00" },
      { day: "2027-03-29", time: "12:00" },
    ]);
    expect(times(moved)).toEqual(["09:00–10:00", "12:00–12:45"]);
    // Summer time: 09:00 in Brussels is 07:00 UTC now.
    expect(moved[0]!.startsAt.toISOString()).toBe("2027-03-29T07:00:00.000Z");
    const stored = await prisma.programme.findUniqueOrThrow({ where: { id: programme.id } });
    expect(stored).toMatchObject({ name: "Nieuwe ronde", groupSize: 12, version: 4 });
    expect(stored.day.toISOString().slice(0, 10)).toBe("2027-03-29");
  });

  it("refuses a day outside the expedition and changes nothing", async () => {
    const trip = await expedition("2027-03-22", "2027-04-02");
    const programme = await customProgramme(trip.id, "2027-03-26");
    await addStop(programme.id, visit(services[0]!, "09:00", "10:00"));
    const version = await versionOf(programme.id);
    for (const day of ["2027-04-03", "2027-03-21"]) {
      await expect(
        updateProgrammeSettings(coordinator, settings(programme.id, version, day, { name: "Verschoven" })),
      ).rejects.toMatchObject({ key: "dayOutsideExpedition" });
    }
    const stored = await prisma.programme.findUniqueOrThrow({ where: { id: programme.id } });
    expect(stored).toMatchObject({ name: "Eigen programma FIXED", version });
    expect(stored.day.toISOString().slice(0, 10)).toBe("2027-03-26");
    expect(times(await stopsOf(programme.id))).toEqual(["09:00–10:00"]);
  });
});

// --- picks ---------------------------------------------------------------------------------------------------

describe("savePicks", () => {
  let tripId: string;
  let welcome: { id: string };
  /** Capacity 1, 09:30–10:30. */
  let small: { id: string };
  /** 09:45–10:45, overlaps `small` and `wide`. */
  let early: { id: string };
  /** 11:00–12:00. */
  let late: { id: string };
  /** 10:00–11:30, overlaps `early` and `late`. */
  let wide: { id: string };
  let otherTripOption: { id: string };
  let fixedStop: { id: string };

  const picks = (mandataryId: string, stopIds: string[], expeditionId = tripId) =>
    savePicks(coordinator, picksSchema.parse({ expeditionId, mandataryId, stopIds }));

  async function picksOf(mandataryId: string) {
    const choices = await prisma.stopChoice.findMany({ where: { mandataryId } });
    return choices.map((c) => c.stopId).sort();
  }

  beforeAll(async () => {
    tripId = (await expedition()).id;
    const programme = await customProgramme(tripId, "2027-03-16", "CHOICE");
    const linde = services[0]!;
    welcome = await addStop(programme.id, {
      kind: "WELCOME",
      title: "Onthaal",
      serviceId: linde.id,
      startTime: "09:00",
      endTime: "09:15",
    });
    const option = (start: string, end: string, capacity: string, title: string) =>
      addStop(programme.id, visit(linde, start, end, { isOption: "on", capacity, title }));
    small = await option("09:30", "10:30", "1", "Klein");
    early = await option("09:45", "10:45", "5", "Vroeg");
    late = await option("11:00", "12:00", "5", "Laat");
    wide = await option("10:00", "11:30", "5", "Breed");

    const otherTrip = await expedition();
    const otherChoice = await customProgramme(otherTrip.id, "2027-03-16", "CHOICE");
    otherTripOption = await addStop(otherChoice.id, visit(linde, "09:00", "10:00", { isOption: "on", capacity: "5" }));
    const fixed = await customProgramme(tripId, "2027-03-17");
    fixedStop = await addStop(fixed.id, visit(linde, "09:00", "10:00", { isOption: "on", capacity: "5" }));
  });

  it("records a mandatary's picks, replacing the earlier ones", async () => {
    const person = await mandatary("Kiezer");
    await picks(person.id, [early.id, late.id]);
    expect(await picksOf(person.id)).toEqual([early.id, late.id].sort());
    await picks(person.id, [small.id]);
    expect(await picksOf(person.id)).toEqual([small.id]);
    // Someone else's picks are untouched.
    const other = await mandatary("Anderen");
    await picks(other.id, [late.id]);
    expect(await picksOf(person.id)).toEqual([small.id]);
    expect(await picksOf(other.id)).toEqual([late.id]);
  });

  it("refuses a full option and keeps the earlier picks", async () => {
    // `small` (capacity 1) was taken by Kiezer in the previous test; make sure it is taken here too.
    const first = await mandatary("Eerste");
    const second = await mandatary("Tweede");
    await prisma.stopChoice.deleteMany({ where: { stopId: small.id } });
    await picks(first.id, [small.id]);
    await picks(second.id, [late.id]);
    const error = await failure(picks(second.id, [small.id, late.id]));
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ key: "optionFull", values: { capacity: 1 } });
    expect(await picksOf(second.id)).toEqual([late.id]);
    expect((await prisma.stopChoice.findMany({ where: { stopId: small.id } })).map((c) => c.mandataryId)).toEqual([
      first.id,
    ]);
  });

  it("refuses two options at the same time", async () => {
    const person = await mandatary("Dubbel");
    await picks(person.id, [late.id]);
    const error = await failure(picks(person.id, [early.id, wide.id]));
    expect(error).toBeInstanceOf(ChecksRefused);
    const findings = (error as ChecksRefused).findings;
    expect(codes(findings)).toEqual(["doubleBooked"]);
    expect(findings[0]!.mandataryId).toBe(person.id);
    expect([...findings[0]!.stopIds].sort()).toEqual([early.id, wide.id].sort());
    expect(await picksOf(person.id)).toEqual([late.id]);
  });

  it("refuses stops that are not options of this expedition", async () => {
    const person = await mandatary("Verdwaald");
    await picks(person.id, [late.id]);
    for (const stopId of [welcome.id, otherTripOption.id, fixedStop.id, "bestaat-niet"]) {
      await expect(picks(person.id, [early.id, stopId])).rejects.toMatchObject({ key: "notFound" });
    }
    expect(await picksOf(person.id)).toEqual([late.id]);
  });

  it("clearing all picks of an invited mandatary removes them", async () => {
    const person = await mandatary("Uitgenodigd");
    await invite(tripId, [person.id]);
    await picks(person.id, [late.id]);
    await picks(person.id, []);
    expect(await picksOf(person.id)).toEqual([]);
  });

  // Without picks and without an invitation the mandatary is not in loadExpeditionPlan's list.
  it("clearing all picks of a mandatary who was not invited removes them", async () => {
    const person = await mandatary("Spijtoptant");
    await picks(person.id, [late.id]);
    await picks(person.id, []);
    expect(await picksOf(person.id)).toEqual([]);
  });

  it("refuses only what the change adds: an option over capacity that was kept does not block other picks", async () => {
    const [one, two] = [await mandatary("Blijver"), await mandatary("Nieuwkomer")];
    await prisma.stopChoice.deleteMany({ where: { stopId: small.id } });
    await picks(one.id, [small.id]);
    // The option is overbooked by someone else's doing (e.g. saved anyway): `one` keeps it and may add another.
    await prisma.stopChoice.create({
      data: { organizationId: coordinator.organizationId, stopId: small.id, mandataryId: two.id },
    });
    await picks(one.id, [small.id, late.id]);
    expect(await picksOf(one.id)).toEqual([small.id, late.id].sort());
    // Newly taking the overbooked option is still refused.
    const third = await mandatary("Derde");
    await expect(picks(third.id, [small.id])).rejects.toMatchObject({ key: "optionFull" });
  });
});

describe("limits", () => {
  it("a concept that would run past midnight is refused, and nothing is made", async () => {
    const trip = await expedition();
    const before = await prisma.programme.count({ where: { expeditionId: trip.id } });
    const late = newProgramme({
      expeditionId: trip.id,
      name: "Nachtronde",
      day: "2027-03-16",
      concept: "OPEN_DAY",
      startTime: "20:00",
      serviceIds: services.map((s) => s.id),
    });
    await expect(late).rejects.toMatchObject({ key: "conceptPastMidnight", field: "startTime" });
    expect(await prisma.programme.count({ where: { expeditionId: trip.id } })).toBe(before);
  });

  it("a concept takes at most 30 services, each once", () => {
    const form = (serviceIds: string[]) => ({
      expeditionId: "e",
      name: "Speeddate",
      day: "2027-03-16",
      concept: "SPEED_DATE",
      serviceIds,
    });
    const many = newProgrammeSchema.safeParse(form(Array.from({ length: 31 }, (_, i) => `s${i}`)));
    expect(many.success).toBe(false);
    expect(many.error?.issues[0]).toMatchObject({ path: ["serviceIds"], message: "tooManyServices" });
    expect(newProgrammeSchema.parse(form(["a", "b", "a"])).serviceIds).toEqual(["a", "b"]);
  });

  it("shifting later stops past midnight is refused and changes nothing", async () => {
    const trip = await expedition();
    const programme = await customProgramme(trip.id);
    const first = await addStop(programme.id, visit(services[0]!, "21:00", "22:00"));
    await addStop(programme.id, { kind: "MEAL", title: "Late soep", startTime: "22:30", endTime: "23:30" });
    const version = await versionOf(programme.id);
    const edit = saveStop(
      coordinator,
      await stopForm(programme.id, { ...visit(services[0]!, "21:00", "23:00"), stopId: first.id, shiftLater: "on" }),
    );
    await expect(edit).rejects.toMatchObject({ key: "shiftPastMidnight" });
    expect(await versionOf(programme.id)).toBe(version);
    expect((await stopsOf(programme.id)).map((s) => toBrusselsParts(s.endsAt).time)).toEqual(["22:00", "23:30"]);
  });

  it("removing an option with picks asks for confirmation; with it, the picks go too", async () => {
    const trip = await expedition();
    const programme = await customProgramme(trip.id, "2027-03-16", "CHOICE");
    const option = await addStop(programme.id, visit(services[0]!, "10:00", "11:00", { isOption: "on" }));
    const person = await mandatary("Gekozen");
    await savePicks(
      coordinator,
      picksSchema.parse({ expeditionId: trip.id, mandataryId: person.id, stopIds: [option.id] }),
    );
    const remove = async (confirm?: string) =>
      removeStop(
        coordinator,
        removeStopSchema.parse({ stopId: option.id, version: String(await versionOf(programme.id)), confirm }),
      );
    await expect(remove()).rejects.toMatchObject({ key: "removeStopHasPicks", values: { count: 1 } });
    expect(await prisma.stop.count({ where: { id: option.id } })).toBe(1);
    await remove("on");
    expect(await prisma.stop.count({ where: { id: option.id } })).toBe(0);
    expect(await prisma.stopChoice.count({ where: { mandataryId: person.id } })).toBe(0);
  });
});

// --- other organizations -------------------------------------------------------------------------------------

describe("another organization", () => {
  it("gets notFound for the programmes, stops and mandataries of the first, and changes nothing", async () => {
    const trip = await expedition();
    const programme = await customProgramme(trip.id, "2027-03-16", "CHOICE");
    const stop = await addStop(programme.id, visit(services[0]!, "09:00", "10:00", { isOption: "on", capacity: "3" }));
    const person = await mandatary("Eigen");
    const version = await versionOf(programme.id);

    const ownTrip = await expedition("2027-03-15", "2027-03-19", stranger);
    const ownService = await createService(stranger, serviceInput({ name: "Eigen dienst", latitude: 51.3 }));
    const own = (
      await newProgramme(
        { expeditionId: ownTrip.id, name: "Eigen", day: "2027-03-16", concept: "CUSTOM", kind: "CHOICE" },
        stranger,
      )
    ).programme;

    const snapshot = async () => ({
      programmes: await prisma.programme.findMany({ where: { expeditionId: trip.id }, orderBy: { id: "asc" } }),
      stops: await prisma.stop.findMany({ where: { programmeId: programme.id }, orderBy: { id: "asc" } }),
      choices: await prisma.stopChoice.count({ where: { mandataryId: person.id } }),
    });
    const before = await snapshot();
    const form = (programmeId: string, fields: Form, v = version) =>
      stopSchema.parse({ programmeId, version: String(v), ...fields });

    const notFound: [string, () => Promise<unknown>][] = [
      [
        "add a stop to its programme",
        () => saveStop(stranger, form(programme.id, visit(ownService, "11:00", "12:00"))),
      ],
      [
        "edit its stop through an own programme",
        () => saveStop(stranger, form(own.id, { ...visit(ownService, "11:00", "12:00"), stopId: stop.id }, 1)),
      ],
      [
        "move its stop",
        () =>
          moveStop(stranger, moveStopSchema.parse({ stopId: stop.id, version: String(version), direction: "later" })),
      ],
      [
        "remove its stop",
        () => removeStop(stranger, removeStopSchema.parse({ stopId: stop.id, version: String(version) })),
      ],
      [
        "change its programme's settings",
        () =>
          updateProgrammeSettings(
            stranger,
            programmeSettingsSchema.parse({
              programmeId: programme.id,
              version: String(version),
              name: "Gekaapt",
              day: "2027-03-16",
              kind: "FIXED",
              travelMode: "CAR",
            }),
          ),
      ],
      [
        "add a programme to its expedition",
        () => newProgramme({ expeditionId: trip.id, name: "Gekaapt", day: "2027-03-16" }, stranger),
      ],
      [
        "record picks for its mandatary",
        () =>
          savePicks(stranger, picksSchema.parse({ expeditionId: trip.id, mandataryId: person.id, stopIds: [stop.id] })),
      ],
    ];
    for (const [name, attempt] of notFound) {
      const error = await failure(attempt());
      expect(error, name).toBeInstanceOf(UserError);
      expect((error as UserError).key, name).toBe("notFound");
    }
    // Its service in an own stop or programme: refused on the service field, as an id that does not exist is.
    for (const serviceId of [services[0]!.id, "bestaat-niet"]) {
      await expect(
        saveStop(stranger, form(own.id, visit({ ...ownService, id: serviceId }, "11:00", "12:00"), 1)),
      ).rejects.toMatchObject({
        key: "serviceRequired",
      });
      await expect(
        newProgramme(
          { expeditionId: ownTrip.id, name: "X", day: "2027-03-16", concept: "ROUND", serviceIds: [serviceId] },
          stranger,
        ),
      ).rejects.toMatchObject({ key: "serviceRequired" });
    }
    expect(await snapshot()).toEqual(before);
    expect(await prisma.stop.count({ where: { programmeId: own.id } })).toBe(0);
  });
});
