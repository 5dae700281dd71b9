// Which aldermen's portfolios cover which services: the suggestion of who should visit what.
// Pure: used by the service and mandatary pages and later by the programme builder.
import { z } from "zod";
import { SERVICE_TYPES } from "@/lib/services/schemas";
import { foldAccents } from "@/lib/text";

export type ServiceType = (typeof SERVICE_TYPES)[number];
export type PortfolioKeywords = Record<ServiceType, string[]>;

/** Keywords are matched as parts of portfolio names: "ouderen" matches "Ouderenzorg". */
export const DEFAULT_PORTFOLIO_KEYWORDS: PortfolioKeywords = {
  CHILDCARE: ["kinderopvang", "kind", "jeugd", "gezin"],
  AFTER_SCHOOL_CARE: ["kinderopvang", "buitenschoolse", "kind", "jeugd", "onderwijs"],
  HOME_CARE: ["thuiszorg", "gezinszorg", "zorg", "welzijn"],
  RESIDENTIAL_CARE: ["ouderen", "senioren", "zorg", "welzijn"],
  DAY_CARE: ["ouderen", "senioren", "zorg", "welzijn"],
  SHORT_STAY: ["ouderen", "senioren", "zorg", "welzijn"],
  ASSISTED_LIVING: ["ouderen", "senioren", "wonen", "huisvesting"],
  LOCAL_SERVICE_CENTRE: ["welzijn", "senioren", "ouderen", "eenzaamheid", "buurt"],
  SOCIAL_SERVICE: ["sociale", "ocmw", "armoede", "welzijn", "gelijke kansen"],
  PARENTING_SUPPORT: ["gezin", "opvoeding", "jeugd", "kind"],
  SOCIAL_RESTAURANT: ["armoede", "sociale", "welzijn", "senioren"],
  PROJECT: ["welzijn"],
  OTHER: ["welzijn"],
};

/** Lower case without accents, trimmed: "Financiën " → "financien". */
export function normalize(text: string): string {
  return foldAccents(text).trim();
}

const storedKeywords = z.record(z.string(), z.array(z.string()));

/** The organization's mapping (JSON column) over the defaults; a type it never set keeps its defaults. */
export function readPortfolioKeywords(json: unknown): PortfolioKeywords {
  const parsed = storedKeywords.safeParse(json);
  const stored = parsed.success ? parsed.data : {};
  return Object.fromEntries(
    SERVICE_TYPES.map((type) => [type, stored[type] ?? DEFAULT_PORTFOLIO_KEYWORDS[type]]),
  ) as PortfolioKeywords;
}

/** The portfolios (as the mandatary has them) that cover a service type. */
export function coveringPortfolios(portfolios: string[], type: ServiceType, keywords: PortfolioKeywords): string[] {
  const words = keywords[type].map(normalize).filter(Boolean);
  return portfolios.filter((portfolio) => {
    const name = normalize(portfolio);
    return words.some((word) => name.includes(word));
  });
}

interface WithPortfolios {
  id: string;
  portfolios: string[];
}
interface WithType {
  id: string;
  type: ServiceType;
}

export interface Match<T> {
  item: T;
  /** The portfolios that made the match, to explain it. */
  via: string[];
}

/** Mandataries whose portfolios cover the service, the best covered first. */
export function mandatariesForService<M extends WithPortfolios>(
  service: WithType,
  mandataries: M[],
  keywords: PortfolioKeywords,
): Match<M>[] {
  return mandataries
    .map((item) => ({ item, via: coveringPortfolios(item.portfolios, service.type, keywords) }))
    .filter((match) => match.via.length > 0)
    .sort((a, b) => b.via.length - a.via.length);
}

/** Services in a mandatary's portfolios, the best covered first. */
export function servicesForMandatary<S extends WithType>(
  mandatary: WithPortfolios,
  services: S[],
  keywords: PortfolioKeywords,
): Match<S>[] {
  return services
    .map((item) => ({ item, via: coveringPortfolios(mandatary.portfolios, item.type, keywords) }))
    .filter((match) => match.via.length > 0)
    .sort((a, b) => b.via.length - a.via.length);
}
