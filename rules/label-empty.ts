import { labelPairs, LABEL_SCHEMA_NOTE } from '../src/rules/label-schema.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'label-empty',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3051'],
  summary: 'A label the schema requires is set to the empty string',
  fixable: false,
  docs: {
    what: 'Reports a LABEL of the label schema whose value is empty.',
    why: 'An empty label satisfies a presence check while carrying nothing: the metadata the schema asks for is still missing.',
    example: '# label-schema: { maintainer: text }\nFROM alpine:3.24\nLABEL maintainer=""',
    fix: 'FROM alpine:3.24\nLABEL maintainer="team-platform@example.com"',
    notes: `${LABEL_SCHEMA_NOTE} A value that becomes empty because its build argument has an empty default is reported.`,
  },
  check({ graph, settings, report }) {
    for (const l of labelPairs(graph)) {
      if (!Object.hasOwn(settings.labelSchema, l.key) || l.unresolved || (l.pair.value ?? '') !== '') continue;
      report({ node: l.node, start: l.pair.start, end: l.pair.end, message: `label ${l.key} is empty: give it a value` });
    }
  },
});
