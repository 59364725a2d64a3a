import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const settings = { labelSchema: { 'org.opencontainers.image.version': 'semver' as const } };

testRule('label-invalid-semver', {
  valid: [
    { name: 'no schema', code: lines('FROM alpine', 'LABEL org.opencontainers.image.version="v1.2"') },
    { name: 'a valid value (hadolint DL3056)', code: lines('FROM alpine', 'LABEL org.opencontainers.image.version="1.2.0-rc.1+build.5"'), settings },
    { name: 'another label', code: lines('FROM alpine', 'LABEL other="v1.2"'), settings },
    { name: "an empty value is label-empty's finding", code: lines('FROM alpine', 'LABEL org.opencontainers.image.version=""'), settings },
    { name: 'a build argument without a default is not judged', code: lines('FROM alpine', 'ARG V', 'LABEL org.opencontainers.image.version=$V'), settings },
  ],
  invalid: [
    { name: 'an invalid value (hadolint DL3056)', code: lines('FROM alpine', 'LABEL org.opencontainers.image.version="v1.2"'), settings, findings: [{ line: 2, message: /label org\.opencontainers\.image\.version=.* is not / }] },
    { name: 'an invalid default of a build argument', code: lines('FROM alpine', 'ARG V="v1.2"', 'LABEL org.opencontainers.image.version=$V'), settings, findings: [{ line: 3 }] },
  ],
});
