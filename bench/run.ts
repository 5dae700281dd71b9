// `npm run bench`: measures the core loop's database work on the embedded PGlite (or DATABASE_URL's server,
// in a scratch database that is dropped afterwards). Prints medians; no test depends on these numbers.
// The RSVP load against `next start` is bench/rsvp-load.ts (`npm run bench:rsvp`, also run by `npm run bench`).
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { createScratchDatabase } from "../tests/helpers/scratch-database";

// The links it makes live only in the scratch database: a secret of this run's own (lib/invitations/links.ts).
process.env.LINK_SECRET = randomBytes(32).toString("base64url");
const scratch = await createScratchDatabase("ezp_bench");
const { database, prisma } = await import("@/lib/db");
const { migrate } = await import("@/lib/db/migrate");
const { sendInvitations } = await import("@/lib/invitations/mutations");
const { answerInvitation } = await import("@/lib/invitations/mutations");
const { findInvitationByToken } = await import("@/lib/invitations/queries");
const { saveMandatary } = await import("@/lib/mandataries/mutations");
const { createMember, createPlannedExpedition, mandataryInput, rsvpAnswer, tokenFromMail } =
  await import("../tests/helpers/factories");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(runs: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

await migrate(database);
const results: Record<string, string> = {};

// Sending 40 invitations at once (one transaction: 40 invitations + 40 rendered mails).
const sendSamples: number[] = [];
const tokens: string[] = [];
for (let run = 0; run < 5; run++) {
  const member = await createMember(`Gemeente ${run}`);
  const planned = await createPlannedExpedition(member);
  const ids = [planned.mandatary.id];
  for (let i = 1; i < 40; i++) {
    const m = await saveMandatary(
      member,
      null,
      mandataryInput({
        firstName: "Raadslid",
        lastName: `${run}-${i}`,
        role: "COUNCIL_MEMBER",
        email: `r${run}-${i}@example.org`,
      }),
    );
    ids.push(m.id);
  }
  const start = performance.now();
  await sendInvitations(member, planned.expedition.id, ids);
  sendSamples.push(performance.now() - start);
  const mails = await prisma.outboxMessage.findMany({ where: { organizationId: member.organizationId } });
  tokens.push(...mails.map((m) => tokenFromMail(m.text)));
}
results["send 40 invitations (median of 5)"] = `${median(sendSamples).toFixed(1)} ms`;

const beforeDeadline = new Date("2099-03-01T00:00:00Z");
results["open an RSVP link (median of 200)"] =
  `${(await time(200, (i) => findInvitationByToken(tokens[i % tokens.length]!))).toFixed(2)} ms`;
results["answer an RSVP (median of 200)"] =
  `${(await time(200, (i) => answerInvitation(tokens[i % tokens.length]!, rsvpAnswer(i % 2 ? "ACCEPTED" : "DECLINED"), beforeDeadline))).toFixed(2)} ms`;

// The syllabus of 30 services, each with 4 key figures and 2 care stories: the query and the PDF, as on request.
{
  const { loadSheets } = await import("@/lib/documents/sheet-data");
  const { renderSyllabus } = await import("@/lib/documents/syllabus");
  const member = await createMember("Gemeente Syllabus");
  const organizationId = member.organizationId;
  const prose = (length: number) =>
    "Wij ondersteunen gezinnen en ouderen thuis, met aandacht voor zelfredzaamheid en een warme buurt. "
      .repeat(Math.ceil(length / 98))
      .slice(0, length);
  for (let i = 0; i < 30; i++) {
    const service = await prisma.careService.create({
      data: {
        organizationId,
        name: `Zorgdienst ${String(i + 1).padStart(2, "0")}`,
        type: "HOME_CARE",
        street: "Kerkstraat 1",
        postalCode: "2270",
        city: "Herenthout",
        latitude: 51.14,
        longitude: 4.75,
        contactName: "Katrien Coppens",
        contactEmail: "katrien@example.org",
        contactPhone: "014 50 00 00",
        visitingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "09:00", to: "16:00" })),
        maxGroupSize: 10,
        dressCode: "Gesloten schoenen",
        description: prose(700),
        audience: prose(250),
        challenges: prose(500),
        projects: prose(400),
        userParticipation: prose(300),
      },
    });
    const serviceId = service.id;
    await prisma.keyFigure.createMany({
      data: [
        { label: "plaatsen", value: 142, unit: "", referenceDate: new Date("2026-01-01") },
        { label: "gezinszorg in 2024", value: 38500, unit: "uren", referenceDate: null },
        { label: "tevredenheid", value: 8.6, unit: "/10", referenceDate: new Date("2025-12-31") },
        { label: "vrijwilligers", value: 54, unit: "", referenceDate: null },
      ].map((figure, position) => ({ ...figure, organizationId, serviceId, position })),
    });
    await prisma.careStory.createMany({
      data: [
        { quote: prose(220), tellerRole: "gebruiker", tellerName: "Maria Peeters", nameConsent: true },
        { quote: prose(160), tellerRole: "mantelzorger", tellerName: "", nameConsent: false },
      ].map((story, position) => ({ ...story, organizationId, serviceId, position })),
    });
  }
  let bytes = 0;
  const ms = await time(5, async () => {
    bytes = (await renderSyllabus(await loadSheets(member, "all"))).byteLength;
  });
  results["syllabus PDF, 30 services (median of 5)"] = `${ms.toFixed(0)} ms (32 pages, ${Math.round(bytes / 1024)} KB)`;
}

