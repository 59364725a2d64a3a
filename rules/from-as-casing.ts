import { fromWords } from '../src/graph/stages.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'from-as-casing',
  category: 'style',
  severity: 'style',
  aliases: ['FromAsCasing'],
  summary: 'The AS keyword is not in the case of FROM',
  fixable: true,
  docs: {
    what: 'Reports `FROM image as name` (upper-case FROM, lower-case as) and `from image AS name`: the `AS` keyword should be written in the same case as `FROM`.',
    why: 'Keywords in one case make the file easier to scan; BuildKit reports the mismatch.',
    example: 'FROM debian:bookworm-slim as builder',
    fix: 'FROM debian:bookworm-slim AS builder\n\n`--fix` rewrites the AS keyword in the case of FROM.',
  },
  check({ graph, report }) {
    for (const stage of graph.stages) {
      const as = fromWords(graph, stage.from).as;
      if (!as) continue;
      const from = stage.from.raw.keywordText;
      const fromUpper = from === from.toUpperCase();
      const fromLower = from === from.toLowerCase();
      const asMatches = fromUpper ? as.text === as.text.toUpperCase() : fromLower ? as.text === as.text.toLowerCase() : true;
      if (asMatches) continue;
      const want = fromUpper ? 'AS' : 'as';
      const inPlace = graph.file.source.text.slice(as.start, as.end) === as.text;
      report({
        node: stage.from,
        start: as.start,
        end: as.end,
        message: `"${as.text}" and "${from}" are in different cases: write "${want}"`,
        fix: inPlace ? { description: `write ${want}`, safety: 'safe', edits: [{ start: as.start, end: as.end, text: want }] } : null,
      });
    }
  },
});
