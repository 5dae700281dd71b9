// A concept pre-fills a programme the coordinator then edits (seed 000: "Kies een concept"). Pure.
// Times follow from travel estimates, rounded up to five minutes; visits last at least the service's minimum.
import type { translator } from "@/lib/i18n/translator";
import type { PortfolioKeywords, ServiceType } from "@/lib/portfolios/matching";
import { jobSwapAssignment } from "./assignment";
import type { Point, ProgrammeKind, StopKind, TravelMode } from "./plan";
import { speedDateRotation } from "./rotation";
import { estimateTravel } from "./travel";

export const CONCEPTS = [
  "ROUND",
  "BUS_TOUR",
  "BIKE_TOUR",
  "CIRCLE_DAY",
  "SPEED_DATE",
  "CARE_FAIR",
  "OPEN_DAY",
  "JOB_SWAP",
  "CUSTOM",
] as const;
export type Concept = (typeof CONCEPTS)[number];

/** How each concept's group moves, and whether everyone follows the same programme. */
export const CONCEPT_SETUP: Record<Concept, { kind: ProgrammeKind; travelMode: TravelMode; visitMinutes: number }> = {
  ROUND: { kind: "FIXED", travelMode: "CAR", visitMinutes: 60 },
  BUS_TOUR: { kind: "FIXED", travelMode: "BUS", visitMinutes: 60 },
  BIKE_TOUR: { kind: "FIXED", travelMode: "BIKE", visitMinutes: 60 },
  CIRCLE_DAY: { kind: "FIXED", travelMode: "BIKE", visitMinutes: 45 },
  SPEED_DATE: { kind: "CHOICE", travelMode: "WALK", visitMinutes: 10 },
  CARE_FAIR: { kind: "FIXED", travelMode: "WALK", visitMinutes: 15 },
  OPEN_DAY: { kind: "FIXED", travelMode: "WALK", visitMinutes: 120 },
  JOB_SWAP: { kind: "CHOICE", travelMode: "CAR", visitMinutes: 210 },
  CUSTOM: { kind: "FIXED", travelMode: "CAR", visitMinutes: 60 },
};

/** The stops' titles and activities (catalog programme.conceptStops); the caller picks the language. */
export type ConceptTexts = ReturnType<typeof translator<"programme.conceptStops">>;

export interface ConceptService {
  id: string;
  name: string;
  type: ServiceType;
  point: Point;
  minVisitMinutes: number | null;
  handsOnActivities: string[];
}

export interface ConceptInput {
  concept: Concept;
  /** Minutes after midnight. */
  start: number;
  /** In the order they are visited; the first hosts the fair or the speed date. */
  services: ConceptService[];
  /** Who takes part: for the speed-date rotation and the job-swap matching. */
  mandataries: { id: string; portfolios: string[] }[];
  keywords: PortfolioKeywords;
  /** Only for CUSTOM. */
  kind: ProgrammeKind;
  /** Speed date: minutes per round. */
  roundMinutes: number;
  /** Job swap: a half (3.5 h) or a whole day (8 h). */
  wholeDay: boolean;
}

export interface DraftStop {
  kind: StopKind;
  serviceId: string | null;
  /** The stop takes this service's address as its own place (the venue of a fair or speed date). */
  venueId: string | null;
  title: string;
  start: number;
  end: number;
  activity: string;
  handsOnTask: string;
  isOption: boolean;
  capacity: number | null;
}

export interface ConceptDraft {
  kind: ProgrammeKind;
  travelMode: TravelMode;
  stops: DraftStop[];
  /** Picks made by the rotation or the matching: index into `stops`. */
  picks: { stop: number; mandataryId: string }[];
  /** Mandataries the job swap could not place (more people than services). */
  unassigned: string[];
}

/** Minutes between the rounds of a speed date: standing up and finding the next stand. */
export const CHANGE_MINUTES = 2;
const JOB_SWAP_HALF = 210;
const JOB_SWAP_WHOLE = 480;
const NOON = 12 * 60;

const upTo5 = (minutes: number) => Math.ceil(minutes / 5) * 5;
const upTo15 = (minutes: number) => Math.ceil(minutes / 15) * 15;

function stop(fields: Partial<DraftStop> & Pick<DraftStop, "kind" | "start" | "end">): DraftStop {
  return {
    serviceId: null,
    venueId: null,
    title: "",
    activity: "",
    handsOnTask: "",
    isOption: false,
    capacity: null,
    ...fields,
  };
}

/** Welcome, visits in turn with travel between them, a press moment after the first visit, lunch, closing. */
function tour(input: ConceptInput, mode: TravelMode, t: ConceptTexts): DraftStop[] {
  const { services, concept } = input;
  const first = services[0]!;
  const last = services.at(-1)!;
  const stops: DraftStop[] = [];
  let at = input.start;
  const add = (fields: Parameters<typeof stop>[0]) => {
    stops.push(stop(fields));
    at = fields.end;
  };
  const circle = concept === "CIRCLE_DAY";
  if (circle) add({ kind: "MEAL", serviceId: first.id, title: t("coffeeAtStart"), start: at, end: at + 30 });
  else add({ kind: "WELCOME", serviceId: first.id, title: t("welcome"), start: at, end: at + 15 });
  let lunched = false;
  services.forEach((service, i) => {
    if (i > 0) at += upTo5(estimateTravel(services[i - 1]!.point, service.point, mode).minutes);
    const minutes = upTo15(Math.max(service.minVisitMinutes ?? 0, CONCEPT_SETUP[concept].visitMinutes));
    add({
      kind: "VISIT",
      serviceId: service.id,
      start: at,
      end: at + minutes,
      activity: concept === "OPEN_DAY" ? t("openDayActivity") : t("visitActivity"),
      handsOnTask: service.handsOnActivities[0] ?? "",
    });
    if (i === 0) add({ kind: "PRESS", title: t("press"), start: at, end: at + 15 });
    if (!circle && !lunched && at >= NOON - 15 && i < services.length - 1) {
      lunched = true;
      add({ kind: "MEAL", serviceId: service.id, title: t("lunch"), start: at, end: at + 45 });
    }
  });
  if (circle) add({ kind: "MEAL", serviceId: last.id, title: t("sandwichLunch"), start: at, end: at + 45 });
  else add({ kind: "WELCOME", serviceId: last.id, title: t("closingLookBack"), start: at, end: at + 15 });
  return stops;
}

