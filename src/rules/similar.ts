/**
 * "Did you mean ...?" for names: the closest of the known names by edit distance, when it is
 * close enough to be a typo (as BuildKit suggests for UndefinedVar and UndefinedArgInFrom).
 */
/**
 * Name comparisons a rule may make in one file to suggest names. Each look-up compares a name with
 * every known one, so a file of many thousand made-up names against as many defined ones (`ENV
 * K1=$K0 K2=$K1 ...` on a 1 MB line) would take minutes; real files make a few hundred.
 */
export const SUGGESTION_BUDGET = 200_000;

/**
 * closestName for many look-ups against the same names: each name is looked up once, and past
 * SUGGESTION_BUDGET comparisons there are no more suggestions (null).
 */
export function suggester(known: Iterable<string>): (name: string, maxDistance?: number) => string | null {
  // Each known name lowered once, not once per look-up.
  const names = Array.from(known, (name): KnownName => ({ name, lower: name.toLowerCase() }));
  const memo = new Map<string, string | null>();
  let budget = SUGGESTION_BUDGET;
  return (name, maxDistance = 3) => {
    const key = `${maxDistance} ${name}`;
    let found = memo.get(key);
    if (found === undefined) {
      budget -= names.length;
      found = budget >= 0 ? closestName(name, names, maxDistance) : null;
      memo.set(key, found);
    }
    return found;
  };
}

interface KnownName {
  readonly name: string;
  readonly lower: string;
}

function closestName(name: string, known: readonly KnownName[], maxDistance: number): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const limit = Math.max(1, Math.min(maxDistance, Math.floor(name.length / 3)));
  const lower = name.toLowerCase();
  for (const k of known) {
    // GOPATH is not a typo of PATH, nor LD_LIBRARY_PATH of LIBRARY_PATH: one name inside another is another variable.
    if (k.name === name || lower.includes(k.lower) || k.lower.includes(lower)) continue;
    // The distance is at least the difference in length: no need to work it out.
    if (Math.abs(k.name.length - name.length) > limit) continue;
    const d = distance(lower, k.lower);
    if (d <= limit && d < bestDistance) {
      best = k.name;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Levenshtein distance, with an adjacent swap counting as one edit. The table is one typed
 * array, row after row: an array per row, filled through callbacks, was most of what the
 * look-ups allocated.
 */
function distance(a: string, b: string): number {
  const cols = b.length + 1;
  const d = new Int32Array((a.length + 1) * cols);
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = i * cols;
    const above = row - cols;
    d[row] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[above + j]! + 1, d[row + j - 1]! + 1, d[above + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[above - cols + j - 2]! + 1);
      d[row + j] = v;
    }
  }
  return d[a.length * cols + b.length]!;
}
