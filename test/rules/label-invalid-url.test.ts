import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const settings = { labelSchema: { 'org.opencontainers.image.source': 'url' as const } };

testRule('label-invalid-url', {
  valid: [
    { name: 'no schema', code: lines('FROM alpine', 'LABEL org.opencontainers.image.source="github.com/acme/app"') },
    { name: 'a valid value (hadolint DL3052)', code: lines('FROM alpine', 'LABEL org.opencontainers.image.source="https://github.com/acme/app"'), settings },
    { name: 'another label', code: lines('FROM alpine', 'LABEL other="github.com/acme/app"'), settings },
    { name: "an empty value is label-empty's finding", code: lines('FROM alpine', 'LABEL org.opencontainers.image.source=""'), settings },
    { name: 'a build argument without a default is not judged', code: lines('FROM alpine', 'ARG V', 'LABEL org.opencontainers.image.source=$V'), settings },
  ],
  invalid: [
    { name: 'an invalid value (hadolint DL3052)', code: lines('FROM alpine', 'LABEL org.opencontainers.image.source="github.com/acme/app"'), settings, findings: [{ line: 2, message: /label org\.opencontainers\.image\.source=.* is not / }] },
    { name: 'an invalid default of a build argument', code: lines('FROM alpine', 'ARG V="github.com/acme/app"', 'LABEL org.opencontainers.image.source=$V'), settings, findings: [{ line: 3 }] },
  ],
});
