import { legacyKeyValueFix } from '../src/fix/instruction-fixes.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'legacy-key-value',
  category: 'style',
  severity: 'warning',
  aliases: ['LegacyKeyValueFormat'],
  summary: 'ENV or LABEL in the legacy "key value" form',
  fixable: true,
  docs: {
    what: 'Reports `ENV key value` and `LABEL key value`, the form with a space instead of `=`.',
    why:
      'The legacy form sets one variable to the whole rest of the line: `ENV A 1 B 2` makes A equal to "1 B 2". It is deprecated, and it cannot set several variables at once as the `key=value` form can.',
    example: 'FROM node:22-slim\nENV NODE_ENV production',
    fix: 'FROM node:22-slim\nENV NODE_ENV=production\n\n`--fix` writes `key=value`, in double quotes when the value has spaces; a value with quotes or escapes, or over several lines, is left to you.',
  },
  check({ graph, report }) {
    for (const node of graph.nodes) {
      if ((node.kind !== 'env' && node.kind !== 'label') || !node.legacy) continue;
      const v = node.vars[0];
      report({ node, fix: legacyKeyValueFix(graph, node), message: `"${node.keyword} key value" is the legacy form${v ? `: write ${node.keyword} ${v.name}=${/\s/.test(v.value ?? '') ? JSON.stringify(v.value) : v.value ?? '""'}` : ''}` });
    }
  },
});
