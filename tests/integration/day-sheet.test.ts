import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Member } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { daySheetTexts, renderDaySheet } from "@/lib/documents/day-sheet";
import { describeLeg, loadDaySheet } from "@/lib/documents/day-sheet-data";
import { createExpedition } from "@/lib/expeditions/mutations";
import { programmeLegs } from "@/lib/programme/checks";
import { createProgramme, saveStop } from "@/lib/programme/mutations";
import { getProgramme, toPlanProgramme } from "@/lib/programme/queries";
import { routeLegs } from "@/lib/programme/routing";
import { newProgrammeSchema, stopSchema } from "@/lib/programme/schemas";
import { createService } from "@/lib/services/mutations";
import { createMember, expeditionInput, serviceInput } from "../helpers/factories";
import { readPdf } from "../helpers/pdf";
import { signedIn } from "../helpers/route-context";

// The route handlers run as they would in Next.js, with the signed-in member and the locale stubbed.
vi.mock("@/lib/auth/session", async () => (await import("../helpers/route-context")).sessionModule());
vi.mock("next-intl/server", async () => (await import("../helpers/route-context")).intlModule());

const DAY = "2099-03-16";
let a: Member;
let b: Member;
let linde: { id: string; name: string };
let zonnebloem: { id: string };
let expeditionId: string;
let expeditionTitle: string;

async function version(programmeId: string) {
  return (await prisma.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { version: true } })).version;
}

/** Adds a stop through the editor's own mutation, as the form would send it. */
async function addStop(programmeId: string, fields: Record<string, unknown>) {
  const input = stopSchema.parse({ programmeId, version: await version(programmeId), ...fields });
  return (await saveStop(a, input)).stop;
}

async function newProgramme(name: string, kind: "FIXED" | "CHOICE") {
  const input = newProgrammeSchema.parse({ expeditionId, name, day: DAY, concept: "CUSTOM", kind });
  return (await createProgramme(a, input)).programme;
}

/** The legs as the programme checks compute them, for the same stops. */
async function expectedLegs(programmeId: string) {
  const plan = toPlanProgramme((await getProgramme(a, programmeId))!, null);
  return programmeLegs(plan, await routeLegs([plan]));
}

beforeAll(async () => {
  a = await createMember("Gemeente Herenthout");
  b = await createMember("Gemeente Heidebeek");
  await prisma.organization.update({ where: { id: a.organizationId }, data: { brandColor: "#c8102e" } });
  linde = await createService(
    a,
    // The factory's residential care centre (Lindestraat 1, Kempenrode; Greet Van Looy), with these details.
    serviceInput({
      contactPhone: "014 55 66 77",
      dressCode: "Geen juwelen",
      accessibilityNotes: "Rolstoel via de zij-ingang",
    }),
  );
  zonnebloem = await createService(
    a,
    serviceInput({
      name: "Dagcentrum De Zonnebloem",
      type: "DAY_CARE",
      street: "Zonnelaan 9",
      postalCode: "2200",
      city: "Herentals",
      latitude: 51.25,
      longitude: 4.9,
      contactName: "Pieter Claes",
      contactPhone: "014 21 21 21",
    }),
  );
  const expedition = await createExpedition(a, expeditionInput(DAY, { practicalNotes: "Stevige schoenen aan." }));
  expeditionId = expedition.id;
  expeditionTitle = expedition.title;
});

