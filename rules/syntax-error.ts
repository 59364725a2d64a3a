import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'syntax-error',
  category: 'correctness',
  severity: 'error',
  aliases: [],
  summary: 'The Dockerfile does not parse the way Docker reads it',
  fixable: false,
  docs: {
    what:
      'Reports what Docker would refuse or misread: an unknown instruction, a file without FROM (or with no instructions at all: empty, or only comments), a heredoc that is never closed, a quote left open in ENV, LABEL or ARG, bytes that are not UTF-8. An instruction other than ARG before the first FROM is reported by instruction-before-from.',
    why:
      'Docker stops at the first such line, or silently reads something else than was meant (an unclosed heredoc swallows the rest of the file). The other findings of the file assume the parse is right.',
    example: 'FROM alpine:3.24\nRUN <<EOF\napk add --no-cache curl\n',
    fix: 'Close the heredoc (or fix the line named):\n\nFROM alpine:3.24\nRUN <<EOF\napk add --no-cache curl\nEOF',
  },
  check({ graph, report }) {
    for (const p of graph.problems) if (p.kind !== 'order') report({ start: p.start, end: p.end, message: p.message });
  },
});
