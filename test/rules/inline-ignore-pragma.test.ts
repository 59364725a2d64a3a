import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('inline-ignore-pragma', {
  valid: [
    { name: 'no pragma (hadolint DL1001)', code: lines('FROM alpine:3.24', '# just a comment', 'RUN true') },
    { name: 'a global pragma', code: lines('# hadolint global ignore=DL3006', 'FROM alpine') },
  ],
  invalid: [
    { name: 'a hadolint pragma (hadolint DL1001)', code: lines('FROM alpine:3.24', '# hadolint ignore=DL3018', 'RUN apk add curl'), findings: [{ line: 2, message: /inline ignore pragma "# hadolint ignore=DL3018"/ }] },
    { name: 'a dfscan pragma', code: lines('FROM alpine:3.24', '# dfscan ignore=package-cache', 'RUN apk add curl'), findings: [{ line: 2 }] },
  ],
});
