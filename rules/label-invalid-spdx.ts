import { checkLabelFormat, LABEL_SCHEMA_NOTE } from '../src/rules/label-schema.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'label-invalid-spdx',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3054'],
  summary: 'A label the schema types as spdx is not an SPDX license identifier',
  fixable: false,
  docs: {
    what: 'Reports a LABEL whose key the label schema declares as `spdx` and whose value is not an SPDX license identifier.',
    why: 'Tools read these labels by type (the license of the image, shown by registries and scanners); a value in another format is ignored by them or shown wrong.',
    example: '# label-schema: { org.opencontainers.image.licenses: spdx }\nFROM alpine:3.24\nLABEL org.opencontainers.image.licenses="Apache 2"',
    fix: 'FROM alpine:3.24\nLABEL org.opencontainers.image.licenses="Apache-2.0"',
    notes: LABEL_SCHEMA_NOTE,
  },
  check(context) {
    checkLabelFormat(context, 'spdx');
  },
});
