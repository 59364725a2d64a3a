/**
 * Values computed once per object (a graph, a node) and kept in the object itself, one slot of
 * its `memo` per memoised function. A WeakMap per function cost a look-up in a hash table on
 * every call, and its entries made each garbage collection trace them as ephemerons.
 */

/** An object that keeps memoised values: its `memo` starts empty (`[]`) and belongs to memoize. */
export interface Memoizable {
  readonly memo: unknown[];
}

/** Slots handed out so far; memoised functions are made as modules load, before any graph. */
let slots = 0;

/** A function computed once per object and remembered while the object lives. */
export function memoize<K extends Memoizable, V>(compute: (key: K) => V): (key: K) => V {
  const slot = slots++;
  return (key) => {
    let value = key.memo[slot] as V | undefined;
    if (value === undefined) {
      value = compute(key);
      key.memo[slot] = value;
    }
    return value;
  };
}
