import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { speedDateRotation } from "./rotation";

const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

describe("speed-date rotation", () => {
  it("moves everyone one stand on per round when the stands hold everyone", () => {
    const rotation = speedDateRotation({ mandataries: ["a", "b", "c", "d", "e"], stands: ["X", "Y"], capacity: null });
    expect(rotation).toEqual({
      capacity: 3,
      rounds: [
        [
          { stand: "X", mandataries: ["a", "c", "e"] },
          { stand: "Y", mandataries: ["b", "d"] },
        ],
        [
          { stand: "X", mandataries: ["b", "d"] },
          { stand: "Y", mandataries: ["a", "c", "e"] },
        ],
      ],
      pausing: [[], []],
    });
  });

  it("adds pause rounds when the stands are too small", () => {
    // 5 mandataries, 2 stands of 2: 3 columns (X, Y, pause), so 3 rounds.
    const rotation = speedDateRotation({ mandataries: ["a", "b", "c", "d", "e"], stands: ["X", "Y"], capacity: 2 });
    expect(rotation).toEqual({
      capacity: 2,
      rounds: [
        [
          { stand: "X", mandataries: ["a", "d"] },
          { stand: "Y", mandataries: ["b", "e"] },
        ],
        [
          { stand: "X", mandataries: ["c"] },
          { stand: "Y", mandataries: ["a", "d"] },
        ],
        [
          { stand: "X", mandataries: ["b", "e"] },
          { stand: "Y", mandataries: ["c"] },
        ],
      ],
      pausing: [["c"], ["b", "e"], ["a", "d"]],
    });
  });

  it("lists every stand in every round, also the empty ones", () => {
    const rotation = speedDateRotation({ mandataries: ["a"], stands: ["X", "Y", "Z"], capacity: null });
    expect(rotation.capacity).toBe(1);
    expect(rotation.rounds.map((round) => round.map((stand) => stand.mandataries.join("")))).toEqual([
      ["a", "", ""],
      ["", "a", ""],
      ["", "", "a"],
    ]);
  });

  it("has no rounds without mandataries or without stands", () => {
    expect(speedDateRotation({ mandataries: [], stands: ["X"], capacity: null })).toEqual({
      rounds: [],
      pausing: [],
      capacity: 1,
    });
    expect(speedDateRotation({ mandataries: ["a", "b"], stands: [], capacity: 4 })).toEqual({
      rounds: [],
      pausing: [],
      capacity: 4,
    });
  });

  it("treats a capacity below one as one, and rounds a fractional capacity down", () => {
    const zero = speedDateRotation({ mandataries: ["a", "b", "c"], stands: ["X", "Y"], capacity: 0 });
    expect(zero.capacity).toBe(1);
    expect(zero.rounds).toHaveLength(3);
    expect(zero.pausing).toEqual([["c"], ["b"], ["a"]]);
    expect(speedDateRotation({ mandataries: ["a"], stands: ["X"], capacity: -3 }).capacity).toBe(1);
    expect(speedDateRotation({ mandataries: names("m", 5), stands: ["X", "Y"], capacity: 2.7 }).capacity).toBe(2);
  });

  it("keeps every promise for 1–40 mandataries, 1–15 stands and any capacity", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 15 }),
        fc.option(fc.integer({ min: 1, max: 8 }), { freq: 3 }),
        (m, s, capacity) => {
          const mandataries = names("m", m);
          const stands = names("s", s);
          const rotation = speedDateRotation({ mandataries, stands, capacity });
          const c = capacity ?? Math.ceil(m / s);
          expect(rotation.capacity).toBe(c);
          // As few rounds as possible: every stand once each, and at most s × c visits per round.
          const columns = Math.max(s, Math.ceil(m / c));
          expect(rotation.rounds).toHaveLength(columns);
          expect(rotation.pausing).toHaveLength(columns);

          const met = new Map<string, number>();
          rotation.rounds.forEach((round, r) => {
            // Every stand, in stand order.
            expect(round.map((stand) => stand.stand)).toEqual(stands);
            // Everyone exactly once per round: at one stand or pausing.
            const placed = [...round.flatMap((stand) => stand.mandataries), ...rotation.pausing[r]!];
            expect([...placed].sort()).toEqual([...mandataries].sort());
            const loads = round.map((stand) => stand.mandataries.length);
            for (const load of loads) expect(load).toBeLessThanOrEqual(c);
            // Balanced: every stand holds ⌊m / columns⌋ or ⌈m / columns⌉, so loads differ by at most one.
            // (Pause columns take their share too; then the stands may hold less than the capacity.)
            for (const load of loads) {
              expect(load).toBeGreaterThanOrEqual(Math.floor(m / columns));
              expect(load).toBeLessThanOrEqual(Math.ceil(m / columns));
            }
            expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
            for (const stand of round) {
              for (const mandatary of stand.mandataries) {
                const key = `${mandatary}@${stand.stand}`;
                met.set(key, (met.get(key) ?? 0) + 1);
              }
            }
          });
          // Every (mandatary, stand) pair exactly once: m × s pairs, none twice.
          expect(met.size).toBe(m * s);
          expect([...met.values()].every((count) => count === 1)).toBe(true);
          // So everyone pauses columns − s times.
          for (const mandatary of mandataries) {
            expect(rotation.pausing.filter((round) => round.includes(mandatary))).toHaveLength(columns - s);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
