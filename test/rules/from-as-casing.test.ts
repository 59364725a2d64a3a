import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('from-as-casing', {
  valid: [
    { name: 'FROM ... AS', code: lines('FROM debian:latest AS builder') },
    { name: 'from ... as', code: lines('from debian:latest as builder') },
    { name: 'no AS', code: lines('FROM debian:latest') },
  ],
  invalid: [
    { name: 'FROM ... as (BuildKit example)', code: lines('FROM debian:latest as builder'), findings: [{ line: 1, message: /"as" and "FROM" are in different cases: write "AS"/ }], output: lines('FROM debian:latest AS builder') },
    { name: 'from ... AS (BuildKit example)', code: lines('from debian:latest AS builder'), findings: [{ line: 1, message: /write "as"/ }], output: lines('from debian:latest as builder') },
  ],
});
