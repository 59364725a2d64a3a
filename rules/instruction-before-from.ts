import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'instruction-before-from',
  category: 'correctness',
  severity: 'error',
  aliases: ['DL3061'],
  summary: 'An instruction other than ARG comes before the first FROM',
  fixable: false,
  docs: {
    what: 'Reports instructions before the first FROM, other than ARG (and parser directives and comments, which are not instructions).',
    why: 'Docker refuses the file: a Dockerfile must begin with FROM, optionally preceded by ARGs for the FROM lines.',
    example: 'ENV NODE_ENV=production\nFROM node:22-slim',
    fix: 'Move the instruction into the stage:\n\nFROM node:22-slim\nENV NODE_ENV=production',
  },
  check({ graph, report }) {
    for (const p of graph.problems) if (p.kind === 'order') report({ start: p.start, end: p.end, message: p.message });
  },
});
