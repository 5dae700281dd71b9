import { describe, expect, it } from "vitest";
import { stopLabel, stopPlaces, type StopFields } from "./places";

const linde = {
  name: "WZC De Linde",
  street: "Lindenlaan 1",
  postalCode: "2960",
  city: "Brecht",
  latitude: 51.3,
  longitude: 4.6,
};
const bron = {
  name: "De Bron",
  street: "Bronstraat 2",
  postalCode: "2960",
  city: "Brecht",
  latitude: 51.32,
  longitude: 4.64,
};

function stop(fields: Partial<StopFields>): StopFields {
  return {
    kind: "VISIT",
    title: "",
    placeName: "",
    street: "",
    postalCode: "",
    city: "",
    latitude: null,
    longitude: null,
    service: null,
    ...fields,
  };
}

describe("stop places", () => {
  it("takes the stop's own place, else its service's, else the previous stop's", () => {
    const townHall = stop({
      kind: "WELCOME",
      title: "Onthaal",
      placeName: "Gemeentehuis",
      street: "Markt 1",
      postalCode: "2960",
      city: "Brecht",
      latitude: 51.31,
      longitude: 4.62,
    });
    const places = stopPlaces([townHall, stop({ service: linde }), stop({ kind: "PRESS", title: "Persmoment" })]);
    expect(places.map((p) => [p.name, p.address, p.atService])).toEqual([
      ["Gemeentehuis", "Markt 1, 2960 Brecht", false],
      ["WZC De Linde", "Lindenlaan 1, 2960 Brecht", true],
      ["WZC De Linde", "Lindenlaan 1, 2960 Brecht", false],
    ]);
    expect(places[2]!.point).toEqual({ latitude: 51.3, longitude: 4.6 });
  });

  it("an address without coordinates is a place without a point", () => {
    const [place] = stopPlaces([stop({ kind: "PLACE", title: "Zaal", street: "Kerkstraat 3", city: "Brecht" })]);
    expect(place).toEqual({ name: "", address: "Kerkstraat 3, Brecht", point: null, atService: false });
  });

  it("in a choice programme a stop without place falls back on the last common stop, not a parallel option", () => {
    const places = stopPlaces([
      stop({ kind: "WELCOME", title: "Onthaal", service: linde }),
      stop({ service: bron, isOption: true }),
      stop({ kind: "MEAL", title: "Lunch" }),
    ]);
    expect(places[2]!.name).toBe("WZC De Linde");
  });

  it("nothing before it: no place", () => {
    expect(stopPlaces([stop({ kind: "PRESS", title: "Persmoment" })])[0]).toMatchObject({ name: "", point: null });
  });

  it("labels a stop by its service and its title", () => {
    expect(stopLabel(stop({ service: linde }))).toBe("WZC De Linde");
    expect(stopLabel(stop({ service: linde, title: "Ronde 2" }))).toBe("WZC De Linde — Ronde 2");
    expect(stopLabel(stop({ title: "Broodjeslunch" }))).toBe("Broodjeslunch");
  });
});
