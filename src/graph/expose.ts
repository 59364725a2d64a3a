/** The ports of an EXPOSE line: `80`, `80/tcp`, `8000-8010/udp`, with where each word is. */
import { splitWords } from '../parse/words.js';
import type { Graph, Node } from './types.js';

export interface ExposedPort {
  /** The word after variable expansion. */
  readonly text: string;
  /** Source offsets of the word as written. */
  readonly start: number;
  readonly end: number;
  /** Depends on a variable with no value. */
  readonly unresolved: boolean;
}

/** Worked out once an EXPOSE, for the three rules that read it (a line of many ports is long work). */
export function exposedPorts(graph: Graph, node: Node & { kind: 'other' }): readonly ExposedPort[] {
  return portsOf(node, graph.file.escape);
}

const cache = new WeakMap<Node, ExposedPort[]>();

function portsOf(node: Node & { kind: 'other' }, escape: string): ExposedPort[] {
  let ports = cache.get(node);
  if (!ports) cache.set(node, (ports = findPorts(node, escape)));
  return ports;
}

function findPorts(node: Node & { kind: 'other' }, escape: string): ExposedPort[] {
  const written = splitWords(node.args.text, escape);
  const values = splitWords(node.value, escape);
  const unresolved = node.references.some((r) => r.state !== 'set' && !r.guarded);
  // Expansion keeps the word count unless a variable holds several ports; then positions are the line's.
  const aligned = written.length === values.length;
  return values.map((v, i) => {
    const w = aligned ? written[i]! : null;
    return {
      text: v.raw.replace(/^["']|["']$/g, ''),
      start: w ? node.args.toSource(w.start) : node.raw.start,
      end: w ? node.args.toSourceEnd(w.end) : node.raw.end,
      unresolved: unresolved && (w === null || w.raw.includes('$')),
    };
  });
}
