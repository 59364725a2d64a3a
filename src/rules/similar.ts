/**
 * "Did you mean ...?" for names: the closest of the known names by edit distance, when it is
 * close enough to be a typo (as BuildKit suggests for UndefinedVar and UndefinedArgInFrom).
 */
export function closestName(name: string, known: Iterable<string>, maxDistance = 3): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const limit = Math.max(1, Math.min(maxDistance, Math.floor(name.length / 3)));
  const lower = name.toLowerCase();
  for (const k of known) {
    // GOPATH is not a typo of PATH, nor LD_LIBRARY_PATH of LIBRARY_PATH: one name inside another is another variable.
    if (k === name || lower.includes(k.toLowerCase()) || k.toLowerCase().includes(lower)) continue;
    const d = distance(name.toLowerCase(), k.toLowerCase());
    if (d <= limit && d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, with an adjacent swap counting as one edit. */
function distance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
