import { describe, expect, it } from "vitest";
import { brusselsInstant } from "@/lib/time";
import {
  eventChanges,
  hasChanges,
  personalEvents,
  personalStops,
  readMailedEvents,
  type ProgrammeForPerson,
} from "./personal-programme";

const place = { street: "", postalCode: "", city: "", latitude: null, longitude: null };
const linde = { ...place, name: "WZC De Linde", street: "Lindenlaan 20", postalCode: "2275", city: "Kempenrode" };

function stop(id: string, from: string, to: string, change: Partial<ProgrammeForPerson["stops"][number]> = {}) {
  return {
    ...place,
    id,
    kind: "VISIT" as const,
    title: "",
    placeName: "",
    service: linde,
    activity: "",
    startsAt: brusselsInstant("2027-03-16", from),
    endsAt: brusselsInstant("2027-03-16", to),
    ...change,
  };
}

const fixed: ProgrammeForPerson = {
  id: "bus",
  name: "Busronde",
  day: new Date("2027-03-16T00:00:00Z"),
  kind: "FIXED",
  stops: [stop("s1", "09:00", "10:00"), stop("s2", "10:30", "11:30", { isOption: true })],
};
const choice: ProgrammeForPerson = {
  id: "keuze",
  name: "Keuzenamiddag",
  day: new Date("2027-03-16T00:00:00Z"),
  kind: "CHOICE",
  stops: [
    stop("c0", "13:00", "13:15", { kind: "WELCOME", title: "Onthaal", service: null, placeName: "Gemeentehuis" }),
    stop("o1", "13:30", "14:30", { isOption: true, title: "Kinderopvang" }),
    stop("o2", "13:30", "14:30", { isOption: true, title: "Thuiszorg" }),
  ],
};

const ids = (stops: { stop: { id: string } }[]) => stops.map((s) => s.stop.id);

describe("a mandatary's own programme", () => {
  it("holds every stop of a fixed programme, and in a choice programme the common stops and the picks", () => {
    expect(ids(personalStops([fixed, choice], null, new Set(["o2"])))).toEqual(["s1", "s2", "c0", "o2"]);
  });

  it("shows every option while nothing is chosen, none of them once the person answered without picks", () => {
    expect(ids(personalStops([choice], null, null))).toEqual(["c0", "o1", "o2"]);
    expect(ids(personalStops([choice], null, new Set()))).toEqual(["c0"]);
  });

  it("holds only the programme the invitation is for", () => {
    expect(ids(personalStops([fixed, choice], "keuze", new Set(["o1"])))).toEqual(["c0", "o1"]);
  });

  it("has one calendar event per stop, with a UID stable per invitation and stop", () => {
    const events = personalEvents("inv1", personalStops([choice], null, new Set(["o1"])));
    expect(events).toEqual([
      {
        uid: "inv1-c0@expeditie-zorg",
        start: "2027-03-16T12:00:00.000Z",
        end: "2027-03-16T12:15:00.000Z",
        summary: "Onthaal",
        location: "Gemeentehuis",
      },
      {
        uid: "inv1-o1@expeditie-zorg",
        start: "2027-03-16T12:30:00.000Z",
        end: "2027-03-16T13:30:00.000Z",
        summary: "WZC De Linde — Kinderopvang",
        location: "WZC De Linde, Lindenlaan 20, 2275 Kempenrode",
      },
    ]);
    expect(personalEvents("inv2", personalStops([choice], null, new Set(["o1"])))[0]!.uid).toBe(
      "inv2-c0@expeditie-zorg",
    );
  });
});

describe("what changed in a programme", () => {
  const before = personalEvents("inv1", personalStops([fixed], null, new Set()));

  it("finds nothing when nothing changed", () => {
    expect(hasChanges(eventChanges(before, before))).toBe(false);
  });

  it("finds a moved stop, an added one and a removed one", () => {
    const moved = { ...fixed, stops: [stop("s1", "09:15", "10:15"), stop("s3", "12:00", "13:00")] };
    const changes = eventChanges(before, personalEvents("inv1", personalStops([moved], null, new Set())));
    expect(changes.changed.map((c) => [c.before.start, c.after.start])).toEqual([
      ["2027-03-16T08:00:00.000Z", "2027-03-16T08:15:00.000Z"],
    ]);
    expect(changes.added.map((e) => e.uid)).toEqual(["inv1-s3@expeditie-zorg"]);
    expect(changes.removed.map((e) => e.uid)).toEqual(["inv1-s2@expeditie-zorg"]);
    expect(hasChanges(changes)).toBe(true);
  });

  it("reads back what was stored, and nothing from malformed data", () => {
    expect(readMailedEvents(JSON.parse(JSON.stringify(before)))).toEqual(before);
    expect(readMailedEvents(null)).toEqual([]);
    expect(readMailedEvents([{ uid: 1 }, "x"])).toEqual([]);
  });
});
