import { describe, expect, it } from 'vitest';
import { flatten } from '../../src/graph/flatten.js';

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
