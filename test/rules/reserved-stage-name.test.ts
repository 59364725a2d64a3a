import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('reserved-stage-name', {
  valid: [
    { name: 'an ordinary name (hadolint DL3063)', code: lines('FROM debian:buster AS build') },
    { name: 'FROM scratch itself', code: lines('FROM scratch', 'COPY app /app') },
    { name: 'a name containing a reserved word', code: lines('FROM alpine AS scratchpad', 'FROM alpine AS build-context') },
  ],
  invalid: [
    { name: 'scratch (hadolint DL3063)', code: lines('FROM debian:buster AS scratch'), findings: [{ line: 1, message: /"scratch" is a reserved name \(the empty image\)/ }] },
    { name: 'context', code: lines('FROM debian:buster AS context'), findings: [{ line: 1, message: /build context/ }] },
    { name: 'any case', code: lines('FROM debian:buster AS Scratch'), findings: [{ line: 1, message: /"Scratch"/ }] },
  ],
});
