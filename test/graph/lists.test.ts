import { describe, expect, it } from 'vitest';
import { flatten, mapList } from '../../src/graph/lists.js';

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
