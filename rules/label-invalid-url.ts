import { checkLabelFormat, LABEL_SCHEMA_NOTE } from '../src/rules/label-schema.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'label-invalid-url',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3052'],
  summary: 'A label the schema types as url is not an absolute URL',
  fixable: false,
  docs: {
    what: 'Reports a LABEL whose key the label schema declares as `url` and whose value is not an absolute URL.',
    why: 'Tools read these labels by type (the project home page of the image, shown by registries and scanners); a value in another format is ignored by them or shown wrong.',
    example: '# label-schema: { org.opencontainers.image.source: url }\nFROM alpine:3.24\nLABEL org.opencontainers.image.source="github.com/acme/app"',
    fix: 'FROM alpine:3.24\nLABEL org.opencontainers.image.source="https://github.com/acme/app"',
    notes: LABEL_SCHEMA_NOTE,
  },
  check(context) {
    checkLabelFormat(context, 'url');
  },
});
