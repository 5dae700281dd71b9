/**
 * The caller's address for per-address limits, from X-Forwarded-For and the number of proxies in front of the app
 * (TRUSTED_PROXY_HOPS). Each proxy appends the address it was reached from, so the entry `hops` from the end is
 * the one our outermost proxy saw; entries before it are whatever the caller claimed. With no proxy (0) the
 * header is the caller's own: `next start` adds the socket address only when a request has none, and passes on
 * one the caller sent. It is then ignored, and every caller counts as one.
 */
export function pickClientAddress(forwardedFor: string | null, hops: number): string {
  if (hops === 0 || !forwardedFor) return "direct";
  const entries = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: all of them were added by ours, the first is the farthest.
  return entries.at(-hops) ?? entries[0] ?? "direct";
}
