// Pure timing logic for a day programme: no Prisma or Next imports, so it runs in tests and in the browser.

export interface TimedStop {
  id: string;
  startsAt: Date;
  endsAt: Date;
  label: string;
}

/** The stops that share time with [startsAt, endsAt); touching ends (10:00–11:00 and 11:00–12:00) do not overlap. */
export function overlappingStops<T extends TimedStop>(
  stops: readonly T[],
  startsAt: Date,
  endsAt: Date,
  ignoreId?: string,
): T[] {
  return stops.filter((stop) => stop.id !== ignoreId && stop.startsAt < endsAt && startsAt < stop.endsAt);
}
