// Demo presentation sheets and visit practicalities for the seeded services (fictional figures and people).
import type { VisitingHours } from "@/lib/services/visiting-hours";

interface DemoSheet {
  description: string;
  audience: string;
  challenges: string;
  projects: string;
  userParticipation: string;
  maxGroupSize: number;
  minVisitMinutes: number;
  dressCode: string;
  accessibilityNotes: string;
  handsOnActivities: string[];
  visitingHours: VisitingHours;
  figures: { label: string; value: number; unit: string; referenceDate?: string }[];
  stories: { quote: string; tellerRole: string; tellerName?: string; consentNote?: string }[];
}

const weekdays = (from: string, to: string, days = [1, 2, 3, 4, 5]): VisitingHours =>
  days.map((weekday) => ({ weekday, from, to }));

export const demoSheets: Record<string, DemoSheet> = {
  wzc: {
    description:
      "Een woonzorgcentrum met 96 kamers, een afdeling voor personen met dementie en een kortverblijf van 6 bedden.",
    audience: "Ouderen die niet meer thuis kunnen wonen, en hun familie.",
    challenges:
      "Genoeg zorgpersoneel vinden en houden; kleinschalig wonen uitbreiden; de gebouwen energiezuinig maken.",
    projects: "Een nieuwe belevingstuin (2026); een samenwerking met de kinderopvang voor wekelijkse ontmoetingen.",
    userParticipation: "Twee bewoners en een mantelzorger vertellen aan het ontbijt hoe een dag hier verloopt.",
    maxGroupSize: 8,
    minVisitMinutes: 45,
    dressCode: "Een schort ligt klaar; geen ringen of armbanden tijdens de zorg.",
    accessibilityNotes: "Volledig rolstoeltoegankelijk; parking aan de achterkant.",
    handsOnActivities: ["Ontbijt mee opdienen", "Meehelpen bij de namiddagactiviteit"],
    visitingHours: weekdays("08:00", "17:00", [1, 2, 3, 4, 5, 6]),
    figures: [
      { label: "bewoners", value: 96, unit: "plaatsen", referenceDate: "2026-01-01" },
      { label: "medewerkers", value: 112, unit: "personen" },
      { label: "tevredenheid bewoners", value: 8.6, unit: "/10", referenceDate: "2025-12-31" },
    ],
    stories: [
      {
        quote: "Sinds ik hier woon, heb ik weer iemand om 's morgens de krant mee te lezen.",
        tellerRole: "bewoner",
        tellerName: "Maria",
        consentNote: "schriftelijke toestemming, maart 2026",
      },
      { quote: "Ik kom naar huis met het gevoel dat ik iets heb betekend.", tellerRole: "zorgkundige" },
    ],
  },
  dvc: {
    description: "Dagverzorging voor ouderen die thuis wonen: activiteiten, verzorging en een warme maaltijd.",
    audience: "Thuiswonende ouderen met een zorgnood en hun mantelzorgers.",
    challenges: "Vervoer naar het centrum voor wie niet meer zelf kan komen.",
    projects: "Een vrijwilligerspoule voor het vervoer.",
    userParticipation: "Bezoekers nemen deel aan de ochtendactiviteit met de gasten.",
    maxGroupSize: 6,
    minVisitMinutes: 30,
    dressCode: "",
    accessibilityNotes: "Gelijkvloers.",
    handsOnActivities: ["Meedoen met de geheugentraining"],
    visitingHours: weekdays("09:30", "16:00"),
    figures: [{ label: "gasten per dag", value: 18, unit: "" }],
    stories: [{ quote: "Hier vind ik gezelschap; thuis zit ik alleen.", tellerRole: "gast" }],
  },
  thuiszorg: {
    description: "Gezinszorg, poetshulp en thuisverpleging in samenwerking met de huisartsen.",
    audience: "Gezinnen, ouderen en personen met een beperking die thuis ondersteuning nodig hebben.",
    challenges: "De vraag stijgt sneller dan we verzorgenden vinden.",
    projects: "Digitale planning zodat verzorgenden minder tijd in de auto doorbrengen.",
    userParticipation: "Een gebruiker ontvangt de bezoeker thuis, samen met de verzorgende.",
    maxGroupSize: 2,
    minVisitMinutes: 60,
    dressCode: "Burgerkleding; schoenen die je binnen kunt uitdoen.",
    accessibilityNotes: "Bezoek bij mensen thuis: één bezoeker per verzorgende.",
    handsOnActivities: ["Een uur meerijden met een verzorgende"],
    visitingHours: weekdays("08:00", "12:00"),
    figures: [
      { label: "uren gezinszorg", value: 38500, unit: "uren", referenceDate: "2025-12-31" },
      { label: "gezinnen geholpen", value: 412, unit: "" },
    ],
    stories: [
      {
        quote: "Zonder de gezinszorg had mijn moeder naar een woonzorgcentrum gemoeten.",
        tellerRole: "mantelzorger",
      },
    ],
  },
  kdv: {
    description: "Een kinderdagverblijf met inkomenstarief, open van 7 tot 18.30 uur.",
    audience: "Baby's en peuters tot 3 jaar en hun ouders.",
    challenges: "Meer plaatsen voor werkende ouders; kinderbegeleiders vinden.",
    projects: "Een uitbreiding met 14 plaatsen in 2027.",
    userParticipation: "Ouders brengen hun kinderen zoals elke dag; bezoekers helpen bij het middagmaal.",
    maxGroupSize: 4,
    minVisitMinutes: 45,
    dressCode: "Sloffen of overschoenen; ze liggen aan de ingang.",
    accessibilityNotes: "Rolstoeltoegankelijk.",
    handsOnActivities: ["Peuters helpen bij het middagmaal", "Voorlezen"],
    visitingHours: weekdays("09:00", "11:30"),
    figures: [
      { label: "plaatsen kinderopvang", value: 142, unit: "", referenceDate: "2026-01-01" },
      { label: "kinderen op de wachtlijst", value: 37, unit: "" },
    ],
    stories: [{ quote: "Dankzij de opvang kon ik opnieuw gaan werken.", tellerRole: "ouder" }],
  },
  nestje: {
    description: "Kleinschalige kinderopvang in een woonwijk.",
    audience: "Kinderen tot 3 jaar uit de buurt.",
    challenges: "Het gebouw is te klein.",
    projects: "",
    userParticipation: "Bezoekers spelen mee tijdens het vrij spel.",
    maxGroupSize: 3,
    minVisitMinutes: 30,
    dressCode: "",
    accessibilityNotes: "Een trap naar de slaapruimtes.",
    handsOnActivities: ["Meespelen tijdens het vrij spel"],
    visitingHours: weekdays("09:30", "11:00", [1, 2, 4]),
    figures: [{ label: "plaatsen", value: 28, unit: "" }],
    stories: [],
  },
  bko: {
    description: "Buitenschoolse opvang voor en na school en tijdens de vakanties.",
    audience: "Kinderen van 2,5 tot 12 jaar.",
    challenges: "Genoeg begeleiders tijdens de vakanties.",
    projects: "Speelplaats vergroenen.",
    userParticipation: "Kinderen tonen hun favoriete spel.",
    maxGroupSize: 6,
    minVisitMinutes: 45,
    dressCode: "Kleding die vuil mag worden.",
    accessibilityNotes: "",
    handsOnActivities: ["Meespelen in de BKO"],
    visitingHours: weekdays("15:30", "18:00"),
    figures: [{ label: "kinderen per dag", value: 160, unit: "" }],
    stories: [],
  },
  ldc: {
    description: "Ontmoetingsplek met een restaurant, activiteiten en hulp bij digitale vragen.",
    audience: "Alle inwoners, vooral ouderen en wie eenzaam is.",
    challenges: "Meer mensen bereiken die de weg naar het centrum niet vinden.",
    projects: "Een buurtrestaurant op zaterdag.",
    userParticipation: "Bezoekers eten mee aan tafel met de vaste gasten.",
    maxGroupSize: 12,
    minVisitMinutes: 30,
    dressCode: "",
    accessibilityNotes: "Rolstoeltoegankelijk; ringleiding in de zaal.",
    handsOnActivities: ["Soep uitdelen"],
    visitingHours: weekdays("10:00", "16:00"),
    figures: [{ label: "maaltijden per jaar", value: 21400, unit: "" }],
    stories: [{ quote: "Hier ken ik iedereen bij naam.", tellerRole: "vrijwilliger" }],
  },
  sociaal: {
    description: "Eén loket voor sociale hulp: leefloon, budgetbegeleiding, huisvesting en zorg.",
    audience: "Iedere inwoner met een vraag over inkomen, wonen of zorg.",
    challenges: "Onderbescherming: mensen krijgen niet de rechten waar ze recht op hebben.",
    projects: "Automatische toekenning van sociale tarieven.",
    userParticipation: "Een gebruiker vertelt (anoniem) over de weg naar hulp.",
    maxGroupSize: 4,
    minVisitMinutes: 30,
    dressCode: "",
    accessibilityNotes: "Ingang via de Markt, lift aanwezig.",
    handsOnActivities: ["Meeluisteren aan het onthaal (met toestemming)"],
    visitingHours: weekdays("09:00", "12:00"),
    figures: [{ label: "dossiers budgetbegeleiding", value: 118, unit: "" }],
    stories: [],
  },
  buurtzorg: {
    description: "Een buurtteam dat kwetsbare bewoners opzoekt en verbindt met hulp.",
    audience: "Bewoners van de Stationswijk.",
    challenges: "Het project structureel financieren na 2027.",
    projects: "Huisbezoeken bij alle 80-plussers in de wijk.",
    userParticipation: "Een buurtbewoner gidst de bezoekers.",
    maxGroupSize: 8,
    minVisitMinutes: 45,
    dressCode: "Stevige schoenen.",
    accessibilityNotes: "Wandeling van 1,5 km.",
    handsOnActivities: ["Mee op huisbezoek"],
    visitingHours: weekdays("13:00", "17:00", [2, 4]),
    figures: [{ label: "huisbezoeken", value: 240, unit: "", referenceDate: "2025-12-31" }],
    stories: [],
  },
};

/** Portfolio names the demo municipality offers when entering mandataries. */
export const demoPortfolios = [
  "Burgerzaken",
  "Communicatie",
  "Cultuur",
  "Financiën",
  "Gelijke kansen",
  "Gezondheid",
  "Jeugd",
  "Kinderopvang",
  "Mobiliteit",
  "Onderwijs",
  "Ouderenzorg",
  "Personeel",
  "Sociale zaken",
  "Welzijn",
];