describe("day sheet of a fixed programme", () => {
  let programmeId: string;

  beforeAll(async () => {
    programmeId = (await newProgramme("Busronde dinsdag", "FIXED")).id;
    await addStop(programmeId, {
      kind: "VISIT",
      serviceId: linde.id,
      startTime: "09:00",
      endTime: "10:00",
      activity: "Rondleiding in de leefgroepen",
      handsOnTask: "Mee de koffie schenken",
      notes: "Badge afhalen aan het onthaal",
    });
    await addStop(programmeId, { kind: "MEAL", title: "Broodjeslunch", startTime: "10:15", endTime: "11:00" });
    await addStop(programmeId, {
      kind: "VISIT",
      serviceId: zonnebloem.id,
      startTime: "11:45",
      endTime: "12:45",
      travelMode: "CAR",
      welcomedBy: "Els Peeters, centrumleider",
      userParticipation: "Bezoekers vertellen over hun dag",
    });
  });

  it("lists the stops in time order with places, contacts, legs and practical notes", async () => {
    const sheet = (await loadDaySheet(a, programmeId))!;
    expect(sheet).toMatchObject({
      organization: { name: "Gemeente Herenthout", brandColor: "#c8102e" },
      expeditionId,
      expeditionTitle,
      contact: { name: "Katrien Coppens", phone: "014 12 34 00", email: "katrien@example.org" },
      programmeName: "Busronde dinsdag",
      day: DAY,
      date: "maandag 16 maart 2099",
      kind: "FIXED",
      practicalNotes: "Stevige schoenen aan.",
    });
    expect(sheet.rows.map((row) => [row.time, row.label, row.kind])).toEqual([
      ["09:00–10:00", linde.name, "VISIT"],
      ["10:15–11:00", "Broodjeslunch", "MEAL"],
      ["11:45–12:45", "Dagcentrum De Zonnebloem", "VISIT"],
    ]);
    const [visit, lunch, second] = sheet.rows as [
      (typeof sheet.rows)[0],
      (typeof sheet.rows)[0],
      (typeof sheet.rows)[0],
    ];
    expect(visit).toMatchObject({
      placeName: linde.name,
      address: "Lindestraat 1, 2275 Kempenrode",
      contact: "Greet Van Looy · 014 55 66 77",
      practical: { dressCode: "Geen juwelen", accessibilityNotes: "Rolstoel via de zij-ingang" },
      arrival: null,
    });
    // The lunch has no place of its own: it is where the group already is.
    expect(lunch).toMatchObject({ placeName: linde.name, address: "Lindestraat 1, 2275 Kempenrode" });
    expect(lunch.contact).toBe("");
    expect(lunch.practical).toBeNull();
    expect(second.contact).toBe("Els Peeters, centrumleider");

    const legs = await expectedLegs(programmeId);
    expect(legs).toHaveLength(2);
    expect(lunch.arrival).toEqual({ mode: "CAR", minutes: 0, distanceKm: 0, source: "estimate" });
    const carLeg = legs[1]!;
    expect(carLeg.minutes).toBeGreaterThan(10);
    expect(second.arrival).toEqual({
      mode: "CAR",
      minutes: carLeg.minutes,
      distanceKm: carLeg.distanceKm,
      source: carLeg.source,
    });
  });

  it("downloads as a PDF with the times, places, contacts, travel minutes and practical notes", async () => {
    const { GET } = await import("@/app/api/programmes/[programmeId]/day-sheet/route");
    signedIn.member = a;
    const response = await GET(new Request("http://localhost/x"), { params: Promise.resolve({ programmeId }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="dagblad-busronde-dinsdag-2099-03-16.pdf"',
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.numPages).toBe(1);

    const carLeg = (await expectedLegs(programmeId))[1]!;
    const km = String(carLeg.distanceKm).replace(".", ",");
    for (const expected of [
      "Dagblad: Busronde dinsdag",
      "maandag 16 maart 2099",
      "Katrien Coppens · 014 12 34 00 · katrien@example.org",
      "09:00–10:00",
      "10:15–11:00",
      "11:45–12:45",
      linde.name,
      "Lindestraat 1, 2275 Kempenrode",
      "Zonnelaan 9, 2200 Herentals",
      "Greet Van Looy · 014 55 66 77",
      "Els Peeters, centrumleider",
      "Broodjeslunch",
      "Rondleiding in de leefgroepen",
      "Mee de koffie schenken",
      "Badge afhalen aan het onthaal",
      "Bezoekers vertellen over hun dag",
      "Kledij: Geen juwelen",
      "Toegankelijkheid: Rolstoel via de zij-ingang",
      "Zelfde plek, geen verplaatsing",
      `${carLeg.minutes} min met de auto · ${km} km (geschat)`,
      "Praktische afspraken",
      "Stevige schoenen aan.",
      "pagina 1 van 1",
    ]) {
      expect(pdf.text).toContain(expected);
    }
    // The stop's own "welcomed by" replaces the service's contact.
    expect(pdf.text).not.toContain("Pieter Claes");
  });

  it("runs onto more pages when long, each with its page number", async () => {
    const sheet = (await loadDaySheet(a, programmeId))!;
    const rows = Array.from({ length: 12 }, (_, i) =>
      sheet.rows.map((row) => ({ ...row, id: `${row.id}-${i}` })),
    ).flat();
    const pdf = await readPdf(await renderDaySheet({ ...sheet, rows }, daySheetTexts("nl")));
    expect(pdf.numPages).toBeGreaterThan(1);
    pdf.pages.forEach((page, i) => expect(page).toContain(`pagina ${i + 1} van ${pdf.numPages}`));
    expect(pdf.pages.at(-1)).toContain("Stevige schoenen aan.");
  });

  it("is not found for another organization or a role outside the office", async () => {
    expect(await loadDaySheet(b, programmeId)).toBeNull();
    expect(await loadDaySheet(a, "unknown-programme")).toBeNull();
    const { GET } = await import("@/app/api/programmes/[programmeId]/day-sheet/route");
    const params = { params: Promise.resolve({ programmeId }) };
    for (const member of [b, { ...a, role: "SERVICE_CONTACT" as const }]) {
      signedIn.member = member;
      await expect(GET(new Request("http://localhost/x"), params)).rejects.toMatchObject({
        digest: "NEXT_HTTP_ERROR_FALLBACK;404",
      });
    }
    signedIn.member = { ...a, role: "COMMUNICATION_OFFICER" };
    expect((await GET(new Request("http://localhost/x"), params)).status).toBe(200);
  });
});

describe("day sheet of a choice programme", () => {
  it("marks the options and shows only the legs between stops that follow each other", async () => {
    const programmeId = (await newProgramme("Keuzedag", "CHOICE")).id;
    const common = { saveAnyway: "on" };
    await addStop(programmeId, {
      ...common,
      kind: "WELCOME",
      serviceId: linde.id,
      title: "Onthaal",
      startTime: "08:30",
      endTime: "08:45",
    });
    const optionA = await addStop(programmeId, {
      ...common,
      kind: "VISIT",
      serviceId: linde.id,
      startTime: "09:30",
      endTime: "10:30",
      isOption: "on",
      capacity: "6",
    });
    const optionB = await addStop(programmeId, {
      ...common,
      kind: "VISIT",
      serviceId: zonnebloem.id,
      startTime: "09:45",
      endTime: "10:30",
      isOption: "on",
    });
    const closing = await addStop(programmeId, {
      ...common,
      kind: "PRESS",
      title: "Persmoment",
      placeName: "Gemeentehuis",
      street: "Markt 1",
      postalCode: "2270",
      city: "Herenthout",
      latitude: "51.14",
      longitude: "4.75",
      startTime: "11:30",
      endTime: "12:00",
    });
    const sheet = (await loadDaySheet(a, programmeId))!;
    expect(sheet.kind).toBe("CHOICE");
    expect(sheet.rows.map((row) => [row.label, row.isOption, row.capacity])).toEqual([
      [`${linde.name} — Onthaal`, false, null],
      [linde.name, true, 6],
      ["Dagcentrum De Zonnebloem", true, null],
      ["Persmoment", false, null],
    ]);
    const legs = await expectedLegs(programmeId);
    const fromBToClosing = legs.find((leg) => leg.fromId === optionB.id && leg.toId === closing.id)!;
    expect(sheet.rows[1]!.arrival).not.toBeNull();
    expect(legs.some((leg) => leg.fromId === optionA.id && leg.toId === optionB.id)).toBe(false);
    expect(sheet.rows[2]!.arrival).toBeNull();
    expect(sheet.rows[3]!.arrival).toEqual({
      mode: fromBToClosing.mode,
      minutes: fromBToClosing.minutes,
      distanceKm: fromBToClosing.distanceKm,
      source: fromBToClosing.source,
    });
    const pdf = await readPdf(await renderDaySheet(sheet, daySheetTexts("nl")));
    expect(pdf.text).toContain("Keuzesessie · max. 6 personen");
    expect(pdf.text).toContain(describeLeg(sheet.rows[3]!.arrival!, daySheetTexts("nl").t));
  });
});
