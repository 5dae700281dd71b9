import { describe, expect, it } from "vitest";
import { freePlaces } from "./free-places";

describe("free places of an option", () => {
  it("has no limit without a capacity", () => {
    expect(freePlaces(null, 12, false)).toEqual({ free: null, full: false });
  });

  it("is the capacity minus the picks", () => {
    expect(freePlaces(4, 0, false)).toEqual({ free: 4, full: false });
    expect(freePlaces(4, 3, false)).toEqual({ free: 1, full: false });
    expect(freePlaces(4, 4, false)).toEqual({ free: 0, full: true });
  });

  it("counts a person's own pick as their place", () => {
    expect(freePlaces(4, 4, true)).toEqual({ free: 1, full: false });
    expect(freePlaces(4, 5, true)).toEqual({ free: 0, full: true });
  });

  it("never goes below zero when an option is overbooked", () => {
    expect(freePlaces(2, 5, false)).toEqual({ free: 0, full: true });
  });
});
