import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('duplicate-stage-name', {
  valid: [
    { name: 'unique names (hadolint DL3024)', code: lines('FROM scratch AS build', 'RUN foo', 'FROM node AS run', 'RUN baz') },
    { name: 'unnamed stages', code: lines('FROM scratch', 'FROM scratch') },
    { name: 'a stage built FROM a named one', code: lines('FROM debian:12 AS base', 'FROM base AS app') },
  ],
  invalid: [
    {
      name: 'the same name twice (hadolint DL3024)',
      code: lines('FROM node AS foo', 'RUN something', 'FROM scratch AS foo', 'RUN something'),
      findings: [{ line: 3, message: /"foo" is already used by the stage on line 1/ }],
    },
    { name: 'names differing only in case', code: lines('FROM alpine AS Build', 'FROM alpine AS build'), findings: [{ line: 2 }] },
    { name: 'every repeat', code: lines('FROM alpine AS a', 'FROM alpine AS a', 'FROM alpine AS a'), findings: [{ line: 2 }, { line: 3 }] },
  ],
});
