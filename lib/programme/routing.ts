// Road travel times from an OSRM-compatible table service (ROUTING_URL). Optional: without it, or when it fails,
// every leg keeps its estimate from lib/programme/travel.ts, and the editor says which one a leg uses.
import { env } from "@/lib/env";
import { programmeLegs } from "./checks";
import type { PlanProgramme, Point, TravelMode } from "./plan";
import { routeKey, type RoutedMinutes } from "./travel";

/** OSRM's profile names for our modes; the van drives like a car (its boarding time is added on our side). */
const PROFILES: Record<TravelMode, string> = { WALK: "foot", BIKE: "bike", CAR: "car", BUS: "car" };
/** Roads do not move: a routed leg is kept for a day. */
const KEEP_MS = 24 * 60 * 60 * 1000;
const TIMEOUT_MS = 3000;
/** After a failure the service is left alone this long: a hanging service must not slow every page down. */
const PAUSE_AFTER_FAILURE_MS = 60_000;
/** Pairs per table request: OSRM refuses big tables (max-table-size 100 by default) and long URLs. */
const PAIRS_PER_REQUEST = 40;

const known = new Map<string, { minutes: number; distanceKm: number; at: number }>();
/** When each routing service last failed. */
const failedAt = new Map<string, number>();

function remember(key: string, route: { minutes: number; distanceKm: number }, now: number) {
  if (known.size > 10_000) {
    for (const [k, r] of known) if (now - r.at >= KEEP_MS) known.delete(k);
  }
  known.set(key, { ...route, at: now });
}

/**
 * `{profile}` in the URL is replaced by the profile, for servers with one instance per profile
 * (e.g. https://routing.openstreetmap.de/routed-{profile}).
 */
function tableUrl(baseUrl: string, mode: TravelMode, points: Point[]): URL {
  const profile = PROFILES[mode];
  const base = baseUrl.replaceAll("{profile}", profile).replace(/\/$/, "");
  const coordinates = points.map((p) => `${p.longitude.toFixed(6)},${p.latitude.toFixed(6)}`).join(";");
  const url = new URL(`${base}/table/v1/${profile}/${coordinates}`);
  url.searchParams.set("annotations", "duration,distance");
  return url;
}

async function fetchTable(baseUrl: string, mode: TravelMode, points: Point[]) {
  const response = await fetch(tableUrl(baseUrl, mode, points), {
    headers: { "User-Agent": "expeditie-zorg-planner", Accept: "application/json" },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`routing answered ${response.status}`);
  const body = (await response.json()) as {
    code?: string;
    durations?: (number | null)[][];
    distances?: (number | null)[][];
  };
  if (body.code !== "Ok" || !body.durations) throw new Error(`routing answered ${body.code ?? "without durations"}`);
  return { durations: body.durations, distances: body.distances };
}

/** The legs routed so far, without asking the service: for checks inside a transaction. */
export function knownRoutes(): RoutedMinutes {
  const now = Date.now();
  return new Map([...known].filter(([, route]) => now - route.at < KEEP_MS));
}

/** Routed minutes for the legs of these programmes; what the service cannot answer is left out. */
export async function routeLegs(
  programmes: readonly PlanProgramme[],
  baseUrl = env.ROUTING_URL,
): Promise<RoutedMinutes> {
  const routed = new Map<string, { minutes: number; distanceKm: number }>();
  const now = Date.now();
  if (!baseUrl || now - (failedAt.get(baseUrl) ?? -Infinity) < PAUSE_AFTER_FAILURE_MS) return routed;
  // Per mode, the legs not known yet, as pairs of points.
  const wanted = new Map<TravelMode, [Point, Point][]>();
  for (const programme of programmes) {
    const byId = new Map(programme.stops.map((stop) => [stop.id, stop]));
    for (const leg of programmeLegs(programme)) {
      const from = byId.get(leg.fromId)?.point;
      const to = byId.get(leg.toId)?.point;
      if (!from || !to || leg.source !== "estimate" || leg.minutes === 0) continue;
      const key = routeKey(from, to, leg.mode);
      const cached = known.get(key);
      if (cached && now - cached.at < KEEP_MS) routed.set(key, cached);
      else wanted.set(leg.mode, [...(wanted.get(leg.mode) ?? []), [from, to]]);
    }
  }
  const requests = [...wanted].flatMap(([mode, pairs]) =>
    Array.from({ length: Math.ceil(pairs.length / PAIRS_PER_REQUEST) }, (_, i) => ({
      mode,
      pairs: pairs.slice(i * PAIRS_PER_REQUEST, (i + 1) * PAIRS_PER_REQUEST),
    })),
  );
  await Promise.all(
    requests.map(async ({ mode, pairs }) => {
      const points: Point[] = [];
      const indexOf = (point: Point) => {
        const i = points.findIndex((p) => p.latitude === point.latitude && p.longitude === point.longitude);
        return i >= 0 ? i : points.push(point) - 1;
      };
      const indices = pairs.map(([from, to]) => [indexOf(from), indexOf(to)] as const);
      try {
        const table = await fetchTable(baseUrl, mode, points);
        pairs.forEach(([from, to], i) => {
          const [a, b] = indices[i]!;
          const seconds = table.durations[a]?.[b];
          const metres = table.distances?.[a]?.[b];
          if (typeof seconds !== "number") return;
          const route = { minutes: seconds / 60, distanceKm: Math.round((metres ?? 0) / 100) / 10 };
          const key = routeKey(from, to, mode);
          remember(key, route, now);
          routed.set(key, route);
        });
      } catch (error) {
        failedAt.set(baseUrl, Date.now());
        console.warn("[routing]", error instanceof Error ? error.message : error);
      }
    }),
  );
  return routed;
}
