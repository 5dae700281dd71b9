// Where each stop happens and what it is called. Pure: used by the editor, the day sheet, mails and the checks.
import type { Point, StopKind } from "./plan";

interface PlaceFields {
  street: string;
  postalCode: string;
  city: string;
  latitude: number | null;
  longitude: number | null;
}

export interface StopFields extends PlaceFields {
  kind: StopKind;
  /** An option of a choice programme: not where everyone is, so not a place to fall back on. */
  isOption?: boolean;
  title: string;
  placeName: string;
  service: (PlaceFields & { name: string }) | null;
}

export interface StopPlace {
  name: string;
  /** "Kerkstraat 12, 2960 Brecht", or "" */
  address: string;
  point: Point | null;
  /** At the service's own place (not at a venue elsewhere), so the service's hours and limits apply. */
  atService: boolean;
}

const NOWHERE: StopPlace = { name: "", address: "", point: null, atService: false };

function addressOf(place: PlaceFields): string {
  const town = [place.postalCode, place.city].filter(Boolean).join(" ");
  return [place.street, town].filter(Boolean).join(", ");
}

function pointOf(place: PlaceFields): Point | null {
  return place.latitude !== null && place.longitude !== null
    ? { latitude: place.latitude, longitude: place.longitude }
    : null;
}

/** "Woonzorgcentrum De Linde", "Woonzorgcentrum De Linde — Ronde 2", "Broodjeslunch". */
export function stopLabel(stop: Pick<StopFields, "title" | "service">): string {
  return [stop.service?.name, stop.title].filter(Boolean).join(" — ");
}

/**
 * Own place first, then the service's, else the previous common stop's (a press moment or lunch where the group is).
 */
export function stopPlaces(stopsInTimeOrder: readonly StopFields[]): StopPlace[] {
  let previous = NOWHERE;
  return stopsInTimeOrder.map((stop) => {
    const own = stop.placeName || stop.street || pointOf(stop);
    const place: StopPlace = own
      ? { name: stop.placeName, address: addressOf(stop), point: pointOf(stop), atService: false }
      : stop.service
        ? { name: stop.service.name, address: addressOf(stop.service), point: pointOf(stop.service), atService: true }
        : { ...previous, atService: false };
    if (!stop.isOption) previous = place;
    return place;
  });
}
