import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const strict = { labelSchema: { maintainer: 'text' as const }, strictLabels: true };

testRule('label-not-in-schema', {
  valid: [
    { name: 'strict labels off (hadolint DL3050)', code: lines('FROM alpine', 'LABEL foo=bar'), settings: { labelSchema: { maintainer: 'text' as const } } },
    { name: 'only schema labels (hadolint DL3050)', code: lines('FROM alpine', 'LABEL maintainer=jane'), settings: strict },
  ],
  invalid: [
    { name: 'an extra label (hadolint DL3050)', code: lines('FROM alpine', 'LABEL maintainer=jane foo=bar'), settings: strict, findings: [{ line: 2, message: /label foo is not in the label schema/ }] },
    { name: 'strict with an empty schema', code: lines('FROM alpine', 'LABEL a=b'), settings: { strictLabels: true }, findings: [{ line: 2 }] },
  ],
});