// Saving a stop of a 5-day expedition with 200 stops: the server reads the whole expedition and runs every
// check before and after the write, in one transaction (what a coordinator waits for on each save).
{
  const { saveStop } = await import("@/lib/programme/mutations");
  const { stopSchema } = await import("@/lib/programme/schemas");
  const { brusselsInstant } = await import("@/lib/time");
  const member = await createMember("Gemeente Programma");
  const organizationId = member.organizationId;
  const planned = await createPlannedExpedition(member);
  const services: { id: string }[] = [];
  for (let i = 0; i < 20; i++) {
    services.push(
      await prisma.careService.create({
        data: {
          organizationId,
          name: `Dienst ${i + 1}`,
          type: "DAY_CARE",
          street: `Kerkstraat ${i + 1}`,
          postalCode: "2270",
          city: "Herenthout",
          latitude: 51.14 + (i % 5) * 0.002,
          longitude: 4.75 + Math.floor(i / 5) * 0.002,
          contactName: "Katrien Coppens",
          visitingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "08:00", to: "20:00" })),
        },
      }),
    );
  }
  const first = planned.expedition.firstDay;
  let edited = { programmeId: "", stopId: "" };
  for (let d = 0; d < 5; d++) {
    const day = new Date(first.getTime() + d * 86_400_000).toISOString().slice(0, 10);
    await prisma.expedition.update({
      where: { id: planned.expedition.id },
      data: { lastDay: new Date(`${day}T00:00:00Z`) },
    });
    const programme = await prisma.programme.create({
      data: {
        organizationId,
        expeditionId: planned.expedition.id,
        name: `Dag ${d + 1}`,
        day: new Date(`${day}T00:00:00Z`),
        travelMode: "WALK",
      },
    });
    // 40 stops of 10 minutes, 10 minutes apart, walking between neighbouring services.
    await prisma.stop.createMany({
      data: Array.from({ length: 40 }, (_, i) => {
        const start = 8 * 60 + i * 20;
        const clock = (m: number) =>
          `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
        return {
          organizationId,
          programmeId: programme.id,
          serviceId: services[i % 20]!.id,
          startsAt: brusselsInstant(day, clock(start)),
          endsAt: brusselsInstant(day, clock(start + 10)),
        };
      }),
    });
    const stop = await prisma.stop.findFirstOrThrow({
      where: { programmeId: programme.id },
      orderBy: { startsAt: "asc" },
    });
    edited = { programmeId: programme.id, stopId: stop.id };
  }
  const ms = await time(30, async (i) => {
    const { version } = await prisma.programme.findUniqueOrThrow({ where: { id: edited.programmeId } });
    const stop = await prisma.stop.findUniqueOrThrow({ where: { id: edited.stopId } });
    await saveStop(
      member,
      stopSchema.parse({
        programmeId: edited.programmeId,
        version: String(version),
        stopId: edited.stopId,
        kind: "VISIT",
        serviceId: stop.serviceId,
        startTime: "08:00",
        endTime: "08:10",
        activity: `Rondleiding ${i}`,
      }),
    );
  });
  results["save a stop, 200-stop expedition (median of 30)"] = `${ms.toFixed(1)} ms (reads and checks it twice)`;
}

// The programme checks of a 200-stop expedition and a speed-date rotation: pure, no database. Also runs alone:
// `npx tsx bench/programme-checks.ts`.
{
  const { programmeBenchmarks } = await import("./programme-checks");
  Object.assign(results, programmeBenchmarks());
}

console.log(`Benchmarks on ${database.kind}:`);
for (const [name, value] of Object.entries(results)) console.log(`  ${name.padEnd(48)} ${value}`);
await database.close();
await scratch.drop();
process.exit(0);
