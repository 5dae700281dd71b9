// Saved rows as the programme's forms show them (every field as the text in its input), and the merge that
// keeps a stale edit from undoing someone else's.
import { dayKey, toBrusselsParts } from "@/lib/time";
import type { ProgrammeKind, StopKind } from "./plan";

export type StopValues = {
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
};

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

export type ProgrammeSettings = {
  id: string;
  version: string;
  name: string;
  day: string;
  kind: ProgrammeKind;
  travelMode: string;
  groupSize: string;
  notes: string;
};

export function programmeSettingsValues(programme: {
  id: string;
  version: number;
  name: string;
  day: Date;
  kind: ProgrammeKind;
  travelMode: string;
  groupSize: number | null;
  notes: string;
}): ProgrammeSettings {
  return {
    id: programme.id,
    version: String(programme.version),
    name: programme.name,
    day: dayKey(programme.day),
    kind: programme.kind,
    travelMode: programme.travelMode,
    groupSize: text(programme.groupSize),
    notes: programme.notes,
  };
}

/**
 * After a refused save on a stale form: the row as it is saved now, with only the fields this editor changed
 * (what they submitted differs from what their form was built with) put over it. Sending that again keeps the
 * other editor's change.
 */
export function mergeStaleEdit(
  current: Record<string, string>,
  original: Record<string, string>,
  submitted: Record<string, string | string[]>,
): Record<string, string> {
  const merged: Record<string, string> = { ...current };
  for (const key of Object.keys(current)) {
    if (key === "id" || key === "version" || original[key] === undefined) continue;
    const value = submitted[key];
    const typed = typeof value === "string" ? value : "";
    if (typed !== original[key]) merged[key] = typed;
  }
  return merged;
}
