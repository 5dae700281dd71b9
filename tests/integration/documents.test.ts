import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Member } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { renderServiceSheet } from "@/lib/documents/service-sheet";
import { loadSheets } from "@/lib/documents/sheet-data";
import { renderSyllabus } from "@/lib/documents/syllabus";
import { createService, saveCareStory, saveKeyFigure, updateSheet } from "@/lib/services/mutations";
import { createMember, serviceInput } from "../helpers/factories";
import { readPdf } from "../helpers/pdf";
import { signedIn } from "../helpers/route-context";

// The route handlers run as they would in Next.js, with the signed-in member and the locale stubbed.
vi.mock("@/lib/auth/session", async () => (await import("../helpers/route-context")).sessionModule());
vi.mock("next-intl/server", async () => (await import("../helpers/route-context")).intlModule());

let a: Member;
let b: Member;
const services: { id: string; name: string }[] = [];

function addService(member: Member, name: string) {
  return createService(
    member,
    serviceInput({
      name,
      type: "HOME_CARE",
      maxGroupSize: 8,
      dressCode: "Geen juwelen",
      visitingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "09:00", to: "16:00" })),
    }),
  );
}

beforeAll(async () => {
  a = await createMember("Gemeente Herenthout");
  b = await createMember("Gemeente Heidebeek");
  await prisma.organization.update({ where: { id: a.organizationId }, data: { brandColor: "#c8102e" } });
  for (const name of ["Thuiszorg Herenthout", "Kinderopvang Het Klavertje", "Woonzorgcentrum Sint-Jozef"]) {
    services.push(await addService(a, name));
  }
  const home = services[0]!;
  await updateSheet(a, home.id, {
    description: "Gezinszorg en poetshulp aan huis.",
    audience: "Gezinnen, ouderen en mensen met een beperking.",
    challenges: "Genoeg verzorgenden vinden.",
    projects: "Buurtgerichte zorg in de deelgemeenten.",
    userParticipation: "Een gebruiker vertelt bij de koffie hoe de hulp aan huis verloopt.",
  });
  const figures = [
    { label: "plaatsen kinderopvang", value: 142, unit: "", referenceDate: "2026-01-01" },
    { label: "gezinszorg in 2024", value: 38500, unit: "uren", referenceDate: "" },
    { label: "tevredenheid", value: 8.6, unit: "/10", referenceDate: "2025-12-31" },
  ];
  for (const figure of figures) await saveKeyFigure(a, home.id, null, figure);
  await saveCareStory(a, home.id, null, {
    quote: "Dankzij de gezinszorg kan ik thuis blijven wonen.",
    tellerRole: "gebruiker",
    tellerName: "Maria Peeters",
    nameConsent: true,
    consentNote: "schriftelijk, 12 maart 2026",
  });
  // A name stored without consent (e.g. imported): the forms refuse this, so write it directly.
  await prisma.careStory.create({
    data: {
      organizationId: a.organizationId,
      serviceId: home.id,
      quote: "De verzorgende is als familie geworden.",
      tellerRole: "mantelzorger",
      tellerName: "Jan Verborgen",
      nameConsent: false,
      position: 1,
    },
  });
});

