// The programme checks: each finding explains itself (the UI words it in Dutch from `code` and `values`). Pure.
import { clockOf, inTimeOrder, minutesOf, weekdayOf } from "./plan";
import type { PlanMandatary, PlanProgramme, PlanStop } from "./plan";
import { legBetween, type Leg, type RoutedMinutes } from "./travel";

export type Severity = "error" | "warning";

export interface Finding {
  severity: Severity;
  code: FindingCode;
  /** Absent for findings about the whole expedition (no press moment). */
  programmeId?: string;
  /** The stops it is about; the first is where the editor shows it. */
  stopIds: string[];
  mandataryId?: string;
  values: Record<string, string | number>;
}

export type FindingCode =
  | "legDoesNotFit"
  | "legUnknown"
  | "overlap"
  | "visitTooShort"
  | "outsideVisitingHours"
  | "closedThatDay"
  | "groupTooLarge"
  | "capacityTooLarge"
  | "overbooked"
  | "doubleBooked"
  | "noTimeToTravel"
  | "noPressMoment"
  | "noBreak";

/** More than this many minutes in a row without a meal or a pause is a long stretch. */
export const LONGEST_STRETCH_MINUTES = 240;
/** Free time (after travel) that counts as a pause. */
export const PAUSE_MINUTES = 30;

const span = (stop: PlanStop) => `${clockOf(stop.start)}–${clockOf(stop.end)}`;

/**
 * The legs of a programme. Fixed: between each stop and the next. Choice: between the common stops in turn,
 * and into and out of each option from the common stops around it (everyone who picks it travels them).
 */
export function programmeLegs(programme: PlanProgramme, routed?: RoutedMinutes): Leg[] {
  const ordered = inTimeOrder(programme.stops);
  if (programme.kind === "FIXED") return ordered.slice(1).map((stop, i) => legBetween(ordered[i]!, stop, routed));
  const common = ordered.filter((stop) => !stop.isOption);
  const legs = common.slice(1).map((stop, i) => legBetween(common[i]!, stop, routed));
  for (const option of ordered.filter((stop) => stop.isOption)) {
    const before = common.filter((stop) => stop.end <= option.start).at(-1);
    const after = common.find((stop) => stop.start >= option.end);
    if (before) legs.push(legBetween(before, option, routed));
    if (after) legs.push(legBetween(option, { ...after, travelMinutes: null }, routed));
  }
  return legs;
}

