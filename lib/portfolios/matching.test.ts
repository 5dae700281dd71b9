import { describe, expect, it } from "vitest";
import {
  DEFAULT_PORTFOLIO_KEYWORDS,
  coveringPortfolios,
  mandatariesForService,
  normalize,
  readPortfolioKeywords,
  servicesForMandatary,
} from "./matching";

const sarah = { id: "sarah", portfolios: ["Kinderopvang", "Jeugd", "Onderwijs"] };
const bart = { id: "bart", portfolios: ["Welzijn", "Ouderenzorg", "Sociale zaken"] };
const tom = { id: "tom", portfolios: ["Financiën", "Ruimtelijke ordening"] };
const kdv = { id: "kdv", type: "CHILDCARE" as const };
const wzc = { id: "wzc", type: "RESIDENTIAL_CARE" as const };
const bko = { id: "bko", type: "AFTER_SCHOOL_CARE" as const };

describe("portfolio matching", () => {
  it("matches keywords inside portfolio names, ignoring case and accents", () => {
    expect(normalize(" Financiën ")).toBe("financien");
    expect(coveringPortfolios(bart.portfolios, "RESIDENTIAL_CARE", DEFAULT_PORTFOLIO_KEYWORDS)).toEqual([
      "Welzijn",
      "Ouderenzorg",
    ]);
    expect(coveringPortfolios(["ARMOEDEBESTRIJDING"], "SOCIAL_SERVICE", DEFAULT_PORTFOLIO_KEYWORDS)).toEqual([
      "ARMOEDEBESTRIJDING",
    ]);
  });

  it("suggests the aldermen for a service, best covered first, and explains why", () => {
    const matches = mandatariesForService(bko, [tom, bart, sarah], DEFAULT_PORTFOLIO_KEYWORDS);
    expect(matches.map((m) => [m.item.id, m.via])).toEqual([["sarah", ["Kinderopvang", "Jeugd", "Onderwijs"]]]);
    expect(mandatariesForService(wzc, [sarah, tom], DEFAULT_PORTFOLIO_KEYWORDS)).toEqual([]);
  });

  it("suggests the services in an alderman's portfolio", () => {
    expect(servicesForMandatary(sarah, [wzc, kdv, bko], DEFAULT_PORTFOLIO_KEYWORDS).map((m) => m.item.id)).toEqual([
      "bko",
      "kdv",
    ]);
    expect(servicesForMandatary(tom, [wzc, kdv, bko], DEFAULT_PORTFOLIO_KEYWORDS)).toEqual([]);
  });

  it("uses the organization's own keywords where it set them, defaults elsewhere", () => {
    const keywords = readPortfolioKeywords({ RESIDENTIAL_CARE: ["financien"] });
    expect(keywords.CHILDCARE).toEqual(DEFAULT_PORTFOLIO_KEYWORDS.CHILDCARE);
    expect(mandatariesForService(wzc, [bart, tom], keywords).map((m) => m.item.id)).toEqual(["tom"]);
  });

  it("falls back to the defaults for malformed stored JSON", () => {
    expect(readPortfolioKeywords("nonsense")).toEqual(DEFAULT_PORTFOLIO_KEYWORDS);
    expect(readPortfolioKeywords(null)).toEqual(DEFAULT_PORTFOLIO_KEYWORDS);
  });

  it("never matches on an empty keyword", () => {
    const keywords = readPortfolioKeywords({ CHILDCARE: ["", "  "] });
    expect(coveringPortfolios(["Kinderopvang"], "CHILDCARE", keywords)).toEqual([]);
  });
});
