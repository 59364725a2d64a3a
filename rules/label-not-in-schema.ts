import { labelPairs, LABEL_SCHEMA_NOTE } from '../src/rules/label-schema.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'label-not-in-schema',
  category: 'correctness',
  severity: 'info',
  aliases: ['DL3050'],
  summary: 'With strict labels, a label the schema does not list',
  fixable: false,
  docs: {
    what: 'When the configuration asks for strict labels (`strict-labels: true`), reports every label whose key the label schema does not list (every label, when the schema is empty).',
    why: 'Strict labels keep image metadata to the agreed set: a label outside it is a typo of a required one (`org.opencontainers.image.sorce`) or metadata nobody agreed to publish.',
    example: '# label-schema: { org.opencontainers.image.source: url }, strict-labels: true\nFROM alpine:3.24\nLABEL org.opencontainers.image.sorce="https://github.com/acme/app"',
    fix: 'FROM alpine:3.24\nLABEL org.opencontainers.image.source="https://github.com/acme/app"',
    notes: `${LABEL_SCHEMA_NOTE} Off unless strict labels are configured.`,
  },
  check({ graph, settings, report }) {
    if (!settings.strictLabels) return;
    for (const l of labelPairs(graph)) {
      if (Object.hasOwn(settings.labelSchema, l.key)) continue;
      report({ node: l.node, start: l.pair.start, end: l.pair.end, message: `label ${l.key} is not in the label schema (strict labels)` });
    }
  },
});
