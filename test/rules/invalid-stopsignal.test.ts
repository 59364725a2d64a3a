import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('invalid-stopsignal', {
  valid: [
    { name: 'names with and without SIG', code: lines('FROM alpine', 'STOPSIGNAL SIGTERM', 'STOPSIGNAL quit', 'STOPSIGNAL SIGRTMIN+3') },
    { name: 'a number', code: lines('FROM alpine', 'STOPSIGNAL 9') },
    { name: 'a build argument without a default', code: lines('FROM alpine', 'ARG SIG', 'STOPSIGNAL $SIG') },
  ],
  invalid: [
    { name: 'a typo', code: lines('FROM alpine', 'STOPSIGNAL SIGQUITE'), findings: [{ line: 2, message: /"SIGQUITE" is not a signal/ }] },
    { name: 'zero', code: lines('FROM alpine', 'STOPSIGNAL 0'), findings: [{ line: 2 }] },
    { name: 'a bad default', code: lines('FROM alpine', 'ARG SIG=STOP_NOW', 'STOPSIGNAL $SIG'), findings: [{ line: 3 }] },
  ],
});
