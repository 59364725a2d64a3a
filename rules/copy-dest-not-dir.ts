import { destinationSlashFix } from '../src/fix/instruction-fixes.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'copy-dest-not-dir',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3021'],
  summary: 'COPY or ADD of several sources to a destination without a trailing /',
  fixable: true,
  docs: {
    what: 'Reports a COPY or ADD with more than one source whose destination does not end with `/`.',
    why: 'Docker refuses it: "When using COPY with more than one source file, the destination must be a directory and end with a /".',
    example: 'FROM node:22-slim\nCOPY package.json package-lock.json /app',
    fix: 'End the destination with a slash:\n\nFROM node:22-slim\nCOPY package.json package-lock.json /app/\n\n`--fix` adds the slash (inside the quotes of a quoted destination; not in the JSON form).',
    notes: 'hadolint checks COPY only; Docker applies the same rule to ADD, so dfscan does too. A single glob that matches several files fails the same way at build time, but that cannot be known from the Dockerfile.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if (node.kind !== 'copy' || node.sources.length < 2) continue;
      if (node.dest === '' || /[/\\]$/.test(node.dest)) continue;
      report({
        node,
        message: `${node.keyword} of ${node.sources.length} sources needs a folder as destination: write "${node.dest}/"`,
        fix: destinationSlashFix(graph, node),
      });
    }
  },
});
