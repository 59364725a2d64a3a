import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('instruction-before-from', {
  valid: [
    { name: 'FROM first (hadolint DL3061)', code: lines('FROM foo', 'LABEL foo=bar') },
    { name: 'ARG before FROM (hadolint DL3061)', code: lines('ARG A=1', 'FROM foo') },
    { name: 'comments and directives (hadolint DL3061)', code: lines('# syntax=docker/dockerfile:1', '# a comment', 'FROM foo') },
  ],
  invalid: [
    { name: 'LABEL before FROM (hadolint DL3061)', code: lines('LABEL foo=bar', 'FROM foo'), findings: [{ line: 1, message: /LABEL comes before the first FROM/ }] },
    { name: 'after a global ARG', code: lines('ARG A=1', 'ENV B=2', 'FROM foo'), findings: [{ line: 2 }] },
  ],
});
