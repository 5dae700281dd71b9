import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_PORTFOLIO_KEYWORDS, coveringPortfolios, type ServiceType } from "@/lib/portfolios/matching";
import { SERVICE_TYPES } from "@/lib/services/schemas";
import { jobSwapAssignment } from "./assignment";

const sarah = { id: "sarah", portfolios: ["Kinderopvang", "Jeugd", "Onderwijs"] };
const bart = { id: "bart", portfolios: ["Welzijn", "Ouderenzorg", "Sociale zaken"] };
const tom = { id: "tom", portfolios: ["Financiën", "Ruimtelijke ordening"] };
const kdv = { id: "kdv", type: "CHILDCARE" as const };
const wzc = { id: "wzc", type: "RESIDENTIAL_CARE" as const };
const bko = { id: "bko", type: "AFTER_SCHOOL_CARE" as const };
const ocmw = { id: "ocmw", type: "SOCIAL_SERVICE" as const };

describe("job swap assignment", () => {
  it("gives each service the mandatary whose portfolios cover it, and fills the rest", () => {
    expect(jobSwapAssignment([tom, sarah, bart], [kdv, wzc, bko], DEFAULT_PORTFOLIO_KEYWORDS)).toEqual({
      pairs: [
        { mandataryId: "tom", serviceId: "kdv", via: [] },
        { mandataryId: "bart", serviceId: "wzc", via: ["Welzijn", "Ouderenzorg"] },
        { mandataryId: "sarah", serviceId: "bko", via: ["Kinderopvang", "Jeugd", "Onderwijs"] },
      ],
      unassigned: [],
    });
  });

  it("moves an earlier mandatary to another service so that a later one can match too", () => {
    // Els prefers the care home (two portfolios) but also covers the OCMW; Senne covers only the care home.
    const els = { id: "els", portfolios: ["Welzijn", "Ouderenzorg"] };
    const senne = { id: "senne", portfolios: ["Senioren"] };
    expect(jobSwapAssignment([els, senne], [wzc, ocmw], DEFAULT_PORTFOLIO_KEYWORDS)).toEqual({
      pairs: [
        { mandataryId: "senne", serviceId: "wzc", via: ["Senioren"] },
        { mandataryId: "els", serviceId: "ocmw", via: ["Welzijn"] },
      ],
      unassigned: [],
    });
    // Alone, Els gets the service best covered by her portfolios.
    expect(jobSwapAssignment([els], [ocmw, wzc], DEFAULT_PORTFOLIO_KEYWORDS).pairs).toEqual([
      { mandataryId: "els", serviceId: "wzc", via: ["Welzijn", "Ouderenzorg"] },
    ]);
  });

  it("leaves the extra mandataries unassigned, in input order", () => {
    expect(jobSwapAssignment([tom, sarah, bart], [wzc], DEFAULT_PORTFOLIO_KEYWORDS)).toEqual({
      pairs: [{ mandataryId: "bart", serviceId: "wzc", via: ["Welzijn", "Ouderenzorg"] }],
      unassigned: ["tom", "sarah"],
    });
  });

  it("leaves services without a mandatary out when there are more services", () => {
    expect(jobSwapAssignment([tom], [kdv, wzc], DEFAULT_PORTFOLIO_KEYWORDS)).toEqual({
      pairs: [{ mandataryId: "tom", serviceId: "kdv", via: [] }],
      unassigned: [],
    });
    expect(jobSwapAssignment([], [kdv], DEFAULT_PORTFOLIO_KEYWORDS)).toEqual({ pairs: [], unassigned: [] });
    expect(jobSwapAssignment([tom], [], DEFAULT_PORTFOLIO_KEYWORDS)).toEqual({ pairs: [], unassigned: ["tom"] });
  });

  it("uses the organization's keywords", () => {
    const keywords = { ...DEFAULT_PORTFOLIO_KEYWORDS, CHILDCARE: ["financien"] };
    expect(jobSwapAssignment([sarah, tom], [kdv], keywords)).toEqual({
      pairs: [{ mandataryId: "tom", serviceId: "kdv", via: ["Financiën"] }],
      unassigned: ["sarah"],
    });
  });

  const pool = [
    "Kinderopvang",
    "Jeugd",
    "Onderwijs",
    "Welzijn",
    "Ouderenzorg",
    "Sociale zaken",
    "Financiën",
    "Wonen",
    "Armoedebestrijding",
    "Sport",
  ];
  const mandataries = fc
    .array(fc.subarray(pool, { maxLength: 3 }), { maxLength: 6 })
    .map((lists) => lists.map((portfolios, i) => ({ id: `m${i}`, portfolios })));
  const services = fc
    .array(fc.constantFrom<ServiceType>(...SERVICE_TYPES), { maxLength: 6 })
    .map((types) => types.map((type, i) => ({ id: `s${i}`, type })));

  /** The largest number of portfolio-matched pairs, by trying every assignment. */
  function bruteForceMaximum(covers: boolean[][], m = 0, used = 0): number {
    if (m === covers.length) return 0;
    let best = bruteForceMaximum(covers, m + 1, used);
    covers[m]!.forEach((covered, s) => {
      if (covered && !(used & (1 << s))) best = Math.max(best, 1 + bruteForceMaximum(covers, m + 1, used | (1 << s)));
    });
    return best;
  }

  it("matches as many pairs by portfolio as possible, each mandatary and service at most once", () => {
    fc.assert(
      fc.property(mandataries, services, (ms, ss) => {
        const result = jobSwapAssignment(ms, ss, DEFAULT_PORTFOLIO_KEYWORDS);
        const mandataryIds = result.pairs.map((pair) => pair.mandataryId);
        const serviceIds = result.pairs.map((pair) => pair.serviceId);
        expect(new Set(mandataryIds).size).toBe(mandataryIds.length);
        expect(new Set(serviceIds).size).toBe(serviceIds.length);
        expect(result.pairs).toHaveLength(Math.min(ms.length, ss.length));
        // Every mandatary either paired or unassigned, never both; the unassigned in input order.
        expect(result.unassigned).toEqual(ms.map((m) => m.id).filter((id) => !mandataryIds.includes(id)));
        // The pairs follow the services' order; via explains the match (empty: a pair only fills a gap).
        expect(serviceIds).toEqual(ss.map((s) => s.id).filter((id) => serviceIds.includes(id)));
        for (const pair of result.pairs) {
          const mandatary = ms.find((m) => m.id === pair.mandataryId)!;
          const service = ss.find((s) => s.id === pair.serviceId)!;
          expect(pair.via).toEqual(coveringPortfolios(mandatary.portfolios, service.type, DEFAULT_PORTFOLIO_KEYWORDS));
        }
        const covers = ms.map((m) =>
          ss.map((s) => coveringPortfolios(m.portfolios, s.type, DEFAULT_PORTFOLIO_KEYWORDS).length > 0),
        );
        const matched = result.pairs.filter((pair) => pair.via.length > 0).length;
        expect(matched).toBe(bruteForceMaximum(covers));
        // Deterministic.
        expect(jobSwapAssignment(ms, ss, DEFAULT_PORTFOLIO_KEYWORDS)).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });
});
