import { removeEmptyLineFix } from '../src/fix/instruction-fixes.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'empty-continuation',
  category: 'style',
  severity: 'warning',
  aliases: ['NoEmptyContinuation'],
  summary: 'An empty line inside a continued instruction',
  fixable: true,
  docs: {
    what: 'Reports an empty line inside an instruction continued with `\\` (a comment line there is fine).',
    why: 'Docker skips the empty line today but has deprecated it and will refuse it in a future release; it also hides where the instruction really ends, since a forgotten `\\` above it looks the same.',
    example: 'FROM debian:bookworm-slim\nRUN apt-get update && \\\n\n    apt-get install -y --no-install-recommends curl\n\n`--fix` removes the empty line.',
    fix: 'Remove the empty line, or make it a comment:\n\nFROM debian:bookworm-slim\nRUN apt-get update && \\\n    apt-get install -y --no-install-recommends curl',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      for (const at of node.raw.emptyContinuationLines) report({ node, start: at, end: at, message: `empty continuation line inside ${node.keyword}: remove it (Docker will refuse it in a future release)`, fix: removeEmptyLineFix(graph, at) });
    }
  },
});
