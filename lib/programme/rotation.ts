// Speed-date rotation: mandataries move from stand to stand in rounds, so that each meets every stand. Pure.
//
// M mandataries, S stands, c = capacity (default ceil(M / S), at least 1). When S stands cannot hold everyone
// (M > S × c), pause columns are added: S' = max(S, ceil(M / c)) columns, of which columns S… are "pause".
// There are R = S' rounds; in round r mandatary i is at column (i + r) mod S'. Over the S' rounds mandatary i
// passes every column exactly once, so it meets every stand exactly once and pauses S' − S times. In every
// round the columns' loads are ⌊M / S'⌋ or ⌈M / S'⌉ (the mandataries at a column are those with the same
// i mod S'), so the stands are balanced (loads differ by at most one) and ⌈M / S'⌉ ≤ c, because S' ≥ M / c.

export interface RotationInput {
  mandataries: string[];
  stands: string[];
  /** Most mandataries at a stand in one round; null: as few rounds as there are stands. */
  capacity: number | null;
}

export interface Rotation {
  /** rounds[r]: every stand in the given order (also the ones nobody visits that round) and who is there. */
  rounds: { stand: string; mandataries: string[] }[][];
  /** pausing[r]: the mandataries without a stand in round r. */
  pausing: string[][];
  /** The capacity used: the given one (at least 1) or the default. */
  capacity: number;
}

export function speedDateRotation(input: RotationInput): Rotation {
  const { mandataries, stands } = input;
  const m = mandataries.length;
  const s = stands.length;
  const given = input.capacity !== null && Number.isFinite(input.capacity) ? Math.floor(input.capacity) : null;
  const capacity = Math.max(1, given ?? (s > 0 ? Math.ceil(m / s) : 1));
  if (m === 0 || s === 0) return { rounds: [], pausing: [], capacity };

  const columns = Math.max(s, Math.ceil(m / capacity));
  const rounds: Rotation["rounds"] = [];
  const pausing: string[][] = [];
  for (let round = 0; round < columns; round++) {
    const atStand = stands.map((stand) => ({ stand, mandataries: [] as string[] }));
    const paused: string[] = [];
    mandataries.forEach((mandatary, i) => {
      const column = (i + round) % columns;
      if (column < s) atStand[column]!.mandataries.push(mandatary);
      else paused.push(mandatary);
    });
    rounds.push(atStand);
    pausing.push(paused);
  }
  return { rounds, pausing, capacity };
}
