// A mandatary's own programme, as mails and calendars show it, and what changed in it. Pure.
import { z } from "zod";
import { stopLabel, stopPlaces, type StopFields, type StopPlace } from "@/lib/programme/places";

export interface ProgrammeForPerson {
  id: string;
  name: string;
  day: Date;
  kind: "FIXED" | "CHOICE";
  /** In time order. */
  stops: (StopFields & { id: string; startsAt: Date; endsAt: Date; activity: string; capacity?: number | null })[];
}

export type StopForPerson = ProgrammeForPerson["stops"][number];

export interface PersonalStop {
  programme: ProgrammeForPerson;
  stop: StopForPerson;
  place: StopPlace;
}

/**
 * The stops of a person's programme: every programme the invitation is for (all, or the one of `programmeId`);
 * in a choice programme the common stops plus the picked options, or every option while nothing is chosen yet
 * (`picks` null: the invitation shows the options to choose from).
 */
export function personalStops(
  programmes: readonly ProgrammeForPerson[],
  programmeId: string | null,
  picks: ReadonlySet<string> | null,
): PersonalStop[] {
  return programmes
    .filter((programme) => programmeId === null || programme.id === programmeId)
    .flatMap((programme) => {
      const places = stopPlaces(programme.stops);
      return programme.stops
        .map((stop, i) => ({ programme, stop, place: places[i]! }))
        .filter(({ stop }) => programme.kind === "FIXED" || !stop.isOption || picks === null || picks.has(stop.id));
    })
    .sort((a, b) => a.stop.startsAt.getTime() - b.stop.startsAt.getTime());
}

const mailedEventsSchema = z.array(
  z.object({ uid: z.string(), start: z.string(), end: z.string(), summary: z.string(), location: z.string() }),
);

/** What a person was sent about one stop; compared later to see whether their programme changed. */
export type MailedEvent = z.infer<typeof mailedEventsSchema>[number];

/** The calendar events of a personal programme. The UID is stable per invitation and stop, across updates. */
export function personalEvents(invitationId: string, stops: readonly PersonalStop[]): MailedEvent[] {
  return stops.map(({ stop, place }) => ({
    uid: `${invitationId}-${stop.id}@expeditie-zorg`,
    start: stop.startsAt.toISOString(),
    end: stop.endsAt.toISOString(),
    summary: stopLabel(stop) || place.name,
    location: [place.name, place.address].filter(Boolean).join(", "),
  }));
}

export interface EventChanges {
  added: MailedEvent[];
  removed: MailedEvent[];
  /** Same stop, another time, name or place. */
  changed: { before: MailedEvent; after: MailedEvent }[];
}

export function eventChanges(before: readonly MailedEvent[], after: readonly MailedEvent[]): EventChanges {
  const old = new Map(before.map((event) => [event.uid, event]));
  const now = new Set(after.map((event) => event.uid));
  const differs = (a: MailedEvent, b: MailedEvent) =>
    a.start !== b.start || a.end !== b.end || a.summary !== b.summary || a.location !== b.location;
  return {
    added: after.filter((event) => !old.has(event.uid)),
    removed: before.filter((event) => !now.has(event.uid)),
    changed: after.flatMap((event) => {
      const previous = old.get(event.uid);
      return previous && differs(previous, event) ? [{ before: previous, after: event }] : [];
    }),
  };
}

export function hasChanges(changes: EventChanges): boolean {
  return changes.added.length + changes.removed.length + changes.changed.length > 0;
}

/** The JSON column (Invitation.mailedEvents) back into events; anything malformed counts as nothing mailed. */
export function readMailedEvents(json: unknown): MailedEvent[] {
  const parsed = mailedEventsSchema.safeParse(json);
  return parsed.success ? parsed.data : [];
}
