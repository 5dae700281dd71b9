import { describe, expect, it } from "vitest";
import { readPdf } from "@/tests/helpers/pdf";
import { renderServiceSheet } from "./service-sheet";
import type { SheetService } from "./sheet-model";
import { syllabusPages } from "./syllabus";

const prose = (length: number) =>
  "Wij ondersteunen gezinnen en ouderen in hun dagelijkse leven, met aandacht voor zelfredzaamheid. "
    .repeat(Math.ceil(length / 97))
    .slice(0, length);

const service: SheetService = {
  id: "s1",
  name: "Lokaal dienstencentrum De Ontmoeting",
  type: "LOCAL_SERVICE_CENTRE",
  street: "Markt 1",
  postalCode: "2275",
  city: "Kempenrode",
  contactName: "Greet Van Looy",
  contactEmail: "greet.vanlooy@kempenrode.be",
  contactPhone: "014 12 34 56",
  visitingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: `0${weekday}:00`, to: "17:00" })),
  maxGroupSize: 12,
  dressCode: prose(500),
  // Every text at the longest the forms allow.
  description: prose(3000),
  audience: prose(2000),
  challenges: prose(3000),
  projects: prose(3000),
  userParticipation: prose(2000),
  keyFigures: Array.from({ length: 12 }, (_, i) => ({
    label: prose(160),
    value: 1234567.5 * (i + 1),
    unit: "euro per jaar",
    referenceDate: new Date("2026-01-01T00:00:00Z"),
  })),
  careStories: Array.from({ length: 8 }, (_, i) => ({
    quote: prose(1500),
    tellerRole: `bezoeker ${i}`,
    tellerName: null,
  })),
};
const organization = { name: "Gemeente Kempenrode", brandColor: "#1f4e79" };
const footer = /Ingekort|Voorstellingsfiche ·|pagina/;

describe("presentation sheet", { timeout: 30_000 }, () => {
  it("keeps the longest texts on one page, above the footer, with the footnote", async () => {
    const pdf = await readPdf(await renderServiceSheet(organization, service));
    expect(pdf.numPages).toBe(1);
    expect(pdf.text).toContain("Ingekort: de volledige tekst staat in de planner.");
    // The footer's top line sits about 45 points above the page's bottom edge.
    expect(await pdf.lowestText(1, footer)).toBeGreaterThan(50);
    for (const heading of ["Wat doen we en voor wie", "Uitdagingen voor de komende zes jaar", "Zorgverhalen"]) {
      expect(pdf.text).toContain(heading);
    }
  });

  it("leaves out empty sections and the footnote when nothing was cut", async () => {
    const bare = {
      ...service,
      dressCode: "",
      description: "Ontmoeting en activiteiten voor senioren.",
      audience: "",
      challenges: "",
      projects: "",
      userParticipation: "",
      keyFigures: [],
      careStories: [],
      visitingHours: [],
    };
    const pdf = await readPdf(await renderServiceSheet(organization, bare));
    expect(pdf.text).toContain("Ontmoeting en activiteiten voor senioren.");
    for (const absent of [
      "Kerncijfers",
      "Zorgverhalen",
      "Uitdagingen",
      "Bezoekuren",
      "Kledij",
      "Voor wie",
      "Ingekort",
    ]) {
      expect(pdf.text).not.toContain(absent);
    }
  });

  it("speaks English on request", async () => {
    const pdf = await readPdf(
      await renderServiceSheet(organization, { ...service, keyFigures: service.keyFigures.slice(0, 1) }, "en"),
    );
    expect(pdf.text).toContain("What we do and for whom");
    expect(pdf.text).toContain("1,234,567.5");
    expect(pdf.text).toContain("(as of 1 January 2026)");
  });
});

describe("syllabus page numbers", () => {
  it("puts the services after the cover and the contents", () => {
    const small = syllabusPages(3);
    expect(small.tocPages).toBe(1);
    expect([0, 1, 2].map(small.servicePage)).toEqual([3, 4, 5]);
    const large = syllabusPages(40);
    expect(large.tocPages).toBe(2);
    expect(large.servicePage(0)).toBe(4);
    expect(syllabusPages(0).tocPages).toBe(1);
  });
});
