import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clockOf, inTimeOrder, minutesOf } from "./plan";
import { moveStop, shiftLater } from "./shift";

interface Stop {
  id: string;
  label: string;
  start: number;
  end: number;
}

const at = (id: string, from: string, to: string): Stop => ({
  id,
  label: id.toUpperCase(),
  start: minutesOf(from),
  end: minutesOf(to),
});
const times = (stops: Stop[]) => stops.map((stop) => `${stop.id} ${clockOf(stop.start)}–${clockOf(stop.end)}`);

describe("shiftLater", () => {
  // A choice-like morning: d runs alongside a and b.
  const day = [
    at("a", "09:00", "10:00"),
    at("d", "09:30", "10:30"),
    at("b", "10:15", "11:00"),
    at("c", "11:30", "12:00"),
  ];

  it("moves the stops after the edited one by as much as its end moved", () => {
    expect(times(shiftLater(day, "a", minutesOf("09:00"), minutesOf("10:30")))).toEqual([
      "a 09:00–10:30",
      "d 09:30–10:30",
      "b 10:45–11:30",
      "c 12:00–12:30",
    ]);
  });

  it("pulls the later stops forward when the edited stop gets shorter", () => {
    expect(times(shiftLater(day, "a", minutesOf("08:30"), minutesOf("09:45")))).toEqual([
      "a 08:30–09:45",
      "d 09:30–10:30",
      "b 10:00–10:45",
      "c 11:15–11:45",
    ]);
  });

  it("leaves the earlier stops alone", () => {
    expect(times(shiftLater(day, "b", minutesOf("10:15"), minutesOf("11:10")))).toEqual([
      "a 09:00–10:00",
      "d 09:30–10:30",
      "b 10:15–11:10",
      "c 11:40–12:10",
    ]);
  });

  it("returns new objects with their other fields and never changes the input", () => {
    const before = structuredClone(day);
    const shifted = shiftLater(day, "a", 540, 600);
    expect(shifted).toEqual(day);
    shifted.forEach((stop, i) => expect(stop).not.toBe(day[i]));
    expect(shiftLater(day, "nobody", 0, 10)).toEqual(day);
    expect(day).toEqual(before);
    expect(shiftLater(day, "c", 700, 730)[3]).toEqual({ id: "c", label: "C", start: 700, end: 730 });
  });

  // Non-overlapping stops one after the other, gaps ≥ 0, durations ≥ 1.
  const sequence = fc
    .tuple(
      fc.integer({ min: 360, max: 600 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 120 })), {
        minLength: 1,
        maxLength: 12,
      }),
    )
    .map(([first, parts]) => {
      let clock = first;
      return parts.map(([gap, duration], i): Stop => {
        const start = clock + gap;
        clock = start + duration;
        return { id: `s${i}`, label: `S${i}`, start, end: clock };
      });
    });

  it("keeps the order of the day and the gaps after the edited stop", () => {
    fc.assert(
      fc.property(
        sequence.chain((stops) =>
          fc.record({
            stops: fc.constant(stops),
            index: fc.integer({ min: 0, max: stops.length - 1 }),
            // Where the new start and end fall, as fractions: the start anywhere from the previous stop's end to
            // the old end, the end anywhere from the new start to three hours after the old end.
            startAt: fc.double({ min: 0, max: 1, noNaN: true }),
            endAt: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
        ),
        ({ stops, index, startAt, endAt }) => {
          const edited = stops[index]!;
          const earliest = index > 0 ? stops[index - 1]!.end : edited.start - 60;
          const start = Math.round(earliest + (edited.end - earliest) * startAt);
          const end = Math.round(start + (edited.end + 180 - start) * endAt);
          const delta = end - edited.end;
          const shifted = shiftLater(stops, edited.id, start, end);

          // Same stops in the same (input and time) order, and still no two overlapping.
          expect(shifted.map((stop) => stop.id)).toEqual(stops.map((stop) => stop.id));
          expect(inTimeOrder(shifted).map((stop) => stop.id)).toEqual(stops.map((stop) => stop.id));
          shifted.slice(1).forEach((stop, i) => expect(stop.start).toBeGreaterThanOrEqual(shifted[i]!.end));
          // Before: unchanged. The edited stop: as asked. After: moved by Δ, so durations and gaps are kept.
          stops.forEach((stop, i) => {
            const expected =
              i < index
                ? stop
                : i === index
                  ? { ...stop, start, end }
                  : { ...stop, start: stop.start + delta, end: stop.end + delta };
            expect(shifted[i]).toEqual(expected);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("moveStop", () => {
  it("swaps a stop with the one before it, keeping the window, the gap and both durations", () => {
    const day = [at("a", "09:00", "10:00"), at("b", "10:15", "11:00")];
    expect(times(moveStop(day, "b", "earlier"))).toEqual(["a 10:00–11:00", "b 09:00–09:45"]);
    expect(moveStop(day, "a", "later")).toEqual(moveStop(day, "b", "earlier"));
  });

  it("moves only the pair, in the middle of the day", () => {
    const day = [
      at("a", "09:00", "10:00"),
      at("b", "10:15", "11:00"),
      at("c", "11:30", "12:30"),
      at("d", "13:00", "14:00"),
    ];
    expect(times(moveStop(day, "c", "earlier"))).toEqual([
      "a 09:00–10:00",
      "b 11:45–12:30",
      "c 10:15–11:15",
      "d 13:00–14:00",
    ]);
  });

  it("finds the neighbour in time order, not in the given order", () => {
    const day = [at("late", "14:00", "15:00"), at("early", "09:00", "10:00"), at("noon", "12:00", "12:30")];
    expect(times(moveStop(day, "late", "earlier"))).toEqual([
      "late 12:00–13:00",
      "early 09:00–10:00",
      "noon 14:30–15:00",
    ]);
  });

  it("changes nothing without a neighbour in that direction", () => {
    const day = [at("a", "09:00", "10:00"), at("b", "10:15", "11:00")];
    const first = moveStop(day, "a", "earlier");
    expect(first).toEqual(day);
    expect(first[0]).not.toBe(day[0]);
    expect(moveStop(day, "b", "later")).toEqual(day);
    expect(moveStop(day, "nobody", "later")).toEqual(day);
    expect(moveStop([], "a", "later")).toEqual([]);
  });

  it("swaps the two in time order and is undone by moving back", () => {
    const sequence = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 120 })), {
        minLength: 2,
        maxLength: 8,
      })
      .map((parts) => {
        let clock = 480;
        return parts.map(([gap, duration], i): Stop => {
          const start = clock + gap;
          clock = start + duration;
          return { id: `s${i}`, label: `S${i}`, start, end: clock };
        });
      });
    fc.assert(
      fc.property(
        sequence.chain((stops) => fc.tuple(fc.constant(stops), fc.integer({ min: 1, max: stops.length - 1 }))),
        ([stops, index]) => {
          const id = stops[index]!.id;
          const moved = moveStop(stops, id, "earlier");
          const order = stops.map((stop) => stop.id);
          [order[index - 1], order[index]] = [order[index]!, order[index - 1]!];
          expect(inTimeOrder(moved).map((stop) => stop.id)).toEqual(order);
          moved.forEach((stop, i) => expect(stop.end - stop.start).toBe(stops[i]!.end - stops[i]!.start));
          expect(moveStop(moved, id, "later")).toEqual(stops);
        },
      ),
    );
  });
});
