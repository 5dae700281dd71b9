import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { programmeLegs } from "@/lib/programme/checks";
import type { PlanProgramme, PlanStop, Point, TravelMode } from "@/lib/programme/plan";
import { database } from "@/lib/db";
import { checkProgramme } from "@/lib/programme/checks";
import { forgetOldRoutes, routeLegs, storedRoutes } from "@/lib/programme/routing";
import { secondInstance } from "../helpers/second-instance";
import { MODE_PROFILES, estimateTravel, legBetween, routeKey, type RoutedMinutes } from "@/lib/programme/travel";

// routeLegs stores what it routed in the database (for every instance), so every test uses its own points
// (`spot(n)`), except where the stored legs are the point.

/** An OSRM-compatible peer. Its durations follow from the coordinates, so the test can compute them. */
let server: Server;
let baseUrl: string;
let answer: "ok" | "error" | "noRoute" = "ok";
const requests: { profile: string; prefix: string; points: Point[]; search: URLSearchParams }[] = [];

/** Seconds from a to b: 10 s per 0.0001° of latitude and longitude, plus 45 s going north (so a→b ≠ b→a). */
function seconds(a: Point, b: Point): number {
  const apart = Math.abs(a.latitude - b.latitude) + Math.abs(a.longitude - b.longitude);
  return Math.round(apart * 100_000) + (b.latitude > a.latitude ? 45 : 0);
}
const metres = (a: Point, b: Point) => seconds(a, b) * 7;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url!, "http://localhost");
    const match = url.pathname.match(/^(.*)\/table\/v1\/([a-z]+)\/([^/]+)$/);
    if (!match) {
      response.writeHead(404).end();
      return;
    }
    const points = decodeURIComponent(match[3]!)
      .split(";")
      .map((pair) => pair.split(",").map(Number))
      .map(([longitude, latitude]) => ({ latitude: latitude!, longitude: longitude! }));
    requests.push({ prefix: match[1]!, profile: match[2]!, points, search: url.searchParams });
    if (answer === "error") {
      response.writeHead(500).end("kapot");
      return;
    }
    response.writeHead(200, { "Content-Type": "application/json" });
    if (answer === "noRoute") {
      response.end(JSON.stringify({ code: "NoRoute", message: "Impossible route between points" }));
      return;
    }
    const matrix = (f: (a: Point, b: Point) => number) =>
      points.map((a, i) => points.map((b, j) => (i === j ? 0 : f(a, b))));
    response.end(JSON.stringify({ code: "Ok", durations: matrix(seconds), distances: matrix(metres) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(
  () =>
    new Promise((resolve) => {
      // fetch keeps its connections open; close them so the server stops at once.
      server.closeAllConnections();
      server.close(resolve);
    }),
);

beforeEach(() => {
  answer = "ok";
  requests.length = 0;
});

let spots = 0;
/** A fresh place near Brecht, a few hundred metres from the previous one. */
function spot(): Point {
  spots++;
  // Six decimals at most, as they travel in the URL.
  const round = (degrees: number) => Number(degrees.toFixed(6));
  return { latitude: round(51.3 + spots * 0.004), longitude: round(4.6 + (spots % 7) * 0.003) };
}

function stop(id: string, start: number, point: Point | null, travelMode: TravelMode, extra: Partial<PlanStop> = {}) {
  return {
    id,
    kind: "VISIT",
    label: id,
    start,
    end: start + 45,
    point,
    atService: false,
    service: null,
    isOption: false,
    capacity: null,
    travelMode,
    travelMinutes: null,
    chosenBy: 0,
    ...extra,
  } satisfies PlanStop;
}

/** Stops an hour apart, each arriving by the given mode (the first one's mode is not travelled). */
function programme(points: Point[], modes: TravelMode[], id = "p1"): PlanProgramme {
  return {
    id,
    name: "Ronde",
    day: "2027-03-16",
    kind: "FIXED",
    groupSize: null,
    stops: points.map((point, i) => stop(`${id}-s${i}`, 540 + i * 60, point, modes[i] ?? "WALK")),
  };
}

/** Every leg of the programme as the editor shows it with these routes. */
const legsWith = (plan: PlanProgramme, routed?: RoutedMinutes) => programmeLegs(plan, routed);

const expectedMinutes = (a: Point, b: Point, mode: TravelMode) =>
  Math.ceil(seconds(a, b) / 60 + MODE_PROFILES[mode].overhead);

describe("routeLegs", () => {
  it("routes each leg and legBetween uses the routed minutes", async () => {
    const [a, b, c] = [spot(), spot(), spot()];
    const plan = programme([a, b, c], ["WALK", "WALK", "WALK"]);
    const routed = await routeLegs([plan], { baseUrl });

    expect(requests).toHaveLength(1);
    expect(requests[0]!.profile).toBe("foot");
    expect(requests[0]!.prefix).toBe("");
    expect(requests[0]!.search.get("annotations")).toBe("duration,distance");
    // Longitude first, as OSRM wants; each place once.
    expect(requests[0]!.points).toEqual([a, b, c]);

    expect([...routed.keys()].sort()).toEqual([routeKey(a, b, "WALK"), routeKey(b, c, "WALK")].sort());
    expect(routed.get(routeKey(a, b, "WALK"))).toEqual({
      minutes: seconds(a, b) / 60,
      distanceKm: Math.round(metres(a, b) / 100) / 10,
    });
    const [ab, bc] = legsWith(plan, routed);
    expect(ab).toMatchObject({ source: "routing", minutes: expectedMinutes(a, b, "WALK") });
    expect(bc).toMatchObject({ source: "routing", minutes: expectedMinutes(b, c, "WALK") });
    expect(ab!.distanceKm).toBe(Math.round(metres(a, b) / 100) / 10);
    // The leg is read in its own direction (b is north of a, so a→b takes the extra 45 s).
    expect(seconds(a, b)).not.toBe(seconds(b, a));
    expect(
      legBetween({ id: "b", point: b }, { id: "a", point: a, travelMode: "WALK", travelMinutes: null }, routed),
    ).toMatchObject({ source: "estimate", minutes: estimateTravel(b, a, "WALK").minutes });
    // Different from the estimate, so the test sees which one is used.
    expect(ab!.minutes).not.toBe(estimateTravel(a, b, "WALK").minutes);
  });

  it("asks per mode with OSRM's profile: foot, bike, car, and car for the bus", async () => {
    const [a, b, c, d, e] = [spot(), spot(), spot(), spot(), spot()];
    const plan = programme([a, b, c, d, e], ["WALK", "WALK", "BIKE", "CAR", "BUS"]);
    const routed = await routeLegs([plan], { baseUrl });

    const name = (p: Point) =>
      [a, b, c, d, e].findIndex((q) => q.latitude === p.latitude && q.longitude === p.longitude);
    const asked = requests.map((r) => `${r.profile}:${r.points.map(name).join(",")}`);
    expect(asked.sort()).toEqual(["bike:1,2", "car:2,3", "car:3,4", "foot:0,1"]);
    const legs = legsWith(plan, routed);
    expect(legs.map((leg) => [leg.mode, leg.source, leg.minutes])).toEqual([
      ["WALK", "routing", expectedMinutes(a, b, "WALK")],
      ["BIKE", "routing", expectedMinutes(b, c, "BIKE")],
      ["CAR", "routing", expectedMinutes(c, d, "CAR")],
      // The bus drives like a car but adds its own boarding time.
      ["BUS", "routing", expectedMinutes(d, e, "BUS")],
    ]);
    expect(legs[3]!.minutes).toBe(Math.ceil(seconds(d, e) / 60 + 10));
  });

  it("puts the profile into a URL with {profile} in it", async () => {
    const [a, b, c] = [spot(), spot(), spot()];
    const plan = programme([a, b, c], ["BIKE", "BIKE", "BUS"]);
    const routed = await routeLegs([plan], { baseUrl: `${baseUrl}/routed-{profile}/` });
    expect(requests.map((r) => `${r.prefix} ${r.profile}`).sort()).toEqual(["/routed-bike bike", "/routed-car car"]);
    expect(legsWith(plan, routed).map((leg) => leg.source)).toEqual(["routing", "routing"]);
  });

  it("leaves out what the service cannot answer, so the legs keep their estimate", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      for (const failure of ["error", "noRoute"] as const) {
        answer = failure;
        const plan = programme([spot(), spot(), spot()], ["CAR", "CAR", "CAR"]);
        // Its own URL per failure: a failing service is left alone for a minute.
        const routed = await routeLegs([plan], { baseUrl: `${baseUrl}/${failure}` });
        expect(routed.size, failure).toBe(0);
        expect(requests.length, failure).toBeGreaterThan(0);
        expect(
          legsWith(plan, routed).map((leg) => leg.source),
          failure,
        ).toEqual(["estimate", "estimate"]);
      }

      // A server that is not there.
      const down = createServer();
      await new Promise<void>((resolve) => down.listen(0, "127.0.0.1", resolve));
      const downUrl = `http://127.0.0.1:${(down.address() as AddressInfo).port}`;
      await new Promise((resolve) => down.close(resolve));
      const plan = programme([spot(), spot()], ["BIKE", "BIKE"]);
      const routed = await routeLegs([plan], { baseUrl: downUrl });
      expect(routed.size).toBe(0);
      expect(legsWith(plan, routed).map((leg) => leg.source)).toEqual(["estimate"]);
      expect(warn).toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it("leaves a failing service alone for a minute, then asks again", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const url = `${baseUrl}/flaky`;
    try {
      const plan = programme([spot(), spot()], ["CAR", "CAR"]);
      answer = "error";
      expect((await routeLegs([plan], { baseUrl: url })).size).toBe(0);
      answer = "ok";
      // Within the minute: not asked, the legs keep their estimate.
      expect((await routeLegs([plan], { baseUrl: url })).size).toBe(0);
      expect(requests).toHaveLength(1);
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.now() + 61_000);
      const routed = await routeLegs([plan], { baseUrl: url });
      expect(requests).toHaveLength(2);
      expect(legsWith(plan, routed).map((leg) => leg.source)).toEqual(["routing"]);
    } finally {
      vi.useRealTimers();
      warn.mockRestore();
    }
  });

  it("asks in tables of at most 40 legs", async () => {
    const points = Array.from({ length: 90 }, () => spot());
    const plan = programme(
      points,
      points.map(() => "CAR" as const),
    );
    const routed = await routeLegs([plan], { baseUrl });
    expect(routed.size).toBe(89);
    expect(requests).toHaveLength(3);
    expect(Math.max(...requests.map((r) => r.points.length))).toBeLessThanOrEqual(80);
  });

  it("asks only once for the same legs: the second call answers from what it routed before", async () => {
    const [a, b, c] = [spot(), spot(), spot()];
    const plan = programme([a, b, c], ["CAR", "CAR", "CAR"]);
    const first = await routeLegs([plan], { baseUrl });
    expect(requests).toHaveLength(1);
    // Another programme over the same two legs, and the same one again.
    const again = programme([a, b, c], ["CAR", "CAR", "CAR"], "p2");
    const second = await routeLegs([plan, again], { baseUrl });
    expect(requests).toHaveLength(1);
    expect(second.size).toBe(2);
    expect(legsWith(again, second)).toEqual(
      legsWith(plan, first).map((leg) => ({
        ...leg,
        fromId: leg.fromId.replace("p1", "p2"),
        toId: leg.toId.replace("p1", "p2"),
      })),
    );
    // A new leg among known ones: only the new one is asked.
    const d = spot();
    await routeLegs([programme([a, b, c, d], ["CAR", "CAR", "CAR", "CAR"])], { baseUrl });
    expect(requests).toHaveLength(2);
    expect(requests[1]!.points).toEqual([c, d]);
  });

  it("does not ask for legs with the coordinator's minutes, within one place, or without points", async () => {
    const [a, b] = [spot(), spot()];
    const next = { latitude: b.latitude + 0.0001, longitude: b.longitude };
    const plan: PlanProgramme = {
      ...programme([], []),
      stops: [
        stop("x1", 540, a, "CAR"),
        stop("x2", 600, b, "CAR", { travelMinutes: 12 }),
        // 11 m further: the same place.
        stop("x3", 660, next, "CAR"),
        stop("x4", 720, null, "CAR"),
      ],
    };
    const routed = await routeLegs([plan], { baseUrl });
    expect(requests).toHaveLength(0);
    expect(routed.size).toBe(0);
    expect(legsWith(plan, routed).map((leg) => [leg.source, leg.minutes])).toEqual([
      ["override", 12],
      ["estimate", 0],
      ["unknown", null],
    ]);
  });

  it("asks nothing without a routing service", async () => {
    const plan = programme([spot(), spot()], ["CAR", "CAR"]);
    expect((await routeLegs([plan], { baseUrl: "" })).size).toBe(0);
    expect(requests).toHaveLength(0);
  });
});

describe("routed legs shared by every instance", () => {
  const other = secondInstance();
  afterAll(() => other.close());

  it("a second instance reads the legs the first routed, and its checks judge the programme alike", async () => {
    const [a, b] = [spot(), spot()];
    // The second stop starts just as the estimate arrives; the routed walk (slower here) arrives too late.
    const plan = programme([a, b], ["WALK", "WALK"]);
    const estimate = estimateTravel(a, b, "WALK").minutes;
    expect(expectedMinutes(a, b, "WALK")).toBeGreaterThan(estimate);
    plan.stops[1] = { ...plan.stops[1]!, start: 585 + estimate, end: 630 + estimate };
    const routed = await routeLegs([plan], { baseUrl });
    expect(requests).toHaveLength(1);

    // Inside a save the other instance asks no service: it reads what is stored.
    const seen = await storedRoutes(other.prisma, [plan]);
    expect(seen).toEqual(routed);
    expect(checkProgramme(plan, seen)).toEqual(checkProgramme(plan, routed));
    expect(checkProgramme(plan, seen)).not.toEqual(checkProgramme(plan));
    // And its pages get the same legs without asking again.
    expect(await routeLegs([plan], { db: other.prisma, baseUrl })).toEqual(routed);
    expect(requests).toHaveLength(1);

    const row = await database.prisma.routedLeg.findUniqueOrThrow({ where: { key: routeKey(a, b, "WALK") } });
    expect(row).toMatchObject({
      fromLatitude: a.latitude,
      toLongitude: b.longitude,
      mode: "WALK",
      source: baseUrl,
    });
  });

  it("asks again after a day, and forgets legs after a month", async () => {
    const [a, b] = [spot(), spot()];
    const plan = programme([a, b], ["CAR", "CAR"]);
    await routeLegs([plan], { baseUrl });
    await routeLegs([plan], { baseUrl });
    expect(requests).toHaveLength(1);
    const key = routeKey(a, b, "CAR");
    await database.prisma.routedLeg.update({
      where: { key },
      data: { fetchedAt: new Date(Date.now() - 25 * 3600_000) },
    });
    await routeLegs([plan], { db: other.prisma, baseUrl });
    expect(requests).toHaveLength(2);
    const refreshed = await database.prisma.routedLeg.findUniqueOrThrow({ where: { key } });
    expect(Date.now() - refreshed.fetchedAt.getTime()).toBeLessThan(60_000);

    expect(await forgetOldRoutes(other.prisma, new Date(Date.now() + 29 * 24 * 3600_000))).toBe(0);
    expect(await forgetOldRoutes(other.prisma, new Date(Date.now() + 31 * 24 * 3600_000))).toBeGreaterThanOrEqual(1);
    expect(await storedRoutes(database.prisma, [plan])).toEqual(new Map());
  });
});