/** Welcome at the venue, a walk along one stand per service, a press moment, a sandwich lunch. */
function careFair(input: ConceptInput, t: ConceptTexts): DraftStop[] {
  const venue = input.services[0]!;
  let at = input.start + 15;
  const stands = input.services.map((service) => {
    const s = stop({
      kind: "VISIT",
      serviceId: service.id,
      venueId: venue.id,
      start: at,
      end: at + CONCEPT_SETUP.CARE_FAIR.visitMinutes,
      activity: t("fairStand", { service: service.name }),
      handsOnTask: service.handsOnActivities[0] ?? "",
    });
    at = s.end;
    return s;
  });
  return [
    stop({
      kind: "WELCOME",
      serviceId: venue.id,
      title: t("fairWelcome"),
      start: input.start,
      end: input.start + 15,
    }),
    ...stands,
    stop({ kind: "PRESS", title: t("press"), start: at, end: at + 15 }),
    stop({ kind: "MEAL", title: t("sandwichLunch"), start: at + 15, end: at + 60 }),
  ];
}

function speedDate(input: ConceptInput, t: ConceptTexts): Pick<ConceptDraft, "stops" | "picks"> {
  const venue = input.services[0]!;
  const stands = input.services.map((service) => service.id);
  const rotation = speedDateRotation({
    mandataries: input.mandataries.map((m) => m.id),
    stands,
    capacity: null,
  });
  // Nobody to rotate yet: one round per stand, open to all.
  const rounds =
    rotation.rounds.length > 0
      ? rotation.rounds
      : stands.map(() => stands.map((stand) => ({ stand, mandataries: [] as string[] })));
  const capacity = rotation.rounds.length > 0 ? rotation.capacity : null;
  const byId = new Map(input.services.map((service) => [service.id, service]));
  const stops: DraftStop[] = [
    stop({
      kind: "WELCOME",
      serviceId: venue.id,
      title: t("speedDateWelcome"),
      start: input.start,
      end: input.start + 15,
    }),
  ];
  const picks: ConceptDraft["picks"] = [];
  let at = input.start + 15;
  rounds.forEach((round, r) => {
    for (const { stand, mandataries } of round) {
      const index = stops.length;
      stops.push(
        stop({
          kind: "VISIT",
          serviceId: stand,
          venueId: venue.id,
          title: t("round", { round: r + 1 }),
          start: at,
          end: at + input.roundMinutes,
          activity: t("speedDateActivity", { service: byId.get(stand)!.name }),
          isOption: true,
          capacity,
        }),
      );
      for (const mandataryId of mandataries) picks.push({ stop: index, mandataryId });
    }
    at += input.roundMinutes + CHANGE_MINUTES;
  });
  at -= CHANGE_MINUTES;
  stops.push(stop({ kind: "PRESS", title: t("press"), start: at, end: at + 15 }));
  stops.push(stop({ kind: "WELCOME", serviceId: venue.id, title: t("closing"), start: at + 15, end: at + 30 }));
  return { stops, picks };
}

function jobSwap(input: ConceptInput, t: ConceptTexts): Pick<ConceptDraft, "stops" | "picks" | "unassigned"> {
  const length = input.wholeDay ? JOB_SWAP_WHOLE : JOB_SWAP_HALF;
  const stops = input.services.map((service) =>
    stop({
      kind: "VISIT",
      serviceId: service.id,
      title: input.wholeDay ? t("jobSwapWholeDay") : t("jobSwapHalfDay"),
      start: input.start,
      end: input.start + length,
      activity: t("jobSwapActivity"),
      handsOnTask: service.handsOnActivities[0] ?? "",
      isOption: true,
      capacity: 1,
    }),
  );
  const { pairs, unassigned } = jobSwapAssignment(input.mandataries, input.services, input.keywords);
  const index = new Map(input.services.map((service, i) => [service.id, i]));
  return {
    stops,
    picks: pairs.map((pair) => ({ stop: index.get(pair.serviceId)!, mandataryId: pair.mandataryId })),
    unassigned,
  };
}

/** The pre-filled programme for a concept; CUSTOM (or no services) starts empty. */
export function draftForConcept(input: ConceptInput, t: ConceptTexts): ConceptDraft {
  const setup = CONCEPT_SETUP[input.concept];
  const empty = { stops: [], picks: [], unassigned: [] };
  const draft = { kind: input.concept === "CUSTOM" ? input.kind : setup.kind, travelMode: setup.travelMode };
  if (input.concept === "CUSTOM" || input.services.length === 0) return { ...draft, ...empty };
  switch (input.concept) {
    case "SPEED_DATE":
      return { ...draft, ...empty, ...speedDate(input, t) };
    case "JOB_SWAP":
      return { ...draft, ...empty, ...jobSwap(input, t) };
    case "CARE_FAIR":
      return { ...draft, ...empty, stops: careFair(input, t) };
    default:
      return { ...draft, ...empty, stops: tour(input, setup.travelMode, t) };
  }
}
