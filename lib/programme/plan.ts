// The programme as the pure logic sees it: no Prisma or Next imports, so the same code checks a programme
// in the browser while the coordinator types and on the server before every save.
// Times are minutes after midnight on the programme's day, Brussels wall clock ("09:30" = 570).

export const TRAVEL_MODES = ["WALK", "BIKE", "CAR", "BUS"] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

export const STOP_KINDS = ["VISIT", "MEAL", "PRESS", "WELCOME", "PLACE"] as const;
export type StopKind = (typeof STOP_KINDS)[number];

export const PROGRAMME_KINDS = ["FIXED", "CHOICE"] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

export interface Point {
  latitude: number;
  longitude: number;
}

export interface PlanService {
  id: string;
  name: string;
  minVisitMinutes: number | null;
  maxGroupSize: number | null;
  /** ISO weekday 1 (Monday)…7; "09:00"–"16:00". Empty: the service gave no hours, nothing to check. */
  visitingHours: { weekday: number; from: string; to: string }[];
}

export interface PlanStop {
  id: string;
  kind: StopKind;
  /** What the coordinator reads: the service's name or the stop's title. */
  label: string;
  start: number;
  end: number;
  /** Where it happens; null when nobody entered a point (then travel to it cannot be estimated). */
  point: Point | null;
  /** The stop happens at its service's own place, so the service's hours, group size and minimum apply. */
  atService: boolean;
  service: PlanService | null;
  isOption: boolean;
  capacity: number | null;
  /** The leg arriving here. */
  travelMode: TravelMode;
  /** The coordinator's minutes for the arriving leg, overriding estimate and routing. */
  travelMinutes: number | null;
  /** Choice programmes: how many mandataries picked this option. */
  chosenBy: number;
}

export interface PlanProgramme {
  id: string;
  name: string;
  /** "2027-03-16" */
  day: string;
  kind: ProgrammeKind;
  /** Expected visitors of a fixed programme. */
  groupSize: number | null;
  stops: PlanStop[];
}

export interface PlanMandatary {
  id: string;
  name: string;
  /** The options this mandatary picked (stop ids) in the expedition's choice programmes. */
  picks: string[];
}

/** "09:30" → 570 */
export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/** 570 → "09:30" */
export function clockOf(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of "2027-03-16". */
export function weekdayOf(day: string): number {
  const sunday0 = new Date(`${day}T12:00:00Z`).getUTCDay();
  return sunday0 === 0 ? 7 : sunday0;
}

/** Stops in the order they happen; ties keep the given order. */
export function inTimeOrder<T extends { start: number; end: number }>(stops: readonly T[]): T[] {
  return [...stops].sort((a, b) => a.start - b.start || a.end - b.end);
}
