import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkExpedition,
  checkProgramme,
  clashingOptions,
  programmeLegs,
  scheduleConflicts,
  type Finding,
  type FindingCode,
} from "./checks";
import {
  TRAVEL_MODES,
  STOP_KINDS,
  inTimeOrder,
  minutesOf,
  weekdayOf,
  type PlanMandatary,
  type PlanProgramme,
  type PlanService,
  type PlanStop,
  type Point,
} from "./plan";

// 2027-03-16 is a Tuesday (ISO weekday 2).
const TUESDAY = "2027-03-16";
const here: Point = { latitude: 51, longitude: 4.4 };
// 2 km north of `here`: 35 minutes on foot (2.6 km road at 4.5 km/h), see travel.test.ts.
const twoKmNorth: Point = { latitude: 51 + (2 / 6371.0088) * (180 / Math.PI), longitude: 4.4 };

function service(overrides: Partial<PlanService> = {}): PlanService {
  return {
    id: "linde",
    name: "WZC De Linde",
    minVisitMinutes: null,
    maxGroupSize: null,
    visitingHours: [],
    ...overrides,
  };
}

function stop(id: string, from: string, to: string, overrides: Partial<PlanStop> = {}): PlanStop {
  return {
    id,
    kind: "VISIT",
    label: id.toUpperCase(),
    start: minutesOf(from),
    end: minutesOf(to),
    point: here,
    atService: false,
    service: null,
    isOption: false,
    capacity: null,
    travelMode: "WALK",
    travelMinutes: null,
    chosenBy: 0,
    ...overrides,
  };
}

function programme(stops: PlanStop[], overrides: Partial<PlanProgramme> = {}): PlanProgramme {
  return { id: "p1", name: "Dag 1", day: TUESDAY, kind: "FIXED", groupSize: null, stops, ...overrides };
}

const codes = (findings: Finding[]) => findings.map((finding) => finding.code);
const only = (findings: Finding[], code: FindingCode) => findings.filter((finding) => finding.code === code);

describe("programme legs", () => {
  it("links each stop of a fixed programme to the next in time order", () => {
    const legs = programmeLegs(
      programme([stop("c", "13:00", "14:00"), stop("a", "09:00", "10:00"), stop("b", "10:35", "12:00")]),
    );
    expect(legs.map((leg) => [leg.fromId, leg.toId])).toEqual([
      ["a", "b"],
      ["b", "c"],
    ]);
  });

  it("links a choice programme's common stops, and each option to the common stops around it", () => {
    const legs = programmeLegs(
      programme(
        [
          stop("welcome", "09:00", "09:30"),
          stop("o1", "10:00", "11:00", { isOption: true, point: twoKmNorth }),
          stop("o2", "10:00", "11:30", { isOption: true }),
          stop("lunch", "12:00", "13:00", { kind: "MEAL", travelMinutes: 5 }),
        ],
        { kind: "CHOICE" },
      ),
    );
    expect(legs.map((leg) => [leg.fromId, leg.toId, leg.minutes, leg.source])).toEqual([
      ["welcome", "lunch", 5, "override"],
      ["welcome", "o1", 35, "estimate"],
      // The lunch's own minutes are for the leg from the welcome, not from an option.
      ["o1", "lunch", 35, "estimate"],
      ["welcome", "o2", 0, "estimate"],
      ["o2", "lunch", 0, "estimate"],
    ]);
  });
});

