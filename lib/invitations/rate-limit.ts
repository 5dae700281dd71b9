// A per-instance limit on how often one personal link (or one address) may answer or download, against abuse
// and scripted guessing. Fixed one-minute windows, kept in memory: with several instances each counts its own.

const WINDOW_MS = 60_000;
/** Beyond this many keys in one minute (a flood of made-up links or addresses) the counts start over. */
const MAX_KEYS = 50_000;
const windows = new Map<string, { start: number; count: number }>();
let lastSweep = 0;

/** Counts one request for `key`; false when it is over `limit` in the current minute. */
export function allowRequest(key: string, limit: number, now = Date.now()): boolean {
  const current = windows.get(key);
  if (current && now - current.start < WINDOW_MS) {
    current.count++;
    return current.count <= limit;
  }
  // Finished windows are forgotten at most once a minute, so a flood of new keys costs no more than one pass each.
  if (windows.size >= MAX_KEYS / 5 && now - lastSweep >= WINDOW_MS) {
    lastSweep = now;
    for (const [k, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(k);
  }
  if (windows.size >= MAX_KEYS) windows.clear();
  windows.set(key, { start: now, count: 1 });
  return true;
}
