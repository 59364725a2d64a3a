import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/graph/memo.js';
import { runFacts } from '../../src/graph/run-facts.js';
import type { RunNode } from '../../src/graph/types.js';
import { lines } from '../helpers/analyze.js';
import { graphOf } from '../helpers/graph.js';

describe('memoize', () => {
  it('computes once per object, and each memoised function keeps its own value', () => {
    const calls: string[] = [];
    const length = memoize((o: { memo: unknown[]; name: string }) => (calls.push(`length ${o.name}`), o.name.length));
    const upper = memoize((o: { memo: unknown[]; name: string }) => (calls.push(`upper ${o.name}`), o.name.toUpperCase()));
    const a = { memo: [], name: 'alpine' };
    const b = { memo: [], name: 'node' };
    expect([length(a), upper(a), length(b), length(a), upper(a), upper(b)]).toEqual([6, 'ALPINE', 4, 6, 'ALPINE', 'NODE']);
    expect(calls).toEqual(['length alpine', 'upper alpine', 'length node', 'upper node']);
  });

  it('remembers a falsy value without computing it again', () => {
    let calls = 0;
    const none = memoize((_: { memo: unknown[] }) => (calls++, 0));
    const o = { memo: [] };
    expect([none(o), none(o)]).toEqual([0, 0]);
    expect(calls).toBe(1);
  });

  it('gives each node of a graph its own facts', async () => {
    const g = await graphOf(lines('FROM debian', 'RUN apt-get update', 'RUN npm ci'));
    const [first, second] = g.nodes.filter((n): n is RunNode => n.kind === 'run');
    expect(runFacts(first!)).toBe(runFacts(first!));
    expect(runFacts(first!).commands.map((c) => c.name)).toEqual(['apt-get']);
    expect(runFacts(second!).commands.map((c) => c.name)).toEqual(['npm']);
  });
});
