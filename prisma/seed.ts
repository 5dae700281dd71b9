// Demo data: a fictional Flemish municipality (no real person's data), with an expedition in the future.
import { addDays, nextTuesday } from "date-fns";
import { hashPassword } from "@/lib/auth/password";
import { foldAccents } from "@/lib/text";
import type { Member } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { ServiceType, MandataryRole } from "@/lib/generated/prisma/client";
import { sendInvitations } from "@/lib/invitations/mutations";
import { brusselsInstant, dayKey, parseDay } from "@/lib/time";
import { AFTERCARE_DAYS } from "@/lib/expeditions/schemas";
import { demoPortfolios, demoSheets } from "./seed-sheets";

export const DEMO_COORDINATOR_EMAIL = "coordinator@example.org";

const town = { postalCode: "2275", city: "Kempenrode" };

const services: {
  key: string;
  name: string;
  type: ServiceType;
  street: string;
  lat: number;
  lng: number;
  contact: string;
}[] = [
  {
    key: "wzc",
    name: "Woonzorgcentrum Hof ter Linden",
    type: "RESIDENTIAL_CARE",
    street: "Lindenlaan 20",
    lat: 51.2031,
    lng: 4.8127,
    contact: "Greet Van Looy",
  },
  {
    key: "dvc",
    name: "Dagverzorgingscentrum De Zonnewijzer",
    type: "DAY_CARE",
    street: "Lindenlaan 22",
    lat: 51.2035,
    lng: 4.8134,
    contact: "Ilse Nuyts",
  },
  {
    key: "thuiszorg",
    name: "Dienst Gezinszorg en Thuiszorg",
    type: "HOME_CARE",
    street: "Kerkstraat 45",
    lat: 51.1987,
    lng: 4.8052,
    contact: "Dirk Van Hoof",
  },
  {
    key: "kdv",
    name: "Kinderdagverblijf De Speelboom",
    type: "CHILDCARE",
    street: "Schoolstraat 12",
    lat: 51.1962,
    lng: 4.7994,
    contact: "Kaat Verlinden",
  },
  {
    key: "nestje",
    name: "Kinderopvang Het Nestje",
    type: "CHILDCARE",
    street: "Heidestraat 31",
    lat: 51.1893,
    lng: 4.8221,
    contact: "Leen Smets",
  },
  {
    key: "bko",
    name: "Buitenschoolse opvang 't Klimrek",
    type: "AFTER_SCHOOL_CARE",
    street: "Dorpsplein 3",
    lat: 51.1976,
    lng: 4.8071,
    contact: "Joris Aerts",
  },
  {
    key: "ldc",
    name: "Lokaal dienstencentrum De Kring",
    type: "LOCAL_SERVICE_CENTRE",
    street: "Molenstraat 8",
    lat: 51.2009,
    lng: 4.7968,
    contact: "Veerle Geens",
  },
  {
    key: "sociaal",
    name: "Sociaal Huis Kempenrode",
    type: "SOCIAL_SERVICE",
    street: "Markt 1",
    lat: 51.1981,
    lng: 4.8089,
    contact: "Sofie Luyten",
  },
  {
    key: "buurtzorg",
    name: "Buurtzorgproject De Brug",
    type: "OTHER",
    street: "Stationsstraat 14",
    lat: 51.1938,
    lng: 4.8163,
    contact: "Ahmed Benali",
  },
];

const mandataries: {
  firstName: string;
  lastName: string;
  role: MandataryRole;
  portfolios: string[];
  party?: string;
  dietaryNeeds?: string;
  mobilityNeeds?: string;
}[] = [
  {
    firstName: "Annelies",
    lastName: "Van Dyck",
    role: "MAYOR",
    portfolios: ["Veiligheid", "Communicatie", "Personeel"],
    party: "Samen Kempenrode",
  },
  { firstName: "Tom", lastName: "Peeters", role: "ALDERMAN", portfolios: ["Financiën", "Ruimtelijke ordening"] },
  {
    firstName: "Sarah",
    lastName: "Janssens",
    role: "ALDERMAN",
    portfolios: ["Kinderopvang", "Jeugd", "Onderwijs"],
    party: "Samen Kempenrode",
    dietaryNeeds: "vegetarisch",
  },
  {
    firstName: "Bart",
    lastName: "Maes",
    role: "ALDERMAN",
    portfolios: ["Welzijn", "Ouderenzorg", "Sociale zaken"],
    mobilityNeeds: "rolstoelgebruiker: graag een aangepast busje",
  },
  { firstName: "Els", lastName: "Claes", role: "ALDERMAN", portfolios: ["Cultuur", "Toerisme", "Verenigingen"] },
  { firstName: "Koen", lastName: "Wouters", role: "ALDERMAN", portfolios: ["Openbare werken", "Mobiliteit"] },
  {
    firstName: "Hilde",
    lastName: "Goossens",
    role: "ALDERMAN",
    portfolios: ["Gezondheid", "Armoedebestrijding", "Gelijke kansen"],
  },
  { firstName: "Ria", lastName: "Mertens", role: "SOCIAL_COMMITTEE_CHAIR", portfolios: [] },
  { firstName: "Marc", lastName: "Verstraeten", role: "GENERAL_DIRECTOR", portfolios: [] },
  { firstName: "Youssef", lastName: "Amrani", role: "SOCIAL_COMMITTEE_MEMBER", portfolios: [] },
  { firstName: "Liesbeth", lastName: "Cools", role: "MANAGEMENT_TEAM", portfolios: [] },
  { firstName: "Jan", lastName: "Willems", role: "COUNCIL_MEMBER", portfolios: [] },
  { firstName: "Nadia", lastName: "El Amrani", role: "COUNCIL_MEMBER", portfolios: [] },
  { firstName: "Pieter", lastName: "De Smet", role: "COUNCIL_MEMBER", portfolios: [] },
  { firstName: "Lotte", lastName: "Hermans", role: "COUNCIL_MEMBER", portfolios: [] },
  { firstName: "Wim", lastName: "Jacobs", role: "COUNCIL_MEMBER", portfolios: [] },
  { firstName: "Fatima", lastName: "Bouzid", role: "COUNCIL_MEMBER", portfolios: [] },
];

