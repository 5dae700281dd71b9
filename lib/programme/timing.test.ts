import { describe, expect, it } from "vitest";
import { overlappingStops } from "./timing";

const at = (time: string) => new Date(`2027-03-16T${time}:00Z`);
const stop = (id: string, from: string, to: string) => ({ id, startsAt: at(from), endsAt: at(to), label: id });

describe("overlapping stops", () => {
  const stops = [stop("wzc", "09:00", "10:00"), stop("kdv", "11:00", "12:00")];

  it("finds a stop that shares time", () => {
    expect(overlappingStops(stops, at("09:30"), at("10:30")).map((s) => s.id)).toEqual(["wzc"]);
    expect(overlappingStops(stops, at("08:00"), at("13:00")).map((s) => s.id)).toEqual(["wzc", "kdv"]);
    expect(overlappingStops(stops, at("09:15"), at("09:45")).map((s) => s.id)).toEqual(["wzc"]);
  });

  it("lets stops touch end to start", () => {
    expect(overlappingStops(stops, at("10:00"), at("11:00"))).toEqual([]);
  });

  it("ignores the stop being edited", () => {
    expect(overlappingStops(stops, at("09:00"), at("10:00"), "wzc")).toEqual([]);
  });
});