describe("presentation sheet", () => {
  it("shows the service, its figures in nl-BE and its stories, naming only who consented", async () => {
    const data = await loadSheets(a, [services[0]!.id]);
    expect(data.organization).toEqual({ name: "Gemeente Herenthout", brandColor: "#c8102e" });
    const pdf = await readPdf(await renderServiceSheet(data.organization, data.services[0]!));
    expect(pdf.numPages).toBe(1);
    for (const expected of [
      "Thuiszorg Herenthout",
      "Gemeente Herenthout",
      "142",
      "38.500 uren",
      "8,6/10",
      "(peildatum 1 januari 2026)",
      "(peildatum 31 december 2025)",
      "Wat doen we en voor wie",
      "Voor wie:",
      "Uitdagingen voor de komende zes jaar",
      "Lopende en geplande projecten",
      "Zo nemen gebruikers deel aan het bezoek",
      "Zorgverhalen",
      "— Maria Peeters, gebruiker",
      "— mantelzorger",
      "De verzorgende is als familie geworden.",
      "Praktisch voor het bezoek",
      "ma–vr 09:00–16:00",
      "8 personen",
      "Geen juwelen",
    ]) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).not.toContain("Jan Verborgen");
    expect(pdf.text).not.toContain("schriftelijk");
    expect(pdf.text).not.toContain("Ingekort");
  });

  it("is not found for another organization or a service contact of another service", async () => {
    expect((await loadSheets(b, [services[0]!.id])).services).toEqual([]);
    const contact: Member = { ...a, role: "SERVICE_CONTACT", serviceIds: [services[1]!.id] };
    expect((await loadSheets(contact, [services[0]!.id])).services).toEqual([]);
    expect((await loadSheets(contact, "all")).services.map((s) => s.id)).toEqual([services[1]!.id]);
  });

  it("downloads as a PDF attachment, and answers 404 for another organization's service", async () => {
    const { GET } = await import("@/app/api/services/[serviceId]/sheet/route");
    const params = (serviceId: string) => ({ params: Promise.resolve({ serviceId }) });
    signedIn.member = a;
    const response = await GET(new Request("http://localhost/x"), params(services[0]!.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="voorstellingsfiche-thuiszorg-herenthout.pdf"',
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.text).toContain("Thuiszorg Herenthout");

    signedIn.member = b;
    await expect(GET(new Request("http://localhost/x"), params(services[0]!.id))).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;404",
    });
  });
});

describe("syllabus", () => {
  it("has a cover, a table of contents with page numbers and one page per service", async () => {
    const generatedAt = new Date("2026-11-25T10:00:00Z");
    const pdf = await readPdf(await renderSyllabus(await loadSheets(a, "all"), "nl", generatedAt));
    expect(pdf.numPages).toBe(2 + 3);
    expect(pdf.pages[0]).toContain("Gemeente Herenthout");
    expect(pdf.pages[0]).toContain("Syllabus zorg en welzijn");
    expect(pdf.pages[0]).toContain("3 zorgdiensten");
    expect(pdf.pages[0]).toContain("Samengesteld op 25 november 2026");
    expect(pdf.pages[1]).toContain("Inhoud");
    // Services in name order, each on the page the contents give.
    const ordered = ["Kinderopvang Het Klavertje", "Thuiszorg Herenthout", "Woonzorgcentrum Sint-Jozef"];
    ordered.forEach((name, index) => {
      const page = 3 + index;
      const line = pdf.pages[1]!.split("\n").find((l) => l.includes(name));
      expect(line, name).toMatch(new RegExp(`\\s${page}$`));
      expect(pdf.pages[page - 1]).toContain(name);
      expect(pdf.pages[page - 1]).toContain(`pagina ${page} van 5`);
    });
    expect(pdf.text).toContain("38.500 uren");
    expect(pdf.text).not.toContain("Jan Verborgen");
  });

  it("holds only the chosen services of the own organization", async () => {
    const foreign = await addService(b, "Dienst van Heidebeek");
    const { GET } = await import("@/app/api/syllabus/route");
    signedIn.member = a;
    const chosen = [services[2]!.id, foreign.id].join(",");
    const response = await GET(new Request(`http://localhost/api/syllabus?services=${chosen}`));
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="syllabus-gemeente-herenthout.pdf"');
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.numPages).toBe(3);
    expect(pdf.text).toContain("Woonzorgcentrum Sint-Jozef");
    expect(pdf.text).not.toContain("Thuiszorg Herenthout");
    expect(pdf.text).not.toContain("Heidebeek");

    const refused = await GET(new Request("http://localhost/api/syllabus?services=%27%3B"));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("De lijst met zorgdiensten in het adres is ongeldig");
    signedIn.member = { ...a, role: "SERVICE_CONTACT" };
    await expect(GET(new Request("http://localhost/api/syllabus"))).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;404",
    });
  });
});
