import { checkLabelFormat, LABEL_SCHEMA_NOTE } from '../src/rules/label-schema.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'label-invalid-email',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3058'],
  summary: 'A label the schema types as email is not an e-mail address',
  fixable: false,
  docs: {
    what: 'Reports a LABEL whose key the label schema declares as `email` and whose value is not an e-mail address.',
    why: 'Tools read these labels by type (the contact of the image, shown by registries and scanners); a value in another format is ignored by them or shown wrong.',
    example: '# label-schema: { org.opencontainers.image.authors: email }\nFROM alpine:3.24\nLABEL org.opencontainers.image.authors="Jane Doe"',
    fix: 'FROM alpine:3.24\nLABEL org.opencontainers.image.authors="jane@example.com"',
    notes: LABEL_SCHEMA_NOTE,
  },
  check(context) {
    checkLabelFormat(context, 'email');
  },
});