describe("checkProgramme", () => {
  describe("legDoesNotFit", () => {
    it("accepts a leg that fits exactly", () => {
      const day = programme([stop("a", "09:00", "10:00"), stop("b", "10:35", "11:30", { point: twoKmNorth })]);
      expect(checkProgramme(day)).toEqual([]);
    });

    it("rejects a leg one minute too long", () => {
      const day = programme([stop("a", "09:00", "10:00"), stop("b", "10:34", "11:30", { point: twoKmNorth })]);
      expect(checkProgramme(day)).toEqual([
        {
          severity: "error",
          code: "legDoesNotFit",
          programmeId: "p1",
          stopIds: ["b"],
          values: { from: "A", to: "B", mode: "WALK", gap: 34, minutes: 35 },
        },
      ]);
    });

    it("trusts the coordinator's minutes over the estimate", () => {
      const fits = programme([
        stop("a", "09:00", "10:00"),
        stop("b", "10:20", "11:30", { point: twoKmNorth, travelMinutes: 20 }),
      ]);
      expect(checkProgramme(fits)).toEqual([]);
      const tooShort = programme([
        stop("a", "09:00", "10:00"),
        stop("b", "10:20", "11:30", { point: twoKmNorth, travelMinutes: 21 }),
      ]);
      expect(codes(checkProgramme(tooShort))).toEqual(["legDoesNotFit"]);
    });
  });

  describe("legUnknown", () => {
    it("warns when a leg has no points and no minutes", () => {
      const day = programme([stop("a", "09:00", "10:00"), stop("b", "10:30", "11:30", { point: null })]);
      expect(checkProgramme(day)).toEqual([
        {
          severity: "warning",
          code: "legUnknown",
          programmeId: "p1",
          stopIds: ["b"],
          values: { from: "A", to: "B", mode: "WALK", gap: 30, minutes: 0 },
        },
      ]);
    });

    it("does not warn when the coordinator entered the minutes", () => {
      const day = programme([
        stop("a", "09:00", "10:00"),
        stop("b", "10:30", "11:30", { point: null, travelMinutes: 10 }),
      ]);
      expect(checkProgramme(day)).toEqual([]);
    });
  });

  describe("overlap", () => {
    it("lets touching stops be", () => {
      expect(checkProgramme(programme([stop("a", "09:00", "10:00"), stop("b", "10:00", "11:00")]))).toEqual([]);
    });

    it("reports stops sharing one minute", () => {
      expect(checkProgramme(programme([stop("a", "09:00", "10:00"), stop("b", "09:59", "11:00")]))).toEqual([
        {
          severity: "error",
          code: "overlap",
          programmeId: "p1",
          stopIds: ["b", "a"],
          values: { stop: "B", time: "09:59–11:00", other: "A", otherTime: "09:00–10:00" },
        },
      ]);
    });

    it("allows options side by side in a choice programme, not in a fixed one", () => {
      const stops = [
        stop("o1", "10:00", "11:00", { isOption: true }),
        stop("o2", "10:00", "11:00", { isOption: true }),
      ];
      expect(checkProgramme(programme(stops, { kind: "CHOICE" }))).toEqual([]);
      expect(codes(checkProgramme(programme(stops, { kind: "FIXED" })))).toEqual(["overlap"]);
    });

    it("does not let an option overlap a common stop of a choice programme", () => {
      const stops = [stop("welcome", "09:00", "10:15"), stop("o1", "10:00", "11:00", { isOption: true })];
      expect(only(checkProgramme(programme(stops, { kind: "CHOICE" })), "overlap")).toHaveLength(1);
    });
  });

  describe("visitTooShort", () => {
    const linde = service({ minVisitMinutes: 60 });

    it("accepts a visit of exactly the minimum", () => {
      expect(checkProgramme(programme([stop("a", "09:00", "10:00", { atService: true, service: linde })]))).toEqual([]);
    });

    it("rejects a visit one minute short", () => {
      expect(checkProgramme(programme([stop("a", "09:00", "09:59", { atService: true, service: linde })]))).toEqual([
        {
          severity: "error",
          code: "visitTooShort",
          programmeId: "p1",
          stopIds: ["a"],
          values: { service: "WZC De Linde", minutes: 59, minimum: 60 },
        },
      ]);
    });

    it("only applies to visits at the service itself", () => {
      const meal = stop("a", "12:00", "12:30", { kind: "MEAL", atService: true, service: linde });
      const elsewhere = stop("b", "13:00", "13:30", { atService: false, service: linde });
      expect(checkProgramme(programme([meal, elsewhere]))).toEqual([]);
    });
  });

  describe("visiting hours", () => {
    const hours = [
      { weekday: 1, from: "08:00", to: "18:00" },
      { weekday: 2, from: "09:00", to: "12:00" },
      { weekday: 2, from: "13:00", to: "16:00" },
    ];
    const linde = service({ visitingHours: hours });

    it("knows 2027-03-16 is a Tuesday", () => {
      expect(weekdayOf(TUESDAY)).toBe(2);
    });

    it("accepts a visit filling one of the day's windows exactly", () => {
      const day = programme([stop("a", "13:00", "16:00", { atService: true, service: linde })]);
      expect(checkProgramme(day)).toEqual([]);
    });

    it("rejects a visit across the lunch closure, even though Monday's hours would allow it", () => {
      const day = programme([stop("a", "11:30", "12:30", { atService: true, service: linde })]);
      expect(checkProgramme(day)).toEqual([
        {
          severity: "error",
          code: "outsideVisitingHours",
          programmeId: "p1",
          stopIds: ["a"],
          values: { service: "WZC De Linde", time: "11:30–12:30", weekday: 2, hours: "09:00–12:00, 13:00–16:00" },
        },
      ]);
    });

    it("reports a service closed on the programme's weekday", () => {
      const closedTuesday = service({ visitingHours: [hours[0]!, { weekday: 3, from: "09:00", to: "16:00" }] });
      const visit = stop("a", "10:00", "11:00", { atService: true, service: closedTuesday });
      expect(checkProgramme(programme([visit]))).toEqual([
        {
          severity: "error",
          code: "closedThatDay",
          programmeId: "p1",
          stopIds: ["a"],
          values: { service: "WZC De Linde", weekday: 2 },
        },
      ]);
      // The same visit on Wednesday is fine.
      expect(checkProgramme(programme([visit], { day: "2027-03-17" }))).toEqual([]);
    });

    it("checks nothing for a service without hours", () => {
      const visit = stop("a", "22:00", "23:00", { atService: true, service: service() });
      expect(checkProgramme(programme([visit]))).toEqual([]);
    });
  });

  describe("group size and capacity", () => {
    const linde = service({ maxGroupSize: 10 });

    it("accepts a fixed programme's group equal to the maximum", () => {
      const day = programme([stop("a", "10:00", "11:00", { atService: true, service: linde })], { groupSize: 10 });
      expect(checkProgramme(day)).toEqual([]);
    });

    it("rejects a fixed programme's group one too large", () => {
      const day = programme([stop("a", "10:00", "11:00", { atService: true, service: linde })], { groupSize: 11 });
      expect(checkProgramme(day)).toEqual([
        {
          severity: "error",
          code: "groupTooLarge",
          programmeId: "p1",
          stopIds: ["a"],
          values: { service: "WZC De Linde", group: 11, max: 10 },
        },
      ]);
    });

    it("counts an option's group as the mandataries who picked it", () => {
      const option = (chosenBy: number) =>
        stop("o1", "10:00", "11:00", { atService: true, service: linde, isOption: true, chosenBy });
      expect(checkProgramme(programme([option(10)], { kind: "CHOICE", groupSize: 40 }))).toEqual([]);
      expect(codes(checkProgramme(programme([option(11)], { kind: "CHOICE" })))).toEqual(["groupTooLarge"]);
    });

    it("rejects an option's capacity above the service's maximum group", () => {
      const option = (capacity: number) =>
        stop("o1", "10:00", "11:00", { atService: true, service: linde, isOption: true, capacity });
      expect(checkProgramme(programme([option(10)], { kind: "CHOICE" }))).toEqual([]);
      expect(checkProgramme(programme([option(12)], { kind: "CHOICE" }))).toEqual([
        {
          severity: "error",
          code: "capacityTooLarge",
          programmeId: "p1",
          stopIds: ["o1"],
          values: { option: "O1", capacity: 12, service: "WZC De Linde", max: 10 },
        },
      ]);
    });

    it("reports an option picked by more mandataries than its capacity", () => {
      const option = (chosenBy: number) => stop("o1", "10:00", "11:00", { isOption: true, capacity: 8, chosenBy });
      expect(checkProgramme(programme([option(8)], { kind: "CHOICE" }))).toEqual([]);
      expect(checkProgramme(programme([option(9)], { kind: "CHOICE" }))).toEqual([
        {
          severity: "error",
          code: "overbooked",
          programmeId: "p1",
          stopIds: ["o1"],
          values: { option: "O1", chosen: 9, capacity: 8 },
        },
      ]);
      const unlimited = stop("o1", "10:00", "11:00", { isOption: true, capacity: null, chosenBy: 99 });
      expect(checkProgramme(programme([unlimited], { kind: "CHOICE" }))).toEqual([]);
    });
  });

  describe("noBreak", () => {
    const day = (lunchKind: PlanStop["kind"]) =>
      programme([
        stop("v1", "09:00", "11:00"),
        stop("v2", "11:00", "12:00"),
        stop("lunch", "12:00", "13:00", { kind: lunchKind }),
        stop("v3", "13:00", "15:00"),
        stop("v4", "15:00", "16:00"),
      ]);

    it("does not warn when a meal splits the day", () => {
      expect(checkProgramme(day("MEAL"))).toEqual([]);
    });

    it("warns about seven hours without a meal or a pause", () => {
      expect(checkProgramme(day("VISIT"))).toEqual([
        {
          severity: "warning",
          code: "noBreak",
          programmeId: "p1",
          stopIds: ["v1", "v4"],
          values: { from: "09:00", to: "16:00", minutes: 420 },
        },
      ]);
    });

    it("allows exactly four hours, not a minute more", () => {
      expect(checkProgramme(programme([stop("a", "09:00", "11:00"), stop("b", "11:00", "13:00")]))).toEqual([]);
      expect(codes(checkProgramme(programme([stop("a", "09:00", "11:00"), stop("b", "11:00", "13:01")])))).toEqual([
        "noBreak",
      ]);
    });

    it("counts half an hour of free time as a pause, but not time spent travelling", () => {
      const pause = programme([stop("a", "09:00", "11:00"), stop("b", "11:30", "14:00")]);
      expect(checkProgramme(pause)).toEqual([]);
      // 35 free minutes, all of them walking 2 km: no pause, 09:00–14:00 in one go.
      const walking = programme([stop("a", "09:00", "11:00"), stop("b", "11:35", "14:00", { point: twoKmNorth })]);
      expect(checkProgramme(walking)).toEqual([
        {
          severity: "warning",
          code: "noBreak",
          programmeId: "p1",
          stopIds: ["a", "b"],
          values: { from: "09:00", to: "14:00", minutes: 300 },
        },
      ]);
    });
  });
});

