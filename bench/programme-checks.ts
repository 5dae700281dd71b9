// The programme builder's pure work, without a database: every check of a full expedition (what the server runs
// before each save and the browser while the coordinator types) and a speed-date rotation. Part of `npm run bench`;
// also runs alone: `npx tsx bench/programme-checks.ts`. Prints medians; no test depends on these numbers.
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { checkExpedition } from "../lib/programme/checks";
import { minutesOf } from "../lib/programme/plan";
import type { PlanMandatary, PlanProgramme, PlanService, PlanStop, StopKind, TravelMode } from "../lib/programme/plan";
import { speedDateRotation } from "../lib/programme/rotation";

function sorted(values: number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
function median(values: number[]): number {
  return sorted(values)[Math.floor(values.length / 2)]!;
}
function p95(values: number[]): number {
  return sorted(values)[Math.ceil(values.length * 0.95) - 1]!;
}

/** Samples in ms of `runs` calls, after a few unmeasured ones so the JIT has settled. */
function samples(runs: number, fn: () => unknown): number[] {
  for (let i = 0; i < Math.min(50, runs); i++) fn();
  const result: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    result.push(performance.now() - start);
  }
  return result;
}

const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 2)} ms`;

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same expedition. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Herenthout (points within about 1.5 km of the centre), Monday 15 – Friday 19 March 2027: four days on which
 * five groups each follow a fixed programme of 8 stops, travelling together by bike, car or bus, and a choice day
 * (4 common stops, 3 slots of 10 options) with a fixed evening of 6 stops: 200 stops. 40 mandataries pick one
 * option per slot, a few pick two at once. Like a draft programme, it has some findings but not many.
 */
export function benchmarkExpedition(): { programmes: PlanProgramme[]; mandataries: PlanMandatary[] } {
  const next = random(2027);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const point = () => ({ latitude: 51.14 + (next() - 0.5) * 0.027, longitude: 4.75 + (next() - 0.5) * 0.043 });
  const weekdays = (from: string, to: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from, to }));
  const services: (PlanService & { point: ReturnType<typeof point> })[] = Array.from({ length: 60 }, (_, i) => ({
    id: `service-${i}`,
    name: `Zorgdienst ${i + 1}`,
    minVisitMinutes: pick([null, 30, 45, 50]),
    maxGroupSize: pick([null, 8, 10, 12, 15]),
    visitingHours:
      i % 7 === 0
        ? [...weekdays("09:00", "12:00"), ...weekdays("13:30", "16:30")]
        : i % 11 === 0
          ? [1, 3, 5].map((weekday) => ({ weekday, from: "08:30", to: "17:00" }))
          : weekdays("08:00", "18:00"),
    point: point(),
  }));

  let stopCount = 0;
  const stop = (
    kind: StopKind,
    start: number,
    end: number,
    travelMode: TravelMode,
    overrides: Partial<PlanStop> = {},
  ): PlanStop => {
    const service = kind === "VISIT" ? pick(services) : null;
    const { point: place, ...plan } = service ?? { point: point() };
    return {
      id: `stop-${stopCount++}`,
      kind,
      label: service?.name ?? kind,
      start,
      end,
      point: place,
      atService: service !== null,
      service: service ? (plan as PlanService) : null,
      isOption: false,
      capacity: null,
      travelMode,
      travelMinutes: next() < 0.1 ? Math.round(next() * 30) : null,
      chosenBy: 0,
      ...overrides,
    };
  };

  const programmes: PlanProgramme[] = [];
  const days = ["2027-03-15", "2027-03-16", "2027-03-17", "2027-03-18", "2027-03-19"];
  const dayKinds: StopKind[] = ["WELCOME", "VISIT", "VISIT", "VISIT", "MEAL", "VISIT", "VISIT", "PLACE"];
  for (const [d, day] of days.slice(0, 4).entries()) {
    for (const group of ["A", "B", "C", "D", "E"]) {
      const mode = pick<TravelMode>(["BIKE", "BIKE", "CAR", "BUS"]);
      let clock = minutesOf("08:30");
      const stops = dayKinds.map((kind, i) => {
        // Day 2, group A meets the press at the end of the day.
        const actual = d === 1 && group === "A" && i === 7 ? "PRESS" : kind;
        const duration = actual === "MEAL" ? 60 : actual === "VISIT" ? pick([45, 50, 60]) : 30;
        const made = stop(actual, clock, clock + duration, mode);
        clock += duration + pick([20, 25, 30]);
        return made;
      });
      programmes.push({
        id: `day${d + 1}-${group}`,
        name: `Dag ${d + 1}, groep ${group}`,
        day,
        kind: "FIXED",
        groupSize: 6 + Math.floor(next() * 5),
        stops,
      });
    }
  }

  const slots = [
    ["09:45", "10:45"],
    ["11:15", "12:15"],
    ["14:00", "15:30"],
  ].map(([from, to]) => [minutesOf(from!), minutesOf(to!)] as const);
  const options = slots.map(([start, end]) =>
    Array.from({ length: 10 }, () =>
      stop("VISIT", start, end, "BUS", { isOption: true, capacity: 4 + Math.floor(next() * 3) }),
    ),
  );
  const choiceDay: PlanProgramme = {
    id: "day5-choice",
    name: "Dag 5, keuzeprogramma",
    day: days[4]!,
    kind: "CHOICE",
    groupSize: null,
    stops: [
      stop("WELCOME", minutesOf("09:00"), minutesOf("09:20"), "BUS"),
      ...options.flat(),
      stop("MEAL", minutesOf("12:45"), minutesOf("13:45"), "BUS"),
      stop("PRESS", minutesOf("16:00"), minutesOf("16:30"), "BUS"),
      stop("PLACE", minutesOf("16:45"), minutesOf("17:15"), "WALK"),
    ],
  };
  const evening: PlanProgramme = {
    id: "day5-evening",
    name: "Dag 5, slotmoment",
    day: days[4]!,
    kind: "FIXED",
    groupSize: 45,
    stops: (["WELCOME", "PLACE", "PRESS", "MEAL", "PLACE", "PLACE"] as const).map((kind, i) =>
      stop(kind, minutesOf("18:00") + i * 40, minutesOf("18:30") + i * 40, "WALK"),
    ),
  };
  programmes.push(choiceDay, evening);

  const mandataries: PlanMandatary[] = Array.from({ length: 40 }, (_, i) => {
    const picks = options.map((slot) => pick(slot).id);
    if (i % 10 === 3) picks.push(pick(options[0]!).id);
    return { id: `mandatary-${i}`, name: `Raadslid ${i + 1}`, picks: [...new Set(picks)] };
  });
  const chosen = new Map<string, number>();
  for (const id of mandataries.flatMap((mandatary) => mandatary.picks)) chosen.set(id, (chosen.get(id) ?? 0) + 1);
  for (const option of options.flat()) option.chosenBy = chosen.get(option.id) ?? 0;
  return { programmes, mandataries };
}

export function programmeBenchmarks(): Record<string, string> {
  const results: Record<string, string> = {};

  const { programmes, mandataries } = benchmarkExpedition();
  const stops = programmes.reduce((sum, programme) => sum + programme.stops.length, 0);
  const findings = checkExpedition(programmes, mandataries).length;
  const checks = samples(200, () => checkExpedition(programmes, mandataries));
  results["programme checks (median of 200)"] =
    `${ms(median(checks))} (p95 ${ms(p95(checks))}; ${programmes.length} programmes, ${stops} stops, ` +
    `${mandataries.length} mandataries, ${findings} findings)`;

  const input = {
    mandataries: Array.from({ length: 30 }, (_, i) => `Raadslid ${i + 1}`),
    stands: Array.from({ length: 12 }, (_, i) => `Stand ${i + 1}`),
    capacity: null,
  };
  const rounds = speedDateRotation(input).rounds.length;
  const rotation = samples(500, () => speedDateRotation(input));
  results["speed-date rotation (median of 500)"] =
    `${ms(median(rotation))} (p95 ${ms(p95(rotation))}; 30 mandataries × 12 stands, ${rounds} rounds)`;

  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log("Benchmarks without a database:");
  for (const [name, value] of Object.entries(programmeBenchmarks())) console.log(`  ${name.padEnd(40)} ${value}`);
}