function emailOf(firstName: string, lastName: string): string {
  const slug = (s: string) => foldAccents(s).replace(/[^a-z]/g, "");
  return `${slug(firstName)}.${slug(lastName)}@example.org`;
}

/** Seeds the demo municipality unless an organization exists already. Returns whether it seeded. */
export async function seedDemo(password: string, today = new Date()): Promise<boolean> {
  if ((await prisma.organization.count()) > 0) return false;
  const passwordHash = await hashPassword(password);
  const organization = await prisma.organization.create({
    data: { name: "Gemeente Kempenrode", brandColor: "#00587a", portfolios: demoPortfolios },
  });
  const serviceIds = new Map<string, string>();
  for (const s of services) {
    const { figures, stories, ...sheet } = demoSheets[s.key]!;
    const created = await prisma.careService.create({
      data: {
        organizationId: organization.id,
        name: s.name,
        type: s.type,
        street: s.street,
        ...town,
        latitude: s.lat,
        longitude: s.lng,
        contactName: s.contact,
        contactEmail: emailOf(s.contact.split(" ")[0]!, s.contact.split(" ").slice(1).join(" ")),
        contactPhone: "014 12 34 56",
        ...sheet,
        keyFigures: {
          create: figures.map((f, position) => ({
            ...f,
            referenceDate: f.referenceDate ? parseDay(f.referenceDate) : null,
            position,
            organizationId: organization.id,
          })),
        },
        careStories: {
          create: stories.map((story, position) => ({
            ...story,
            nameConsent: Boolean(story.tellerName),
            position,
            organizationId: organization.id,
          })),
        },
      },
    });
    serviceIds.set(s.key, created.id);
  }
  const users = [
    { email: DEMO_COORDINATOR_EMAIL, name: "Katrien Coppens", role: "COORDINATOR" as const, services: [] as string[] },
    {
      email: "communicatie@example.org",
      name: "Dries Vermeulen",
      role: "COMMUNICATION_OFFICER" as const,
      services: [],
    },
    { email: "wzc@example.org", name: "Greet Van Looy", role: "SERVICE_CONTACT" as const, services: ["wzc", "dvc"] },
  ];
  let coordinatorId = "";
  for (const u of users) {
    const user = await prisma.user.create({
      data: { email: u.email, name: u.name, passwordHash, emailVerified: today },
    });
    if (u.role === "COORDINATOR") coordinatorId = user.id;
    await prisma.membership.create({
      data: {
        organizationId: organization.id,
        userId: user.id,
        role: u.role,
        services: { connect: u.services.map((key) => ({ id: serviceIds.get(key)! })) },
      },
    });
  }
  const createdMandataries = [];
  for (const m of mandataries) {
    createdMandataries.push(
      await prisma.mandatary.create({
        data: {
          organizationId: organization.id,
          ...m,
          email: emailOf(m.firstName, m.lastName),
          phone: "",
          needsRecordedAt: m.dietaryNeeds || m.mobilityNeeds ? today : null,
        },
      }),
    );
  }

  // A three-day expedition about a month from now, starting on a Tuesday.
  const tuesday = nextTuesday(addDays(today, 28));
  const firstDay = dayKey(new Date(Date.UTC(tuesday.getFullYear(), tuesday.getMonth(), tuesday.getDate())));
  const lastDay = dayKey(addDays(parseDay(firstDay), 2));
  const expedition = await prisma.expedition.create({
    data: {
      organizationId: organization.id,
      title: "Expeditie Zorg Kempenrode",
      firstDay: parseDay(firstDay),
      lastDay: parseDay(lastDay),
      contactName: "Katrien Coppens",
      contactEmail: DEMO_COORDINATOR_EMAIL,
      contactPhone: "014 12 34 00",
      practicalNotes:
        "Draag makkelijke schoenen: we stappen mee in de werking. Een schort of trui van de dienst ligt klaar.",
      rsvpDeadline: brusselsInstant(dayKey(addDays(parseDay(firstDay), -7)), "12:00"),
      aftercareEndsOn: addDays(parseDay(lastDay), AFTERCARE_DAYS),
    },
  });
  // Three day programmes: a bus tour, a choice afternoon and a bike tour, as a coordinator would build them.
  type SeedStop = {
    key?: (typeof services)[number]["key"];
    kind?: "VISIT" | "MEAL" | "PRESS" | "WELCOME";
    title?: string;
    from: string;
    to: string;
    activity?: string;
    capacity?: number;
  };
  const programmes: {
    name: string;
    day: string;
    kind: "FIXED" | "CHOICE";
    concept: "BUS_TOUR" | "BIKE_TOUR" | "CUSTOM";
    travelMode: "BUS" | "BIKE" | "WALK";
    stops: SeedStop[];
  }[] = [
    {
      name: "Busronde dinsdag",
      day: firstDay,
      kind: "FIXED",
      concept: "BUS_TOUR",
      travelMode: "BUS",
      stops: [
        { key: "wzc", from: "08:30", to: "09:30", activity: "Ontbijt met de bewoners" },
        { key: "ldc", from: "10:00", to: "11:30", activity: "Meehelpen in de keuken van het sociaal restaurant" },
        { key: "ldc", kind: "MEAL", title: "Broodjeslunch met de bezoekers", from: "11:30", to: "12:15" },
        {
          kind: "PRESS",
          title: "Persmoment",
          from: "12:15",
          to: "12:30",
          activity: "Foto en korte vragen van de pers",
        },
        { key: "buurtzorg", from: "13:00", to: "14:00", activity: "Rondleiding in de buurt met een buurtwerker" },
      ],
    },
    {
      // The small services receive a few visitors at a time: each mandatary picks one.
      name: "Keuzenamiddag woensdag",
      day: dayKey(addDays(parseDay(firstDay), 1)),
      kind: "CHOICE",
      concept: "CUSTOM",
      travelMode: "WALK",
      stops: [
        { key: "ldc", kind: "WELCOME", title: "Onthaal", from: "13:15", to: "13:30" },
        { key: "wzc", from: "14:00", to: "15:00", activity: "Meehelpen bij de namiddagactiviteit", capacity: 4 },
        { key: "dvc", from: "14:00", to: "15:00", activity: "Gezelschapsspel met de gasten", capacity: 4 },
        { key: "ldc", kind: "WELCOME", title: "Afsluiting en terugblik", from: "15:30", to: "16:00" },
      ],
    },
    {
      name: "Fietstocht donderdag",
      day: lastDay,
      kind: "FIXED",
      concept: "BIKE_TOUR",
      travelMode: "BIKE",
      stops: [
        { key: "ldc", from: "13:30", to: "14:30", activity: "Gesprek met de vrijwilligers van het dienstencentrum" },
        { key: "buurtzorg", from: "14:45", to: "15:45", activity: "Meelopen met een buurtwerker" },
        { key: "wzc", from: "16:00", to: "16:45", activity: "Koffie met de bewonersraad" },
      ],
    },
  ];
  for (const p of programmes) {
    await prisma.programme.create({
      data: {
        organizationId: organization.id,
        expeditionId: expedition.id,
        name: p.name,
        day: parseDay(p.day),
        kind: p.kind,
        concept: p.concept,
        travelMode: p.travelMode,
        stops: {
          create: p.stops.map((stop) => ({
            organizationId: organization.id,
            kind: stop.kind ?? "VISIT",
            serviceId: stop.key ? serviceIds.get(stop.key)! : null,
            title: stop.title ?? "",
            startsAt: brusselsInstant(p.day, stop.from),
            endsAt: brusselsInstant(p.day, stop.to),
            activity: stop.activity ?? "",
            isOption: stop.capacity !== undefined,
            capacity: stop.capacity ?? null,
          })),
        },
      },
    });
  }

  // The college is invited already, so the demo mailbox holds personal links to follow.
  const coordinator: Member = {
    userId: coordinatorId,
    name: "Katrien Coppens",
    email: DEMO_COORDINATOR_EMAIL,
    organizationId: organization.id,
    organizationName: organization.name,
    role: "COORDINATOR",
    serviceIds: [],
    organizations: [{ id: organization.id, name: organization.name }],
  };
  const college = createdMandataries.filter((m) => m.role === "MAYOR" || m.role === "ALDERMAN").map((m) => m.id);
  await sendInvitations(coordinator, expedition.id, college);
  // Three of them already told the coordinator what they pick on Wednesday.
  const options = await prisma.stop.findMany({
    where: { organizationId: organization.id, isOption: true },
    orderBy: { capacity: "asc" },
  });
  await prisma.stopChoice.createMany({
    data: college.slice(0, 3).map((mandataryId, i) => ({
      organizationId: organization.id,
      stopId: options[i % options.length]!.id,
      mandataryId,
    })),
  });
  return true;
}