describe("a mandatary's picks", () => {
  // A choice morning: welcome, three options, lunch; and the fixed press moment the same day, everyone's.
  const choice = (pressAt: string, pressUntil: string): PlanProgramme[] => [
    programme(
      [
        stop("welcome", "09:00", "09:20", { kind: "WELCOME" }),
        stop("o1", "10:00", "11:00", { isOption: true }),
        stop("o2", "10:00", "11:00", { isOption: true, point: twoKmNorth }),
        stop("o3", "10:30", "11:30", { isOption: true }),
        stop("lunch", "12:00", "13:00", { kind: "MEAL" }),
      ],
      { id: "keuze", kind: "CHOICE" },
    ),
    programme([stop("press", pressAt, pressUntil, { kind: "PRESS" })], { id: "pers" }),
  ];
  const mandatary = (id: string, picks: string[]): PlanMandatary => ({ id, name: id, picks });

  it("has no conflicts for an option at the press moment's place with time to spare", () => {
    expect(scheduleConflicts(mandatary("ann", ["o1"]), choice("11:20", "11:50"))).toEqual([]);
  });

  it("reports too little time to walk from the picked option to the next place", () => {
    expect(scheduleConflicts(mandatary("bob", ["o2"]), choice("11:20", "11:50"))).toEqual([
      {
        severity: "error",
        code: "noTimeToTravel",
        mandataryId: "bob",
        programmeId: "pers",
        stopIds: ["press", "o2"],
        values: { mandatary: "bob", from: "O2", to: "PRESS", gap: 20, minutes: 35 },
      },
    ]);
    // With exactly the 35 minutes the walk takes, it fits.
    expect(scheduleConflicts(mandatary("bob", ["o2"]), choice("11:35", "11:55"))).toEqual([]);
  });

  it("reports a picked option that overlaps another place", () => {
    expect(scheduleConflicts(mandatary("cas", ["o3"]), choice("11:20", "11:50"))).toEqual([
      {
        severity: "error",
        code: "doubleBooked",
        mandataryId: "cas",
        programmeId: "pers",
        stopIds: ["press", "o3"],
        values: { mandatary: "cas", time: "11:20–11:50", stop: "PRESS", other: "O3" },
      },
    ]);
    expect(scheduleConflicts(mandatary("cas", ["o3"]), choice("11:35", "11:55"))).toEqual([]);
    // Two options side by side: allowed in the programme, not for one mandatary.
    expect(codes(scheduleConflicts(mandatary("dan", ["o1", "o3"]), choice("11:35", "11:55")))).toEqual([
      "doubleBooked",
    ]);
  });

  it("knows which options cannot be picked together: side by side, or too far apart for the time between", () => {
    const programmes = choice("11:20", "11:50");
    // o1, o2 and o3 overlap; o4 and o5 are 2 km away, 35 min on foot: 20 min after o1 or 30 after o3 is too little.
    programmes[0]!.stops.push(
      stop("o4", "11:20", "11:50", { isOption: true, point: twoKmNorth }),
      stop("o5", "12:00", "12:30", { isOption: true, point: twoKmNorth }),
    );
    const clashes = clashingOptions(programmes);
    expect(Object.fromEntries([...clashes].map(([id, others]) => [id, others.sort()]))).toEqual({
      o1: ["o2", "o3", "o4"],
      o2: ["o1", "o3"],
      o3: ["o1", "o2", "o4", "o5"],
      o4: ["o1", "o3"],
      o5: ["o3"],
    });
  });

  it("checks the picks of every mandatary in the expedition, and only picks", () => {
    const programmes = choice("11:20", "11:50");
    const findings = checkExpedition(programmes, [
      mandatary("ann", ["o1"]),
      mandatary("bob", ["o2"]),
      mandatary("cas", ["o3"]),
      mandatary("eve", []),
    ]);
    expect(findings.map((finding) => [finding.code, finding.mandataryId])).toEqual([
      ["noTimeToTravel", "bob"],
      ["doubleBooked", "cas"],
    ]);
  });
});

