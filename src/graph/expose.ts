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

export function exposedPorts(graph: Graph, node: Node & { kind: 'other' }): ExposedPort[] {
  const escape = graph.file.escape;
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
