import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('stage-name-casing', {
  valid: [
    { name: 'lower-case names', code: lines('FROM alpine AS build-env', 'FROM alpine AS stage_2') },
    { name: 'no name', code: lines('FROM Alpine') },
  ],
  invalid: [
    { name: 'a capital letter (BuildKit example)', code: lines('FROM alpine AS BuilderBase'), findings: [{ line: 1, message: /"BuilderBase" should be lower case: "builderbase"/ }] },
    { name: 'all capitals', code: lines('FROM alpine AS BUILD', 'FROM alpine AS ok'), findings: [{ line: 1 }] },
  ],
});
