// How full an option of a choice programme is, for one person: the RSVP page, the schedules page and saving
// picks all ask it the same way.

export interface FreePlaces {
  /** Places left for this person, their own pick included; null: the option has no limit. */
  free: number | null;
  /** No place left. Who already has one may keep it; nobody else can pick the option. */
  full: boolean;
}

/** `taken` counts every pick of the option, this person's too when `theirs` (they are among the takers). */
export function freePlaces(capacity: number | null, taken: number, theirs: boolean): FreePlaces {
  if (capacity === null) return { free: null, full: false };
  const free = Math.max(capacity - taken + (theirs ? 1 : 0), 0);
  return { free, full: free === 0 };
}
