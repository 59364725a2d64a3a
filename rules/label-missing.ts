import { labelPairs, LABEL_SCHEMA_NOTE } from '../src/rules/label-schema.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'label-missing',
  category: 'correctness',
  severity: 'info',
  aliases: ['DL3049'],
  summary: 'The final image lacks a label the schema requires',
  fixable: false,
  docs: {
    what: 'Reports each label of the label schema that no LABEL of the final image sets (its own stage or the stages it is built FROM).',
    why: 'A team that requires labels (source, revision, owner, license) relies on every image carrying them: registries, scanners and incident responders read them to find where an image came from.',
    example: '# label-schema: { org.opencontainers.image.source: url }\nFROM alpine:3.24\nCOPY app /app',
    fix: 'FROM alpine:3.24\nLABEL org.opencontainers.image.source="https://github.com/acme/app"\nCOPY app /app',
    notes: `${LABEL_SCHEMA_NOTE} hadolint checks every stage that is not only copied from; dfscan checks the final image, since the labels of a build stage are not in it. Labels the base image carries cannot be seen offline.`,
  },
  check({ graph, settings, report }) {
    const final = graph.finalStage;
    const required = Object.keys(settings.labelSchema);
    if (!final || required.length === 0) return;
    const present = new Set(labelPairs(graph, true).map((l) => l.key));
    for (const key of required) {
      if (present.has(key)) continue;
      report({ node: final.from, message: `the final image has no label ${key} (required by the label schema, ${settings.labelSchema[key]}): add LABEL ${key}=...` });
    }
  },
});
