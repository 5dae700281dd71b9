// Road travel times from an OSRM-compatible table service (ROUTING_URL). Optional: without it, or when it fails,
// every leg keeps its estimate from lib/programme/travel.ts, and the editor says which one a leg uses.
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
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

/**
 * When each routing service last failed, in this instance. It only spares a hanging service (and every page) for a
 * minute; what a check decides comes from the stored legs, which every instance shares.
 */
const failedAt = new Map<string, number>();

type Db = PrismaClient | Prisma.TransactionClient;

interface WantedLeg {
  from: Point;
  to: Point;
  mode: TravelMode;
}

/** The legs of these programmes that a routing service could answer (estimated ones), by route key. */
function routableLegs(programmes: readonly PlanProgramme[]): Map<string, WantedLeg> {
  const wanted = new Map<string, WantedLeg>();
  for (const programme of programmes) {
    const byId = new Map(programme.stops.map((stop) => [stop.id, stop]));
    for (const leg of programmeLegs(programme)) {
      const from = byId.get(leg.fromId)?.point;
      const to = byId.get(leg.toId)?.point;
      if (!from || !to || leg.source !== "estimate" || leg.minutes === 0) continue;
      wanted.set(routeKey(from, to, leg.mode), { from, to, mode: leg.mode });
    }
  }
  return wanted;
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

/**
 * The routed legs stored for these programmes, without asking the service: what the checks inside a transaction use.
 * Every instance reads the same rows, so they (and the browser, which gets the same legs) judge a programme alike.
 */
export async function storedRoutes(db: Db, programmes: readonly PlanProgramme[]): Promise<RoutedMinutes> {
  const stored = await storedLegs(db, [...routableLegs(programmes).keys()]);
  return new Map(stored.map((leg) => [leg.key, { minutes: leg.minutes, distanceKm: leg.distanceKm }]));
}

async function storedLegs(db: Db, keys: string[]) {
  if (keys.length === 0) return [];
  return db.routedLeg.findMany({
    where: { key: { in: keys } },
    select: { key: true, minutes: true, distanceKm: true, fetchedAt: true },
  });
}

/**
 * Routed minutes for the legs of these programmes: the stored ones, with those not stored yet (or older than a day)
 * asked of the routing service and stored for every instance. What the service cannot answer is left out (or keeps
 * its older answer).
 */
export async function routeLegs(
  programmes: readonly PlanProgramme[],
  { db = prisma, baseUrl = env.ROUTING_URL }: { db?: Db; baseUrl?: string } = {},
): Promise<RoutedMinutes> {
  const wanted = routableLegs(programmes);
  const stored = await storedLegs(db, [...wanted.keys()]);
  const routed = new Map(stored.map((leg) => [leg.key, { minutes: leg.minutes, distanceKm: leg.distanceKm }]));
  const now = Date.now();
  if (!baseUrl || now - (failedAt.get(baseUrl) ?? -Infinity) < PAUSE_AFTER_FAILURE_MS) return routed;
  const fresh = new Set(stored.filter((leg) => now - leg.fetchedAt.getTime() < KEEP_MS).map((leg) => leg.key));
  // Per mode, the legs to ask for, as pairs of points.
  const missing = new Map<TravelMode, [Point, Point][]>();
  for (const [key, { from, to, mode }] of wanted) {
    if (!fresh.has(key)) missing.set(mode, [...(missing.get(mode) ?? []), [from, to]]);
  }
  const requests = [...missing].flatMap(([mode, pairs]) =>
    Array.from({ length: Math.ceil(pairs.length / PAIRS_PER_REQUEST) }, (_, i) => ({
      mode,
      pairs: pairs.slice(i * PAIRS_PER_REQUEST, (i + 1) * PAIRS_PER_REQUEST),
    })),
  );
  const answered: Prisma.RoutedLegCreateManyInput[] = [];
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
          routed.set(key, route);
          answered.push({
            key,
            fromLatitude: from.latitude,
            fromLongitude: from.longitude,
            toLatitude: to.latitude,
            toLongitude: to.longitude,
            mode,
            ...route,
            source: baseUrl,
            fetchedAt: new Date(now),
          });
        });
      } catch (error) {
        failedAt.set(baseUrl, Date.now());
        console.warn("[routing]", error instanceof Error ? error.message : error);
      }
    }),
  );
  await storeLegs(db, answered);
  return routed;
}

/** Stores answered legs; a leg another instance stored meanwhile is overwritten with the newer answer. */
async function storeLegs(db: Db, legs: Prisma.RoutedLegCreateManyInput[]) {
  if (legs.length === 0) return;
  const keys = legs.map((leg) => leg.key);
  // Delete and insert in one transaction where we are not in one already: no instance sees a leg missing.
  const write = async (tx: Prisma.TransactionClient) => {
    await tx.routedLeg.deleteMany({ where: { key: { in: keys } } });
    await tx.routedLeg.createMany({ data: legs, skipDuplicates: true });
  };
  if ("$transaction" in db) await db.$transaction(write);
  else await write(db);
}

/** Legs nobody asked for in a month are forgotten (a moved stop leaves its old legs behind). */
export async function forgetOldRoutes(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.routedLeg.deleteMany({
    where: { fetchedAt: { lt: new Date(now.getTime() - 30 * KEEP_MS) } },
  });
  return count;
}
