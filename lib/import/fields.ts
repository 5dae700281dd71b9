import { LOCALES } from "@/lib/i18n/locale";
import { optionalText, translator } from "@/lib/i18n/translator";
import { MANDATARY_ROLES } from "@/lib/mandataries/schemas";
import { SERVICE_TYPES } from "@/lib/services/schemas";
import { foldAccents } from "@/lib/text";

export const IMPORT_KINDS = ["MANDATARIES", "SERVICES"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A column the user can import; `key` is the form field name, its label is `import.fields.<kind>.<key>`. */
export interface ImportField {
  key: string;
  required: boolean;
  /** Header names it is recognised by, most specific first (compared without case, accents or punctuation). */
  synonyms: string[];
}

/** Field key → column index (0-based) in the file; an absent key is not imported. */
export type Mapping = Record<string, number | undefined>;

export const IMPORT_FIELDS: Record<ImportKind, ImportField[]> = {
  MANDATARIES: [
    { key: "firstName", required: true, synonyms: ["voornaam", "voornamen", "first name", "given name", "firstname"] },
    {
      key: "lastName",
      required: true,
      synonyms: ["achternaam", "familienaam", "naam", "last name", "surname", "family name", "lastname", "name"],
    },
    {
      key: "role",
      required: true,
      synonyms: ["functie", "rol", "mandaat", "hoedanigheid", "role", "position", "function"],
    },
    {
      key: "email",
      required: true,
      synonyms: ["e-mailadres", "e-mail", "email", "mail", "mailadres", "e-mail address", "email address"],
    },
    {
      key: "phone",
      required: false,
      synonyms: ["gsm", "telefoon", "gsm-nummer", "telefoonnummer", "tel", "mobiel", "phone", "mobile", "telephone"],
    },
    { key: "party", required: false, synonyms: ["partij", "fractie", "lijst", "kieslijst", "party", "group"] },
    {
      key: "portfolios",
      required: false,
      synonyms: ["bevoegdheden", "bevoegdheid", "portefeuille", "portefeuilles", "beleidsdomeinen", "portfolios"],
    },
  ],
  SERVICES: [
    {
      key: "name",
      required: true,
      synonyms: ["naam dienst", "naam zorgdienst", "naam", "zorgdienst", "dienst", "voorziening", "name", "service"],
    },
    {
      key: "type",
      required: true,
      synonyms: ["soort zorgdienst", "soort", "type", "soort dienst", "categorie", "type of care service", "kind"],
    },
    {
      key: "street",
      required: true,
      synonyms: ["straat en huisnummer", "straat", "adres", "street and house number", "street", "address"],
    },
    { key: "postalCode", required: true, synonyms: ["postcode", "postnummer", "postal code", "zip", "zip code"] },
    {
      key: "city",
      required: true,
      synonyms: ["gemeente", "plaats", "woonplaats", "stad", "deelgemeente", "city", "municipality", "town"],
    },
    { key: "latitude", required: false, synonyms: ["breedtegraad", "lat", "breedte", "latitude"] },
    { key: "longitude", required: false, synonyms: ["lengtegraad", "lng", "lon", "long", "lengte", "longitude"] },
    {
      key: "contactName",
      required: true,
      synonyms: ["contactpersoon", "naam contactpersoon", "contact", "contact person", "contact name"],
    },
    {
      key: "contactEmail",
      required: false,
      synonyms: ["e-mail contactpersoon", "e-mailadres", "e-mail", "email", "mail", "contact email"],
    },
    {
      key: "contactPhone",
      required: false,
      synonyms: ["telefoon contactpersoon", "telefoon", "gsm", "tel", "telefoonnummer", "phone", "contact phone"],
    },
    {
      key: "maxGroupSize",
      required: false,
      synonyms: ["max groepsgrootte", "maximale groepsgrootte", "groepsgrootte", "max group size", "group size"],
    },
    {
      key: "minVisitMinutes",
      required: false,
      synonyms: ["min bezoekduur", "minimale bezoekduur", "bezoekduur", "min visit minutes", "visit length"],
    },
    { key: "dressCode", required: false, synonyms: ["kledij", "kledijvoorschriften", "dresscode", "dress code"] },
    { key: "accessibilityNotes", required: false, synonyms: ["toegankelijkheid", "accessibility"] },
  ],
};

/** The field whose value identifies an existing record: mandataries by e-mail, services by name. */
export const KEY_FIELD: Record<ImportKind, string> = { MANDATARIES: "email", SERVICES: "name" };

/** "E-mail adres" → "emailadres"; "Zoë" → "zoe". */
export function normalize(text: string): string {
  return foldAccents(text).replace(/[^a-z0-9]+/g, "");
}

const fieldLabels = LOCALES.map((locale) => translator("import.fields", locale));

/** The synonyms plus the field's label in both catalogs (what our own export writes as header). */
function headerNames(kind: ImportKind, field: ImportField): string[] {
  const labels = fieldLabels.map((t) => optionalText(t, `${kind}.${field.key}`) ?? "");
  return [...labels, ...field.synonyms].map(normalize).filter(Boolean);
}

/** Per field the best unused column: an exact (normalised) header match, the most specific synonym first. */
export function guessMapping(kind: ImportKind, columns: string[]): Mapping {
  const normalized = columns.map(normalize);
  const used = new Set<number>();
  const mapping: Mapping = {};
  for (const field of IMPORT_FIELDS[kind]) {
    const names = headerNames(kind, field);
    let best: { column: number; rank: number } | null = null;
    for (const [column, header] of normalized.entries()) {
      const rank = names.indexOf(header);
      if (rank >= 0 && !used.has(column) && (!best || rank < best.rank)) best = { column, rank };
    }
    if (best) {
      mapping[field.key] = best.column;
      used.add(best.column);
    }
  }
  return mapping;
}

// ---------------------------------------------------------------- enum cells

const ROLE_WORDS: Record<(typeof MANDATARY_ROLES)[number], string[]> = {
  MAYOR: ["burgemeester", "waarnemend burgemeester", "burgervader", "mayor"],
  ALDERMAN: ["schepen", "eerste schepen", "alderman", "deputy mayor"],
  COUNCIL_MEMBER: ["gemeenteraadslid", "raadslid", "gemeenteraad", "voorzitter gemeenteraad", "council member"],
  SOCIAL_COMMITTEE_CHAIR: [
    "voorzitter bcsd",
    "bcsd voorzitter",
    "voorzitter bijzonder comite",
    "voorzitter bijzonder comite voor de sociale dienst",
    "voorzitter ocmw",
    "ocmw voorzitter",
  ],
  SOCIAL_COMMITTEE_MEMBER: [
    "lid bcsd",
    "bcsd lid",
    "lid bijzonder comite",
    "lid bijzonder comite voor de sociale dienst",
  ],
  GENERAL_DIRECTOR: ["algemeen directeur", "algemeen directrice", "general director"],
  HEAD_OF_SERVICE: ["diensthoofd", "afdelingshoofd", "head of service", "head of department"],
  MANAGEMENT_TEAM: ["managementteam", "lid managementteam", "mat", "mt", "management team"],
  FLEMISH_POLICY_MAKER: ["vlaams beleidsmaker", "vlaams parlementslid", "flemish policy maker"],
  OTHER: ["andere", "ander", "overige", "other"],
};

const SERVICE_TYPE_WORDS: Record<(typeof SERVICE_TYPES)[number], string[]> = {
  CHILDCARE: ["kinderopvang", "kinderdagverblijf", "kdv", "creche", "onthaalouder", "childcare"],
  AFTER_SCHOOL_CARE: ["buitenschoolse opvang", "bko", "ibo", "after-school care"],
  HOME_CARE: ["thuiszorg", "gezinszorg", "thuiszorg en gezinszorg", "home care"],
  RESIDENTIAL_CARE: ["woonzorgcentrum", "wzc", "rusthuis", "residential care", "residential care centre"],
  DAY_CARE: ["centrum voor dagverzorging", "dagverzorging", "dagverzorgingscentrum", "cdv", "day care"],
  SHORT_STAY: ["kortverblijf", "centrum voor kortverblijf", "short stay"],
  ASSISTED_LIVING: ["assistentiewoningen", "assistentiewoning", "groep van assistentiewoningen", "serviceflats"],
  LOCAL_SERVICE_CENTRE: ["lokaal dienstencentrum", "ldc", "dienstencentrum", "local service centre"],
  SOCIAL_SERVICE: ["sociale dienst", "ocmw", "sociaal huis", "social service"],
  PARENTING_SUPPORT: ["opvoedingsondersteuning", "huis van het kind", "parenting support"],
  SOCIAL_RESTAURANT: ["sociaal restaurant", "social restaurant"],
  PROJECT: ["project"],
  OTHER: ["andere", "ander", "overige", "other"],
};

function enumLookup<V extends string>(
  values: readonly V[],
  words: Record<V, string[]>,
  namespace: "mandataryRoles" | "serviceTypes",
) {
  const table = new Map<string, V>();
  const catalogs = LOCALES.map((locale) => translator(namespace, locale));
  for (const value of values) {
    const labels = catalogs.map((t) => optionalText(t, value) ?? "");
    for (const word of [value, ...labels, ...words[value]]) {
      const key = normalize(word);
      if (key && !table.has(key)) table.set(key, value);
    }
  }
  return table;
}

const roleTable = enumLookup(MANDATARY_ROLES, ROLE_WORDS, "mandataryRoles");
const serviceTypeTable = enumLookup(SERVICE_TYPES, SERVICE_TYPE_WORDS, "serviceTypes");

/** "Schepen", "schepen van Welzijn", "ALDERMAN" → "ALDERMAN"; an unknown word → null. */
export function parseRole(cell: string): (typeof MANDATARY_ROLES)[number] | null {
  const key = normalize(cell);
  if (!key) return null;
  const exact = roleTable.get(key);
  if (exact) return exact;
  // "Schepen van Welzijn", "Eerste schepen", "Waarnemend burgemeester"
  if (/^(eerste|tweede|derde|vierde|vijfde|zesde)?schepen/.test(key)) return "ALDERMAN";
  if (/^(waarnemend)?burgemeester/.test(key)) return "MAYOR";
  return null;
}

/** "WZC", "woonzorgcentrum", "RESIDENTIAL_CARE" → "RESIDENTIAL_CARE"; an unknown word → null. */
export function parseServiceType(cell: string): (typeof SERVICE_TYPES)[number] | null {
  return serviceTypeTable.get(normalize(cell)) ?? null;
}
