import { describe, expect, it } from "vitest";
import type { Point, TravelMode } from "./plan";
import { MODE_PROFILES, SAME_PLACE_KM, estimateTravel, greatCircleKm, legBetween, routeKey } from "./travel";

const grooteMarkt: Point = { latitude: 50.8467, longitude: 4.3525 };
const antwerpenCentraal: Point = { latitude: 51.2172, longitude: 4.4211 };
const here: Point = { latitude: 51, longitude: 4.4 };
// Exactly 2 km north of `here` along the meridian (2 km / Earth radius, in degrees).
const twoKmNorth: Point = { latitude: 51 + (2 / 6371.0088) * (180 / Math.PI), longitude: 4.4 };

describe("great-circle distance", () => {
  it("measures Brussels Grote Markt to Antwerpen-Centraal as about 41.4 km", () => {
    const km = greatCircleKm(grooteMarkt, antwerpenCentraal);
    expect(Math.abs(km - 41.4)).toBeLessThanOrEqual(0.5);
    expect(greatCircleKm(antwerpenCentraal, grooteMarkt)).toBeCloseTo(km, 9);
  });

  it("measures a meridian leg of 2 km as 2 km and the same place as 0", () => {
    expect(greatCircleKm(here, twoKmNorth)).toBeCloseTo(2, 6);
    expect(greatCircleKm(here, here)).toBe(0);
  });
});

describe("travel estimate", () => {
  it("takes no time within the same place, whatever the mode", () => {
    for (const mode of ["WALK", "BIKE", "CAR", "BUS"] as const) {
      expect(estimateTravel(here, here, mode)).toEqual({ distanceKm: 0, minutes: 0 });
    }
    // 30 m apart is still the same place (the stand next door): no overhead either.
    const nextDoor = { latitude: 51 + (0.03 / 6371.0088) * (180 / Math.PI), longitude: 4.4 };
    expect(greatCircleKm(here, nextDoor)).toBeLessThan(SAME_PLACE_KM);
    expect(estimateTravel(here, nextDoor, "BUS")).toEqual({ distanceKm: 0, minutes: 0 });
  });

  // By hand for 2 km straight: road = 2 × detour, minutes = ceil(road / speed × 60 + overhead).
  const byHand: [TravelMode, number, number][] = [
    // 2.6 km / 4.5 km/h = 34.67 min + 0 → 35
    ["WALK", 2.6, 35],
    // 2.6 km / 14 km/h = 11.14 min + 3 → 15
    ["BIKE", 2.6, 15],
    // 2.8 km / 35 km/h = 4.8 min + 5 → 10
    ["CAR", 2.8, 10],
    // 2.8 km / 30 km/h = 5.6 min + 10 → 16
    ["BUS", 2.8, 16],
  ];
  it.each(byHand)("estimates a 2 km leg by %s as %s km road and %s minutes", (mode, km, minutes) => {
    expect(estimateTravel(here, twoKmNorth, mode)).toEqual({ distanceKm: km, minutes });
  });

  it("uses the documented mode profiles", () => {
    expect(MODE_PROFILES).toEqual({
      WALK: { speed: 4.5, detour: 1.3, overhead: 0 },
      BIKE: { speed: 14, detour: 1.3, overhead: 3 },
      CAR: { speed: 35, detour: 1.4, overhead: 5 },
      BUS: { speed: 30, detour: 1.4, overhead: 10 },
    });
  });
});

describe("legBetween", () => {
  const from = { id: "a", point: here };
  const to = { id: "b", point: twoKmNorth, travelMode: "BUS" as const, travelMinutes: null };

  it("prefers the coordinator's minutes, still showing the estimated distance", () => {
    expect(legBetween(from, { ...to, travelMinutes: 7 })).toEqual({
      fromId: "a",
      toId: "b",
      mode: "BUS",
      distanceKm: 2.8,
      minutes: 7,
      source: "override",
    });
    // Also without points: the coordinator knows.
    expect(legBetween({ id: "a", point: null }, { ...to, point: null, travelMinutes: 12 })).toMatchObject({
      distanceKm: null,
      minutes: 12,
      source: "override",
    });
  });

  it("uses a routed duration plus the mode's overhead over the estimate", () => {
    const routed = new Map([[routeKey(here, twoKmNorth, "BUS"), { minutes: 7.2, distanceKm: 3.4 }]]);
    // 7.2 routed + 10 boarding the bus = 17.2 → 18.
    expect(legBetween(from, to, routed)).toEqual({
      fromId: "a",
      toId: "b",
      mode: "BUS",
      distanceKm: 3.4,
      minutes: 18,
      source: "routing",
    });
    // A route without a distance keeps the estimated one.
    const noDistance = new Map([[routeKey(here, twoKmNorth, "BUS"), { minutes: 6, distanceKm: 0 }]]);
    expect(legBetween(from, to, noDistance)).toMatchObject({ distanceKm: 2.8, minutes: 16, source: "routing" });
    // The route is per mode: a car leg between the same points is estimated.
    expect(legBetween(from, { ...to, travelMode: "CAR" }, routed)).toMatchObject({ minutes: 10, source: "estimate" });
    // The coordinator's minutes still win over routing.
    expect(legBetween(from, { ...to, travelMinutes: 9 }, routed)).toMatchObject({ minutes: 9, source: "override" });
  });

  it("estimates without routing and knows nothing without points", () => {
    expect(legBetween(from, to)).toEqual({
      fromId: "a",
      toId: "b",
      mode: "BUS",
      distanceKm: 2.8,
      minutes: 16,
      source: "estimate",
    });
    expect(legBetween({ id: "a", point: null }, to)).toEqual({
      fromId: "a",
      toId: "b",
      mode: "BUS",
      distanceKm: null,
      minutes: null,
      source: "unknown",
    });
    expect(legBetween(from, { ...to, point: null })).toMatchObject({ minutes: null, source: "unknown" });
  });

  it("does not route within the same place", () => {
    const routed = new Map([[routeKey(here, here, "BUS"), { minutes: 4, distanceKm: 0.5 }]]);
    expect(legBetween(from, { ...to, point: here }, routed)).toMatchObject({
      distanceKm: 0,
      minutes: 0,
      source: "estimate",
    });
  });
});
