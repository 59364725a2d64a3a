import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('env-self-reference', {
  valid: [
    { name: 'separate ENVs (hadolint DL3044)', code: lines('FROM alpine', 'ENV BLUBB="${FOOBAR}/x"', 'ENV FOOBAR=1') },
    { name: 'defined before (hadolint DL3044)', code: lines('FROM alpine', 'ENV FOO=1', 'ENV FOO=2 BAR=$FOO') },
    { name: 'an ARG defined before (hadolint DL3044)', code: lines('FROM alpine', 'ARG A_NAME=x', 'ENV A_NAME=${A_NAME} B=$A_NAME') },
    { name: 'its own old value (hadolint DL3044)', code: lines('FROM alpine', 'ENV PATH=/opt/bin:$PATH') },
    { name: 'a similar name (hadolint DL3044)', code: lines('FROM alpine', 'ENV FOO=1 BAR=$FOOBAR') },
  ],
  invalid: [
    { name: 'braces (hadolint DL3044)', code: lines('FROM alpine', 'ENV FOO=bar BAR=${FOO}'), findings: [{ line: 2, message: /\$FOO is defined by this same ENV/ }] },
    { name: 'no braces (hadolint DL3044)', code: lines('FROM alpine', 'ENV FOO=bar BAR=$FOO/baz'), findings: [{ line: 2 }] },
    { name: 'used before its pair', code: lines('FROM alpine', 'ENV B=$A A=1'), findings: [{ line: 2 }] },
  ],
});
