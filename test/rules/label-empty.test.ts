import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const settings = { labelSchema: { maintainer: 'text' as const } };

testRule('label-empty', {
  valid: [
    { name: 'a value (hadolint DL3051)', code: lines('FROM alpine', 'LABEL maintainer="jane"'), settings },
    { name: 'an empty label outside the schema', code: lines('FROM alpine', 'LABEL other=""'), settings },
    { name: 'no schema', code: lines('FROM alpine', 'LABEL maintainer=""') },
  ],
  invalid: [
    { name: 'empty (hadolint DL3051)', code: lines('FROM alpine', 'LABEL maintainer=""'), settings, findings: [{ line: 2, message: /label maintainer is empty/ }] },
    { name: 'empty through a build argument default', code: lines('FROM alpine', 'ARG M=""', 'LABEL maintainer=$M'), settings, findings: [{ line: 3 }] },
  ],
});
