import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const settings = { labelSchema: { 'org.opencontainers.image.created': 'rfc3339' as const } };

testRule('label-invalid-time', {
  valid: [
    { name: 'no schema', code: lines('FROM alpine', 'LABEL org.opencontainers.image.created="May-1st-2024"') },
    { name: 'a valid value (hadolint DL3053)', code: lines('FROM alpine', 'LABEL org.opencontainers.image.created="2024-05-01T12:00:00Z"'), settings },
    { name: 'another label', code: lines('FROM alpine', 'LABEL other="May-1st-2024"'), settings },
    { name: "an empty value is label-empty's finding", code: lines('FROM alpine', 'LABEL org.opencontainers.image.created=""'), settings },
    { name: 'a build argument without a default is not judged', code: lines('FROM alpine', 'ARG V', 'LABEL org.opencontainers.image.created=$V'), settings },
  ],
  invalid: [
    { name: 'an invalid value (hadolint DL3053)', code: lines('FROM alpine', 'LABEL org.opencontainers.image.created="May-1st-2024"'), settings, findings: [{ line: 2, message: /label org\.opencontainers\.image\.created=.* is not / }] },
    { name: 'an invalid default of a build argument', code: lines('FROM alpine', 'ARG V="May-1st-2024"', 'LABEL org.opencontainers.image.created=$V'), settings, findings: [{ line: 3 }] },
  ],
});
