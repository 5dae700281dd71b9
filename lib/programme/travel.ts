// Travel time between two places, estimated from their coordinates. Pure.
// Minutes = great-circle distance × detour ÷ speed + fixed overhead, rounded up to whole minutes.
// The numbers (docs/decisions/0008-programme-builder.md) are for a group in a Flemish municipality:
import type { Point, TravelMode } from "./plan";

export interface ModeProfile {
  /** km/h, door to door for a group. */
  speed: number;
  /** Roads are not straight: road distance ≈ great-circle distance × detour. */
  detour: number;
  /** Minutes a group loses at each leg: parking, locking bikes, boarding a van. */
  overhead: number;
}

export const MODE_PROFILES: Record<TravelMode, ModeProfile> = {
  // A group on foot is slower than one walker.
  WALK: { speed: 4.5, detour: 1.3, overhead: 0 },
  // Mixed cyclists, some on an ordinary bike; locking and unlocking the bikes.
  BIKE: { speed: 14, detour: 1.3, overhead: 3 },
  // Built-up area with traffic lights; parking and walking to the door.
  CAR: { speed: 35, detour: 1.4, overhead: 5 },
  // The service centre's van or a hired bus: slower, and a group takes time to get on and off.
  BUS: { speed: 30, detour: 1.4, overhead: 10 },
};

/** Closer than this is the same place (another room, the stand next door): no travel. */
export const SAME_PLACE_KM = 0.05;

const EARTH_RADIUS_KM = 6371.0088;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle (haversine) distance in km. */
export function greatCircleKm(a: Point, b: Point): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface TravelEstimate {
  /** Road distance, km, one decimal. */
  distanceKm: number;
  minutes: number;
}

export function estimateTravel(from: Point, to: Point, mode: TravelMode): TravelEstimate {
  const straight = greatCircleKm(from, to);
  if (straight < SAME_PLACE_KM) return { distanceKm: 0, minutes: 0 };
  const profile = MODE_PROFILES[mode];
  const road = straight * profile.detour;
  return {
    distanceKm: Math.round(road * 10) / 10,
    minutes: Math.ceil((road / profile.speed) * 60 + profile.overhead),
  };
}

/** Where a leg's minutes come from, shown next to it. */
export type LegSource = "override" | "routing" | "estimate" | "unknown";

export interface Leg {
  fromId: string;
  toId: string;
  mode: TravelMode;
  distanceKm: number | null;
  /** null: no points to estimate from and no minutes entered. */
  minutes: number | null;
  source: LegSource;
}

/** Routed durations, looked up by `routeKey`. The server fills it from ROUTING_URL; the browser gets a copy. */
export type RoutedMinutes = ReadonlyMap<string, { minutes: number; distanceKm: number }>;

export function routeKey(from: Point, to: Point, mode: TravelMode): string {
  const p = (point: Point) => `${point.latitude.toFixed(5)},${point.longitude.toFixed(5)}`;
  return `${mode}:${p(from)}>${p(to)}`;
}

interface LegEnd {
  id: string;
  point: Point | null;
}

/** The leg from one stop to the next: the coordinator's minutes, else routed, else estimated. */
export function legBetween(
  from: LegEnd,
  to: LegEnd & { travelMode: TravelMode; travelMinutes: number | null },
  routed?: RoutedMinutes,
): Leg {
  const base = { fromId: from.id, toId: to.id, mode: to.travelMode };
  const estimate = from.point && to.point ? estimateTravel(from.point, to.point, to.travelMode) : null;
  if (to.travelMinutes !== null) {
    return { ...base, distanceKm: estimate?.distanceKm ?? null, minutes: to.travelMinutes, source: "override" };
  }
  if (!estimate || !from.point || !to.point) return { ...base, distanceKm: null, minutes: null, source: "unknown" };
  if (estimate.minutes === 0) return { ...base, ...estimate, source: "estimate" };
  const route = routed?.get(routeKey(from.point, to.point, to.travelMode));
  if (route) {
    const overhead = MODE_PROFILES[to.travelMode].overhead;
    return {
      ...base,
      distanceKm: route.distanceKm || estimate.distanceKm,
      minutes: Math.ceil(route.minutes + overhead),
      source: "routing",
    };
  }
  return { ...base, ...estimate, source: "estimate" };
}
