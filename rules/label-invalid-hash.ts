import { checkLabelFormat, LABEL_SCHEMA_NOTE } from '../src/rules/label-schema.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'label-invalid-hash',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3055'],
  summary: 'A label the schema types as hash is not a git commit hash',
  fixable: false,
  docs: {
    what: 'Reports a LABEL whose key the label schema declares as `hash` and whose value is not a git commit hash.',
    why: 'Tools read these labels by type (the commit of the image, shown by registries and scanners); a value in another format is ignored by them or shown wrong.',
    example: '# label-schema: { org.opencontainers.image.revision: hash }\nFROM alpine:3.24\nLABEL org.opencontainers.image.revision="main"',
    fix: 'FROM alpine:3.24\nLABEL org.opencontainers.image.revision="3f9c2ab"',
    notes: LABEL_SCHEMA_NOTE,
  },
  check(context) {
    checkLabelFormat(context, 'hash');
  },
});
