// Job swap: each mandatary spends the day at one service, one mandatary per service. Pure and deterministic.
//
// First a maximum bipartite matching on "one of the mandatary's portfolios covers the service's type" (Kuhn's
// augmenting paths: each mandatary in input order looks for a free service, or frees one by moving its current
// mandatary along another match). Each mandatary tries the services best covered by its portfolios first, so
// among equally large matchings the better covered pairs tend to win. Then the services still without anyone
// get the remaining mandataries in input order (via = []); whoever is left over (more mandataries than
// services) is unassigned. Services left over (more services than mandataries) are simply not in `pairs`.
import { coveringPortfolios, type PortfolioKeywords, type ServiceType } from "@/lib/portfolios/matching";

export interface JobSwapPair {
  mandataryId: string;
  serviceId: string;
  /** The mandatary's portfolios that cover the service; empty when the pair only fills a gap. */
  via: string[];
}

export interface JobSwap {
  /** In the services' order. */
  pairs: JobSwapPair[];
  /** Mandatary ids without a service, in input order. */
  unassigned: string[];
}

export function jobSwapAssignment<
  M extends { id: string; portfolios: string[] },
  S extends { id: string; type: ServiceType },
>(mandataries: M[], services: S[], keywords: PortfolioKeywords): JobSwap {
  // via[m][s]: the portfolios of mandatary m that cover service s.
  const via = mandataries.map((mandatary) =>
    services.map((service) => coveringPortfolios(mandatary.portfolios, service.type, keywords)),
  );
  // Each mandatary's candidate services, the most covering portfolios first; ties keep the services' order.
  const candidates = via.map((row) =>
    row
      .map((portfolios, s) => ({ s, count: portfolios.length }))
      .filter((candidate) => candidate.count > 0)
      .sort((a, b) => b.count - a.count || a.s - b.s)
      .map((candidate) => candidate.s),
  );

  const serviceTaker: (number | null)[] = services.map(() => null);
  const mandataryService: (number | null)[] = mandataries.map(() => null);

  // Kuhn: try to give mandatary m a service, moving the current holders along their own alternatives.
  const augment = (m: number, seen: boolean[]): boolean => {
    for (const s of candidates[m]!) {
      if (seen[s]) continue;
      seen[s] = true;
      const holder = serviceTaker[s]!;
      if (holder === null || augment(holder, seen)) {
        serviceTaker[s] = m;
        mandataryService[m] = s;
        return true;
      }
    }
    return false;
  };
  for (let m = 0; m < mandataries.length; m++)
    augment(
      m,
      services.map(() => false),
    );

  // Fill the remaining services with the remaining mandataries, both in input order.
  // (Such a pair never shares a portfolio: Kuhn would have matched it.)
  const free = mandataries.map((_, m) => m).filter((m) => mandataryService[m] === null);
  const matched = serviceTaker.map((m) => m !== null);
  for (let s = 0; s < services.length && free.length > 0; s++) {
    if (serviceTaker[s] !== null) continue;
    const m = free.shift()!;
    serviceTaker[s] = m;
    mandataryService[m] = s;
  }

  const pairs: JobSwapPair[] = [];
  serviceTaker.forEach((m, s) => {
    if (m === null) return;
    pairs.push({ mandataryId: mandataries[m]!.id, serviceId: services[s]!.id, via: matched[s] ? via[m]![s]! : [] });
  });
  const unassigned = free.map((m) => mandataries[m]!.id);
  return { pairs, unassigned };
}
