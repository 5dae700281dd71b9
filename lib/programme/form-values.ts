// A saved stop as the stop form shows it: every field as the text in its input.
import { toBrusselsParts } from "@/lib/time";
import type { StopKind } from "./plan";

export interface StopValues {
  id: string;
  kind: StopKind;
  serviceId: string;
  title: string;
  placeName: string;
  street: string;
  postalCode: string;
  city: string;
  latitude: string;
  longitude: string;
  startTime: string;
  endTime: string;
  activity: string;
  handsOnTask: string;
  welcomedBy: string;
  userParticipation: string;
  notes: string;
  /** "on" or "", as a checkbox posts it. */
  isOption: string;
  capacity: string;
  travelMode: string;
  travelMinutes: string;
}

interface SavedStop {
  id: string;
  kind: StopKind;
  serviceId: string | null;
  title: string;
  placeName: string;
  street: string;
  postalCode: string;
  city: string;
  latitude: number | null;
  longitude: number | null;
  startsAt: Date;
  endsAt: Date;
  activity: string;
  handsOnTask: string;
  welcomedBy: string;
  userParticipation: string;
  notes: string;
  isOption: boolean;
  capacity: number | null;
  travelMode: string | null;
  travelMinutes: number | null;
}

const text = (value: number | string | null) => (value === null ? "" : String(value));

export function stopFormValues(stop: SavedStop): StopValues {
  return {
    id: stop.id,
    kind: stop.kind,
    serviceId: text(stop.serviceId),
    title: stop.title,
    placeName: stop.placeName,
    street: stop.street,
    postalCode: stop.postalCode,
    city: stop.city,
    latitude: text(stop.latitude),
    longitude: text(stop.longitude),
    startTime: toBrusselsParts(stop.startsAt).time,
    endTime: toBrusselsParts(stop.endsAt).time,
    activity: stop.activity,
    handsOnTask: stop.handsOnTask,
    welcomedBy: stop.welcomedBy,
    userParticipation: stop.userParticipation,
    notes: stop.notes,
    isOption: stop.isOption ? "on" : "",
    capacity: text(stop.capacity),
    travelMode: text(stop.travelMode),
    travelMinutes: text(stop.travelMinutes),
  };
}

/**
 * After a refused save on a stale form: the stop as it is saved now, with only the fields this editor changed
 * (what they submitted differs from what their form was built with) put over it. Sending that again keeps the
 * other editor's change.
 */
export function mergeStaleEdit(
  current: StopValues,
  original: Partial<Record<keyof StopValues, string>>,
  submitted: Record<string, string | string[]>,
): Record<string, string> {
  const merged: Record<string, string> = { ...current };
  for (const key of Object.keys(current) as (keyof StopValues)[]) {
    if (key === "id" || original[key] === undefined) continue;
    const value = submitted[key];
    const typed = typeof value === "string" ? value : "";
    if (typed !== original[key]) merged[key] = typed;
  }
  return merged;
}
