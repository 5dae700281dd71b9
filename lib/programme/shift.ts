// Editing a programme's times without retyping the rest of the day. Pure; returns new stop objects in the
// order they were given.
import { inTimeOrder } from "./plan";

interface Timed {
  id: string;
  start: number;
  end: number;
}

/**
 * The stop gets [start, end]; every other stop that started at or after its old end moves by as much as its end
 * moved (end − old end), so the rest of the day keeps its gaps. Other stops (earlier, or running alongside) stay.
 * An unknown stop id changes nothing.
 */
export function shiftLater<T extends Timed>(stops: readonly T[], stopId: string, start: number, end: number): T[] {
  const edited = stops.find((stop) => stop.id === stopId);
  if (!edited) return stops.map((stop) => ({ ...stop }));
  const delta = end - edited.end;
  return stops.map((stop) => {
    if (stop.id === stopId) return { ...stop, start, end };
    if (stop.start >= edited.end) return { ...stop, start: stop.start + delta, end: stop.end + delta };
    return { ...stop };
  });
}

/**
 * Swaps a stop with its neighbour in time order. The pair keeps the window it had (it starts when the first of
 * the two started) and the gap between them; each stop keeps its own duration. Without a neighbour in that
 * direction (or with an unknown id) nothing changes.
 *
 * A 09:00–10:00, B 10:15–11:00, B earlier → B 09:00–09:45, A 10:00–11:00.
 */
export function moveStop<T extends Timed>(stops: readonly T[], stopId: string, direction: "earlier" | "later"): T[] {
  const ordered = inTimeOrder(stops);
  const index = ordered.findIndex((stop) => stop.id === stopId);
  const other = direction === "earlier" ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= ordered.length) return stops.map((stop) => ({ ...stop }));
  const first = ordered[Math.min(index, other)]!;
  const second = ordered[Math.max(index, other)]!;
  const gap = second.start - first.end;
  const secondStart = first.start;
  const secondEnd = secondStart + (second.end - second.start);
  const firstStart = secondEnd + gap;
  const firstEnd = firstStart + (first.end - first.start);
  return stops.map((stop) => {
    if (stop === first) return { ...stop, start: firstStart, end: firstEnd };
    if (stop === second) return { ...stop, start: secondStart, end: secondEnd };
    return { ...stop };
  });
}
