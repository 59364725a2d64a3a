import { checkLabelFormat, LABEL_SCHEMA_NOTE } from '../src/rules/label-schema.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'label-invalid-time',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3053'],
  summary: 'A label the schema types as rfc3339 is not an RFC 3339 time',
  fixable: false,
  docs: {
    what: 'Reports a LABEL whose key the label schema declares as `rfc3339` and whose value is not an RFC 3339 time.',
    why: 'Tools read these labels by type (the build time of the image, shown by registries and scanners); a value in another format is ignored by them or shown wrong.',
    example: '# label-schema: { org.opencontainers.image.created: rfc3339 }\nFROM alpine:3.24\nLABEL org.opencontainers.image.created="2024-05-01 12:00"',
    fix: 'FROM alpine:3.24\nLABEL org.opencontainers.image.created="2024-05-01T12:00:00Z"',
    notes: LABEL_SCHEMA_NOTE,
  },
  check(context) {
    checkLabelFormat(context, 'rfc3339');
  },
});
