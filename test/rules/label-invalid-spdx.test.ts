import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const settings = { labelSchema: { 'org.opencontainers.image.licenses': 'spdx' as const } };

testRule('label-invalid-spdx', {
  valid: [
    { name: 'no schema', code: lines('FROM alpine', 'LABEL org.opencontainers.image.licenses="Apache-2"') },
    { name: 'a valid value (hadolint DL3054)', code: lines('FROM alpine', 'LABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"'), settings },
    { name: 'another label', code: lines('FROM alpine', 'LABEL other="Apache-2"'), settings },
    { name: "an empty value is label-empty's finding", code: lines('FROM alpine', 'LABEL org.opencontainers.image.licenses=""'), settings },
    { name: 'a build argument without a default is not judged', code: lines('FROM alpine', 'ARG V', 'LABEL org.opencontainers.image.licenses=$V'), settings },
  ],
  invalid: [
    { name: 'an invalid value (hadolint DL3054)', code: lines('FROM alpine', 'LABEL org.opencontainers.image.licenses="Apache-2"'), settings, findings: [{ line: 2, message: /label org\.opencontainers\.image\.licenses=.* is not / }] },
    { name: 'an invalid default of a build argument', code: lines('FROM alpine', 'ARG V="Apache-2"', 'LABEL org.opencontainers.image.licenses=$V'), settings, findings: [{ line: 3 }] },
  ],
});
