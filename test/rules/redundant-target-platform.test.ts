import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('redundant-target-platform', {
  valid: [
    { name: 'no flag (hadolint DL3065)', code: lines('FROM alpine:3.24') },
    { name: 'another platform (hadolint DL3065)', code: lines('FROM --platform=$FOOBAR alpine:3.24', 'FROM --platform=foobar alpine:3.24', 'FROM --platform=foobar/arm64 alpine:3.24') },
    { name: 'BUILDPLATFORM', code: lines('FROM --platform=$BUILDPLATFORM alpine:3.24') },
  ],
  invalid: [
    { name: '$TARGETPLATFORM (hadolint DL3065)', code: lines('FROM --platform=$TARGETPLATFORM alpine:3.24'), findings: [{ line: 1, message: /--platform=\$TARGETPLATFORM is the default/ }] },
    { name: '${TARGETPLATFORM} (hadolint DL3065)', code: lines('FROM --platform=${TARGETPLATFORM} alpine:3.24'), findings: [{ line: 1 }] },
    {
      name: '--fix removes the flag',
      code: lines('FROM   --platform=${TARGETPLATFORM}  alpine:3.24 AS base', 'FROM --platform=$TARGETPLATFORM base'),
      findings: [{ line: 1 }, { line: 2 }],
      output: lines('FROM   alpine:3.24 AS base', 'FROM base'),
    },
  ],
});
