import { describe, expect, it } from 'vitest';
import { countAtOrBefore, flatten, mapList } from '../../src/graph/lists.js';

describe('flatten', () => {
  it('gives what flatMap gives for lists of lists, in order', () => {
    const stages = [{ nodes: [1, 2] }, { nodes: [] }, { nodes: [3] }];
    expect(flatten(stages, (s) => s.nodes)).toEqual(stages.flatMap((s) => s.nodes));
    expect(flatten(stages, (s) => s.nodes)).toEqual([1, 2, 3]);
    expect(flatten([] as { nodes: number[] }[], (s) => s.nodes)).toEqual([]);
  });

  it('returns a new array, not one of the lists', () => {
    const only = [1, 2];
    const out = flatten([only], (x) => x);
    out.push(3);
    expect(only).toEqual([1, 2]);
  });
});

describe('mapList', () => {
  it('gives what map gives, in order, without passing the index', () => {
    const words = [{ value: 'a' }, { value: 'b' }];
    expect(mapList(words, (w) => w.value)).toEqual(words.map((w) => w.value));
    const seen: unknown[][] = [];
    mapList(['x'], (...args: unknown[]) => seen.push(args));
    expect(seen).toEqual([['x']]);
    expect(mapList([] as number[], (n) => n + 1)).toEqual([]);
  });
});

describe('countAtOrBefore', () => {
  it('counts the items whose key is at or before a value, as a pass over the list does', () => {
    const starts = [{ at: 0 }, { at: 4 }, { at: 4 }, { at: 9 }, { at: 15 }];
    for (let value = -2; value <= 17; value++) {
      expect(countAtOrBefore(starts, (s) => s.at, value)).toBe(starts.filter((s) => s.at <= value).length);
    }
    expect(countAtOrBefore([], (n: number) => n, 3)).toBe(0);
  });
});
