import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('empty-continuation', {
  valid: [
    { name: 'no empty line (BuildKit example)', code: lines('FROM alpine', 'EXPOSE \\', '  80') },
    { name: 'a comment line inside', code: lines('FROM alpine', 'RUN echo a \\', '# note', '  && echo b') },
    { name: 'empty line after the instruction ends', code: lines('FROM alpine', 'RUN echo a', '', 'RUN echo b') },
  ],
  invalid: [
    { name: 'an empty line (BuildKit example)', code: lines('FROM alpine', 'EXPOSE \\', '', '  80'), findings: [{ line: 3, message: /empty continuation line inside EXPOSE/ }] },
    { name: 'two', code: lines('FROM alpine', 'RUN echo a \\', '', '  && echo b \\', '', '  && echo c'), findings: [{ line: 3 }, { line: 5 }] },
    {
      name: '--fix removes the empty lines, with their spaces',
      code: lines('FROM alpine', 'RUN apk add --no-cache \\', '', '    curl \\', '   ', '    git'),
      findings: [{ line: 3 }, { line: 5 }],
      output: lines('FROM alpine', 'RUN apk add --no-cache \\', '    curl \\', '    git'),
    },
  ],
});
