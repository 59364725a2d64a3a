import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const settings = { labelSchema: { 'org.opencontainers.image.authors': 'email' as const } };

testRule('label-invalid-email', {
  valid: [
    { name: 'no schema', code: lines('FROM alpine', 'LABEL org.opencontainers.image.authors="Jane-Doe"') },
    { name: 'a valid value (hadolint DL3058)', code: lines('FROM alpine', 'LABEL org.opencontainers.image.authors="jane@example.com"'), settings },
    { name: 'another label', code: lines('FROM alpine', 'LABEL other="Jane-Doe"'), settings },
    { name: "an empty value is label-empty's finding", code: lines('FROM alpine', 'LABEL org.opencontainers.image.authors=""'), settings },
    { name: 'a build argument without a default is not judged', code: lines('FROM alpine', 'ARG V', 'LABEL org.opencontainers.image.authors=$V'), settings },
  ],
  invalid: [
    { name: 'an invalid value (hadolint DL3058)', code: lines('FROM alpine', 'LABEL org.opencontainers.image.authors="Jane-Doe"'), settings, findings: [{ line: 2, message: /label org\.opencontainers\.image\.authors=.* is not / }] },
    { name: 'an invalid default of a build argument', code: lines('FROM alpine', 'ARG V="Jane-Doe"', 'LABEL org.opencontainers.image.authors=$V'), settings, findings: [{ line: 3 }] },
  ],
});
