/**
 * "Did you mean …?" for names: the one edit-distance helper of the SDK, used by workflow validation
 * and by the option-key checks alike. No imports, so every layer can use it.
 */

/**
 * The candidate closest to `name` by edit distance, when it is close enough to be a typo.
 *
 * @example
 * ```ts
 * closest("prompt_pth", ["prompt_path", "model"]); // "prompt_path"
 * ```
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const distance = editDistance(name, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

// Optimal-string-alignment distance (a swap of two adjacent letters counts as one typo), row by
// row, giving up once a whole row exceeds the best distance found so far. Only the diagonal band
// |i - j| < giveUpAt can hold a smaller distance, so each row fills just that band: time is
// linear in the names' length, however long they are.
function editDistance(a: string, b: string, giveUpAt: number): number {
  if (Math.abs(a.length - b.length) >= giveUpAt) return giveUpAt;
  const width = b.length + 1;
  let beforePrevious = new Array<number>(width).fill(giveUpAt);
  let previous = Array.from({ length: width }, (_, j) => Math.min(j, giveUpAt));
  let current = new Array<number>(width).fill(giveUpAt);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - giveUpAt + 1);
    const to = Math.min(b.length, i + giveUpAt - 1);
    current.fill(giveUpAt, Math.max(0, from - 2), Math.min(width, to + 2));
    current[0] = Math.min(i, giveUpAt);
    let rowMin = from > 1 ? giveUpAt : current[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current[j] = Math.min(value, giveUpAt);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= giveUpAt) return giveUpAt;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length]!, giveUpAt);
}
