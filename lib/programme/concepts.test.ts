import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_PORTFOLIO_KEYWORDS } from "@/lib/portfolios/matching";
import { draftForConcept, type ConceptInput } from "./concepts";

const input = (concept: ConceptInput["concept"]): ConceptInput => ({
  concept,
  start: 9 * 60,
  services: [
    {
      id: "linde",
      name: "WZC De Linde",
      type: "RESIDENTIAL_CARE",
      point: { latitude: 51.31, longitude: 4.67 },
      minVisitMinutes: null,
      handsOnActivities: [],
    },
  ],
  mandataries: [],
  keywords: DEFAULT_PORTFOLIO_KEYWORDS,
  kind: "FIXED",
  roundMinutes: 10,
  wholeDay: false,
});

const words = (concept: ConceptInput["concept"], locale: "nl" | "en") =>
  draftForConcept(input(concept), translator("programme.conceptStops", locale)).stops.map((s) => s.title || s.activity);

describe("concept texts", () => {
  it("come from the catalog in the language asked", () => {
    expect(words("ROUND", "nl")).toEqual([
      "Onthaal",
      "Kennismaking en rondleiding",
      "Persmoment",
      "Afsluiting en terugblik",
    ]);
    expect(words("ROUND", "en")).toEqual([
      "Welcome",
      "Introduction and guided tour",
      "Press moment",
      "Closing and looking back",
    ]);
    expect(words("CARE_FAIR", "nl")).toEqual([
      "Onthaal op de zorgmarkt",
      "Stand van WZC De Linde",
      "Persmoment",
      "Broodjeslunch",
    ]);
    expect(words("SPEED_DATE", "nl")).toEqual(["Onthaal en uitleg", "Ronde 1", "Persmoment", "Afsluiting"]);
    expect(words("JOB_SWAP", "nl")).toEqual(["Jobruil (halve dag)"]);
  });
});
