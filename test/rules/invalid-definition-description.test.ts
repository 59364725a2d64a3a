import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('invalid-definition-description', {
  valid: [
    { name: 'descriptions that start with the name (BuildKit example)', code: lines('# base is a stage for compiling source', 'FROM scratch AS base', '# VERSION This is the version number.', 'ARG VERSION=1') },
    { name: 'separated by an empty line (BuildKit example)', code: lines('# a non-descriptive comment', '', 'FROM scratch AS base', '', '# another non-descriptive comment', '', 'ARG VERSION=1') },
    { name: 'a stage without a name', code: lines('# any comment', 'FROM scratch') },
    { name: 'tool comments', code: lines('# hadolint ignore=DL3006', 'FROM alpine AS base') },
  ],
  invalid: [
    {
      name: 'non-descriptive comments (BuildKit example)',
      code: lines('# a non-descriptive comment', 'FROM scratch AS base', '', '# another non-descriptive comment', 'ARG VERSION=1'),
      findings: [{ line: 1, message: /describes stage base .* starts with "base"/ }, { line: 4, message: /ARG VERSION/ }],
    },
  ],
});
