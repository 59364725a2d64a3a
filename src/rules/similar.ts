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
  const names = [...known];
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

export function closestName(name: string, known: Iterable<string>, maxDistance = 3): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const limit = Math.max(1, Math.min(maxDistance, Math.floor(name.length / 3)));
  const lower = name.toLowerCase();
  for (const k of known) {
    // GOPATH is not a typo of PATH, nor LD_LIBRARY_PATH of LIBRARY_PATH: one name inside another is another variable.
    if (k === name || lower.includes(k.toLowerCase()) || k.toLowerCase().includes(lower)) continue;
    // The distance is at least the difference in length: no need to work it out.
    if (Math.abs(k.length - name.length) > limit) continue;
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
