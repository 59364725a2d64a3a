import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const settings = { labelSchema: { 'org.opencontainers.image.revision': 'hash' as const } };

testRule('label-invalid-hash', {
  valid: [
    { name: 'no schema', code: lines('FROM alpine', 'LABEL org.opencontainers.image.revision="main"') },
    { name: 'a valid value (hadolint DL3055)', code: lines('FROM alpine', 'LABEL org.opencontainers.image.revision="3f9c2ab0c1d2e3f4a5b6c7d8e9f00112233445ab"'), settings },
    { name: 'another label', code: lines('FROM alpine', 'LABEL other="main"'), settings },
    { name: "an empty value is label-empty's finding", code: lines('FROM alpine', 'LABEL org.opencontainers.image.revision=""'), settings },
    { name: 'a build argument without a default is not judged', code: lines('FROM alpine', 'ARG V', 'LABEL org.opencontainers.image.revision=$V'), settings },
  ],
  invalid: [
    { name: 'an invalid value (hadolint DL3055)', code: lines('FROM alpine', 'LABEL org.opencontainers.image.revision="main"'), settings, findings: [{ line: 2, message: /label org\.opencontainers\.image\.revision=.* is not / }] },
    { name: 'an invalid default of a build argument', code: lines('FROM alpine', 'ARG V="main"', 'LABEL org.opencontainers.image.revision=$V'), settings, findings: [{ line: 3 }] },
  ],
});
