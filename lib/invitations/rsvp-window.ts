// Pure rules for when a personal link may be used and changed.

export type RsvpWindow = "open" | "closed" | "expired";

/** open: the answer can be given or changed; closed: past the deadline, read-only; expired: link no longer valid. */
export function rsvpWindow(invitation: { tokenExpiresAt: Date }, deadline: Date, now: Date): RsvpWindow {
  if (now >= invitation.tokenExpiresAt) return "expired";
  if (now > deadline) return "closed";
  return "open";
}

/** A link stays valid until the end of the expedition's last day (the day after, 00:00 in UTC+1 at the latest). */
export function linkExpiry(lastDay: Date): Date {
  return new Date(lastDay.getTime() + 24 * 60 * 60 * 1000);
}
