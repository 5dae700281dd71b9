// A per-instance limit on how often one personal link (or one address) may answer or download, against abuse
// and scripted guessing. Fixed one-minute windows, kept in memory: with several instances each counts its own.

const WINDOW_MS = 60_000;
const windows = new Map<string, { start: number; count: number }>();

/** Counts one request for `key`; false when it is over `limit` in the current minute. */
export function allowRequest(key: string, limit: number, now = Date.now()): boolean {
  const current = windows.get(key);
  if (!current || now - current.start >= WINDOW_MS) {
    // Forget finished windows now and then, so the map does not grow without end.
    if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(k);
    windows.set(key, { start: now, count: 1 });
    return true;
  }
  current.count++;
  return current.count <= limit;
}