/** Two stops share time; touching ends (10:00–11:00 and 11:00–12:00) do not. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function overlapFindings(programme: PlanProgramme): Finding[] {
  const findings: Finding[] = [];
  // Options in a choice programme may run side by side; everything else may not.
  const exclusive = (a: PlanStop, b: PlanStop) => programme.kind === "FIXED" || !a.isOption || !b.isOption;
  const ordered = inTimeOrder(programme.stops);
  for (let i = 0; i < ordered.length; i++) {
    const a = ordered[i]!;
    for (let j = i + 1; j < ordered.length && ordered[j]!.start < a.end; j++) {
      const b = ordered[j]!;
      if (overlaps(a, b) && exclusive(a, b)) {
        findings.push({
          severity: "error",
          code: "overlap",
          programmeId: programme.id,
          stopIds: [b.id, a.id],
          values: { stop: b.label, time: span(b), other: a.label, otherTime: span(a) },
        });
      }
    }
  }
  return findings;
}

function legFindings(programme: PlanProgramme, byId: Map<string, PlanStop>, routed?: RoutedMinutes): Finding[] {
  const findings: Finding[] = [];
  for (const leg of programmeLegs(programme, routed)) {
    const from = byId.get(leg.fromId)!;
    const to = byId.get(leg.toId)!;
    const gap = to.start - from.end;
    const values = { from: from.label, to: to.label, mode: leg.mode, gap, minutes: leg.minutes ?? 0 };
    if (leg.minutes === null) {
      findings.push({ severity: "warning", code: "legUnknown", programmeId: programme.id, stopIds: [to.id], values });
    } else if (gap >= 0 && leg.minutes > gap) {
      findings.push({ severity: "error", code: "legDoesNotFit", programmeId: programme.id, stopIds: [to.id], values });
    }
  }
  return findings;
}

function serviceFindings(programme: PlanProgramme): Finding[] {
  const findings: Finding[] = [];
  const weekday = weekdayOf(programme.day);
  for (const stop of programme.stops) {
    const service = stop.service;
    if (!service || !stop.atService) continue;
    const base = { programmeId: programme.id, stopIds: [stop.id], severity: "error" as const };
    const minutes = stop.end - stop.start;
    if (stop.kind === "VISIT" && service.minVisitMinutes !== null && minutes < service.minVisitMinutes) {
      findings.push({
        ...base,
        code: "visitTooShort",
        values: { service: service.name, minutes, minimum: service.minVisitMinutes },
      });
    }
    if (service.visitingHours.length > 0) {
      const today = service.visitingHours.filter((hours) => hours.weekday === weekday);
      const fits = today.some((hours) => minutesOf(hours.from) <= stop.start && stop.end <= minutesOf(hours.to));
      if (today.length === 0) {
        findings.push({ ...base, code: "closedThatDay", values: { service: service.name, weekday } });
      } else if (!fits) {
        const hours = today.map((h) => `${h.from}–${h.to}`).join(", ");
        findings.push({
          ...base,
          code: "outsideVisitingHours",
          values: { service: service.name, time: span(stop), weekday, hours },
        });
      }
    }
    if (service.maxGroupSize !== null) {
      const group = stop.isOption ? stop.chosenBy : programme.kind === "FIXED" ? programme.groupSize : null;
      if (group !== null && group > service.maxGroupSize) {
        findings.push({
          ...base,
          code: "groupTooLarge",
          values: { service: service.name, group, max: service.maxGroupSize },
        });
      }
      if (stop.isOption && stop.capacity !== null && stop.capacity > service.maxGroupSize) {
        findings.push({
          ...base,
          code: "capacityTooLarge",
          values: { option: stop.label, capacity: stop.capacity, service: service.name, max: service.maxGroupSize },
        });
      }
    }
  }
  return findings;
}

function capacityFindings(programme: PlanProgramme): Finding[] {
  if (programme.kind !== "CHOICE") return [];
  return programme.stops
    .filter((stop) => stop.isOption && stop.capacity !== null && stop.chosenBy > stop.capacity)
    .map((stop) => ({
      severity: "error" as const,
      code: "overbooked" as const,
      programmeId: programme.id,
      stopIds: [stop.id],
      values: { option: stop.label, chosen: stop.chosenBy, capacity: stop.capacity! },
    }));
}

/** A warning per stretch of more than four hours without a meal or a half-hour pause. */
function breakFindings(programme: PlanProgramme, legs: Map<string, Leg[]>): Finding[] {
  const findings: Finding[] = [];
  const ordered = inTimeOrder(programme.stops);
  let stretch: PlanStop | undefined;
  let reach = 0;
  const close = (until: number, last: PlanStop) => {
    if (stretch && until - stretch.start > LONGEST_STRETCH_MINUTES) {
      findings.push({
        severity: "warning",
        code: "noBreak",
        programmeId: programme.id,
        stopIds: [stretch.id, last.id],
        values: { from: clockOf(stretch.start), to: clockOf(until), minutes: until - stretch.start },
      });
    }
  };
  let last: PlanStop | undefined;
  for (const stop of ordered) {
    const travel = Math.max(0, ...(legs.get(stop.id) ?? []).map((leg) => leg.minutes ?? 0));
    const pause = stop.start - reach - travel;
    if (stop.kind === "MEAL" || (last && pause >= PAUSE_MINUTES)) {
      if (last) close(reach, last);
      stretch = stop.kind === "MEAL" ? undefined : stop;
    } else if (!stretch) {
      stretch = stop;
    }
    reach = Math.max(reach, stop.end);
    last = stop;
  }
  if (last) close(reach, last);
  return findings;
}

/** Everything wrong with one day programme. */
export function checkProgramme(programme: PlanProgramme, routed?: RoutedMinutes): Finding[] {
  const byId = new Map(programme.stops.map((stop) => [stop.id, stop]));
  const legsInto = new Map<string, Leg[]>();
  for (const leg of programmeLegs(programme, routed)) legsInto.set(leg.toId, [...(legsInto.get(leg.toId) ?? []), leg]);
  return [
    ...overlapFindings(programme),
    ...legFindings(programme, byId, routed),
    ...serviceFindings(programme),
    ...capacityFindings(programme),
    ...breakFindings(programme, legsInto),
  ];
}

export interface ScheduleItem {
  programme: PlanProgramme;
  stop: PlanStop;
}

