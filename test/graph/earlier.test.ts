import { describe, expect, it } from 'vitest';
import { earlierCommand, earlierItems, type Earlier } from '../../src/graph/earlier.js';
import { runFacts } from '../../src/graph/run-facts.js';
import { rootStage } from '../../src/graph/stages.js';
import type { Graph, Node, RunNode } from '../../src/graph/types.js';
import { lines } from '../helpers/analyze.js';
import { graphOf } from '../helpers/graph.js';

/** The instruction of `graph` whose text starts with `start`. */
function at(graph: Graph, start: string): Node {
  const node = graph.nodes.find((n) => graph.file.source.text.slice(n.raw.start).startsWith(start));
  if (!node) throw new Error(`no instruction ${start}`);
  return node;
}

function texts(graph: Graph, list: Earlier<Node> | null): string[] {
  const out: string[] = [];
  for (let e = list; e; e = e.next) out.push(graph.file.source.text.slice(e.item.raw.start, e.item.raw.end));
  return out;
}

const labels = earlierItems((node): readonly Node[] => (node.kind === 'label' ? [node] : []));

describe('earlierItems', () => {
  const text = lines(
    'FROM alpine AS base',
    'LABEL a=1',
    'FROM base AS left',
    'LABEL b=2',
    'LABEL c=3',
    'FROM base AS right',
    'LABEL d=4',
    'FROM left',
    'LABEL e=5',
  );

  it('gives what the instructions before one hold, in its stage and the stages under it, latest first', async () => {
    const g = await graphOf(text);
    expect(texts(g, labels(g, at(g, 'LABEL e')))).toEqual(['LABEL c=3', 'LABEL b=2', 'LABEL a=1']);
    expect(texts(g, labels(g, at(g, 'LABEL c')))).toEqual(['LABEL b=2', 'LABEL a=1']);
  });

  it('leaves out the instruction itself and the stages beside the chain', async () => {
    const g = await graphOf(text);
    expect(texts(g, labels(g, at(g, 'LABEL d')))).toEqual(['LABEL a=1']);
    expect(labels(g, at(g, 'LABEL a'))).toBeNull();
  });

  it('shares the entries of a stage with the stages built on it', async () => {
    const g = await graphOf(text);
    expect(labels(g, at(g, 'LABEL d'))).toBe(labels(g, at(g, 'LABEL b')));
  });
});

describe('earlierCommand', () => {
  const marked = earlierCommand((commands, i) => commands[i]!.name === 'touch');
  const commandOf = (run: Node, name: string) => runFacts(run as RunNode).commands.find((c) => c.name === name)!;

  it('finds the command before the one asked about, in its RUN or a RUN before it along the chain', async () => {
    const g = await graphOf(lines('FROM alpine AS base', 'RUN touch /a', 'FROM alpine AS beside', 'RUN echo 1', 'FROM base', 'RUN echo 2 && ls', 'RUN ls && touch /b && pwd'));
    const own = at(g, 'RUN ls && touch') as RunNode;
    expect(marked(g, own, commandOf(own, 'pwd'))).toBe(true);
    expect(marked(g, at(g, 'RUN echo 2') as RunNode, commandOf(at(g, 'RUN echo 2'), 'ls'))).toBe(true);
    expect(marked(g, at(g, 'RUN echo 1') as RunNode, commandOf(at(g, 'RUN echo 1'), 'echo'))).toBe(false);
  });

  it('does not count the command itself or what follows it', async () => {
    const g = await graphOf(lines('FROM alpine', 'RUN ls && touch /b', 'RUN touch /c'));
    const run = at(g, 'RUN ls') as RunNode;
    expect(marked(g, run, commandOf(run, 'ls'))).toBe(false);
    expect(marked(g, run, commandOf(run, 'touch'))).toBe(false);
  });
});

describe('rootStage', () => {
  it('is the first stage of a chain, through any number of stages', async () => {
    const g = await graphOf(lines('FROM scratch AS a', 'FROM debian:12 AS b', 'FROM a AS c', 'FROM c AS d', 'FROM b'));
    expect(g.stages.map((s) => rootStage(g, s)!.index)).toEqual([0, 1, 0, 0, 1]);
    expect(rootStage(g, null)).toBeNull();
  });
});
