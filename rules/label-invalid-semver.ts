import { checkLabelFormat, LABEL_SCHEMA_NOTE } from '../src/rules/label-schema.js';
import { defineRule } from '../src/rules/types.js';

export default defineRule({
  id: 'label-invalid-semver',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL3056'],
  summary: 'A label the schema types as semver is not a semantic version',
  fixable: false,
  docs: {
    what: 'Reports a LABEL whose key the label schema declares as `semver` and whose value is not a semantic version.',
    why: 'Tools read these labels by type (the version of the image, shown by registries and scanners); a value in another format is ignored by them or shown wrong.',
    example: '# label-schema: { org.opencontainers.image.version: semver }\nFROM alpine:3.24\nLABEL org.opencontainers.image.version="v1.2"',
    fix: 'FROM alpine:3.24\nLABEL org.opencontainers.image.version="1.2.0"',
    notes: LABEL_SCHEMA_NOTE,
  },
  check(context) {
    checkLabelFormat(context, 'semver');
  },
});