/** A mandatary's own day(s): every fixed programme, and the common parts plus their picks of choice programmes. */
export function personalSchedule(programmes: readonly PlanProgramme[], picks: readonly string[]): ScheduleItem[] {
  const picked = new Set(picks);
  const items = programmes.flatMap((programme) =>
    programme.stops
      .filter((stop) => programme.kind === "FIXED" || !stop.isOption || picked.has(stop.id))
      .map((stop) => ({ programme, stop })),
  );
  return items.sort(
    (a, b) => a.programme.day.localeCompare(b.programme.day) || a.stop.start - b.stop.start || a.stop.end - b.stop.end,
  );
}

/**
 * A mandatary's conflicts: two places at once, or too little time to travel between them. Only pairs that
 * involve a picked option: the rest is the programme's own business and checked there.
 */
export function scheduleConflicts(
  mandatary: PlanMandatary,
  programmes: readonly PlanProgramme[],
  routed?: RoutedMinutes,
): Finding[] {
  const findings: Finding[] = [];
  const items = personalSchedule(programmes, mandatary.picks);
  const base = { severity: "error" as const, mandataryId: mandatary.id };
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    let travelled = false;
    for (let j = i + 1; j < items.length && items[j]!.programme.day === a.programme.day; j++) {
      const b = items[j]!;
      // A common stop and an option of the same programme: the programme's own legs and overlaps cover them.
      const sameProgramme = a.programme.id === b.programme.id && !(a.stop.isOption && b.stop.isOption);
      const involvesPick = (a.stop.isOption || b.stop.isOption) && !sameProgramme;
      if (overlaps(a.stop, b.stop)) {
        if (involvesPick) {
          findings.push({
            ...base,
            code: "doubleBooked",
            programmeId: b.programme.id,
            stopIds: [b.stop.id, a.stop.id],
            values: { mandatary: mandatary.name, time: span(b.stop), stop: b.stop.label, other: a.stop.label },
          });
        }
        continue;
      }
      // Only the very next place after `a` is travelled to from `a`.
      if (travelled) continue;
      travelled = true;
      if (!involvesPick) continue;
      const leg = legBetween(a.stop, { ...b.stop, travelMinutes: null }, routed);
      const gap = b.stop.start - a.stop.end;
      if (leg.minutes !== null && leg.minutes > gap) {
        findings.push({
          ...base,
          code: "noTimeToTravel",
          programmeId: b.programme.id,
          stopIds: [b.stop.id, a.stop.id],
          values: { mandatary: mandatary.name, from: a.stop.label, to: b.stop.label, gap, minutes: leg.minutes },
        });
      }
    }
  }
  return findings;
}

/** Every check of an expedition: each programme, each mandatary's picks, and the press moment. */
export function checkExpedition(
  programmes: readonly PlanProgramme[],
  mandataries: readonly PlanMandatary[],
  routed?: RoutedMinutes,
): Finding[] {
  const findings = programmes.flatMap((programme) => checkProgramme(programme, routed));
  for (const mandatary of mandataries) {
    if (mandatary.picks.length > 0) findings.push(...scheduleConflicts(mandatary, programmes, routed));
  }
  const stops = programmes.flatMap((programme) => programme.stops);
  if (stops.length > 0 && !stops.some((stop) => stop.kind === "PRESS")) {
    findings.push({ severity: "warning", code: "noPressMoment", stopIds: [], values: {} });
  }
  return findings;
}

/**
 * For every option of the choice programmes: the other options it cannot be combined with (at the same time, or
 * too little time to travel between them). The RSVP page uses it to keep such picks apart as they are made.
 */
export function clashingOptions(programmes: readonly PlanProgramme[], routed?: RoutedMinutes): Map<string, string[]> {
  const options = programmes.flatMap((programme) =>
    programme.kind === "CHOICE" ? programme.stops.filter((s) => s.isOption).map((stop) => ({ programme, stop })) : [],
  );
  const clashes = new Map<string, string[]>(options.map(({ stop }) => [stop.id, []]));
  for (let i = 0; i < options.length; i++) {
    for (let j = i + 1; j < options.length; j++) {
      const [a, b] = [options[i]!, options[j]!];
      if (a.programme.day !== b.programme.day) continue;
      const pair = { id: "pair", name: "", picks: [a.stop.id, b.stop.id] };
      const found = scheduleConflicts(pair, programmes, routed).some(
        (f) => f.stopIds.includes(a.stop.id) && f.stopIds.includes(b.stop.id),
      );
      if (found) {
        clashes.get(a.stop.id)!.push(b.stop.id);
        clashes.get(b.stop.id)!.push(a.stop.id);
      }
    }
  }
  return clashes;
}
