/**
 * "Did you mean ...?" for misspelt field names and enum values: the
 * candidate that differs only in case, else the unique nearest one within a
 * few edits (fewer for short names, where a couple of edits is a different word).
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const lower = input.toLowerCase();
  const list = [...candidates];
  const sameLetters = list.find((c) => c.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;

  const limit = lower.length <= 3 ? 0 : lower.length <= 5 ? 1 : lower.length <= 10 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const candidate of list) {
    // At least this many edits: skip what cannot be the nearest or tie with it (a value of 300,000 characters against an enum).
    const other = candidate.toLowerCase();
    if (Math.abs(other.length - lower.length) > bestDistance) continue;
    const d = boundedEditDistance(lower, other, bestDistance);
    if (d < bestDistance) [best, bestDistance, tie] = [candidate, d, false];
    else if (d === bestDistance) tie = true;
  }
  return best !== undefined && !tie ? best : undefined;
}

/**
 * The edits (insert, delete, substitute, swap two neighbours) turning `a`
 * into `b` when they are at most `bound`; otherwise some number above
 * `bound`. Three rows instead of the whole table, and it stops as soon as a
 * row has nothing within the bound: thousands of names compared with
 * thousands stay cheap.
 */
export function boundedEditDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const cols = b.length + 1;
  let before = new Uint32Array(cols);
  let previous = new Uint32Array(cols);
  let current = new Uint32Array(cols);
  for (let j = 0; j < cols; j++) previous[j] = j;
  let previousLowest = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let lowest = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      current[j] = v;
      if (v < lowest) lowest = v;
    }
    // A transposition reaches back two rows: stop when neither of the last two is within the bound.
    if (lowest > bound && previousLowest > bound) return bound + 1;
    previousLowest = lowest;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}