describe("noPressMoment", () => {
  const visitDay = programme([stop("a", "09:00", "10:00")]);

  it("warns when no programme of the expedition has a press moment", () => {
    expect(checkExpedition([visitDay, programme([stop("b", "09:00", "10:00")], { id: "p2" })], [])).toEqual([
      { severity: "warning", code: "noPressMoment", stopIds: [], values: {} },
    ]);
  });

  it("is satisfied by a press moment in another programme", () => {
    const pressDay = programme([stop("press", "11:00", "11:30", { kind: "PRESS" })], { id: "p2", day: "2027-03-17" });
    expect(checkExpedition([visitDay, pressDay], [])).toEqual([]);
  });

  it("says nothing while the expedition has no stops at all", () => {
    expect(checkExpedition([programme([])], [])).toEqual([]);
    expect(checkExpedition([], [])).toEqual([]);
  });
});

describe("properties", () => {
  // Stops near 51.0, 4.4 (within about 3 km), at random times and with random modes; some without a point,
  // some with the coordinator's minutes. Generated one after the other so that many programmes are accepted.
  const point = fc.option(
    fc.record({
      latitude: fc.double({ min: 50.975, max: 51.025, noNaN: true }),
      longitude: fc.double({ min: 4.36, max: 4.44, noNaN: true }),
    }),
    { freq: 8 },
  );
  const randomStop = fc.record({
    kind: fc.constantFrom(...STOP_KINDS),
    gap: fc.integer({ min: -5, max: 60 }),
    duration: fc.integer({ min: 5, max: 120 }),
    point,
    travelMode: fc.constantFrom(...TRAVEL_MODES),
    travelMinutes: fc.option(fc.integer({ min: 0, max: 60 }), { freq: 5 }),
  });
  const fixedProgramme = fc
    .tuple(fc.integer({ min: 420, max: 720 }), fc.array(randomStop, { minLength: 1, maxLength: 10 }))
    .map(([first, drafts]) => {
      let clock = first;
      return drafts.map(({ gap, duration, ...draft }, i): PlanStop => {
        const start = clock + gap;
        clock = start + duration;
        return stop(`s${i}`, "00:00", "00:00", { ...draft, start, end: clock });
      });
    })
    .chain((stops) => fc.shuffledSubarray(stops, { minLength: stops.length }))
    .map((stops) => programme(stops));

  it("accepts a fixed programme without overlap only when every leg fits between its stops", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fixedProgramme, (day) => {
        const findings = codes(checkProgramme(day));
        if (findings.includes("overlap")) return;
        const ordered = inTimeOrder(day.stops);
        const byId = new Map(day.stops.map((s) => [s.id, s]));
        const legs = programmeLegs(day);
        expect(legs).toHaveLength(ordered.length - 1);
        const allFit = legs.every((leg) => {
          if (leg.minutes === null) return true;
          return leg.minutes <= byId.get(leg.toId)!.start - byId.get(leg.fromId)!.end;
        });
        if (!findings.includes("legDoesNotFit")) accepted++;
        expect(findings.includes("legDoesNotFit")).toBe(!allFit);
      }),
      { numRuns: 500 },
    );
    // Make sure the property is not vacuous.
    expect(accepted).toBeGreaterThan(50);
  });
});
