/**
 * Making the lists every file's graph is made of and every rule reads: loops in place of two of
 * Array.prototype's builtins, lists of one V8 elements kind whether empty or not, and the search
 * of a sorted list.
 */

/**
 * `items.flatMap(of)` for arrays: V8 runs Array.prototype.flatMap as a generic builtin, about 17
 * times slower than this loop for the small lists of a Dockerfile (2.5 µs a call against 0.14),
 * and the rules and scores call it for every file.
 */
export function flatten<T, U>(items: readonly T[], of: (item: T) => readonly U[]): U[] {
  const out: U[] = [];
  for (const item of items) for (const value of of(item)) out.push(value);
  return out;
}

/**
 * `items.map(f)`, giving an empty list the same V8 elements kind as a full one. `[].map(f)` is an
 * array of small integers to V8 and `[x].map(f)` an array of objects: two array shapes, and a
 * function optimised on one of them is deoptimised and compiled again on meeting the other (a
 * RUN without arguments, an instruction without variables). This one array literal learns, at
 * its first object, to make every later array an array of objects.
 */
export function mapList<T, U>(items: readonly T[], f: (item: T) => U): U[] {
  const out: U[] = [];
  for (const item of items) out.push(f(item));
  return out;
}

/** Copied for every empty list made where nothing is pushed, which an `[]` written there is not. */
const NO_ITEMS: readonly unknown[] = [null].slice(1);

/** An empty list of the elements kind mapList makes (objects): `[]` is one of small integers. */
export function emptyList<T>(): T[] {
  return NO_ITEMS.slice() as T[];
}

/**
 * How many of `items`, sorted by `key`, have a key at or before `value`: the index of the first
 * one after it. Found by halving, for lists as long as a file's instructions or pragmas.
 */
export function countAtOrBefore<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
