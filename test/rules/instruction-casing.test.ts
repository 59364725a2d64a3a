import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('instruction-casing', {
  valid: [
    { name: 'all upper case (BuildKit example)', code: lines('FROM alpine', 'RUN echo hello', 'COPY a /b') },
    { name: 'all lower case (BuildKit example)', code: lines('from alpine', 'run echo hello', 'copy a /b') },
    // A template line outside any instruction is an unknown instruction (syntax-error), not a keyword.
    { name: 'unknown words are neither counted nor recased', code: lines('FROM alpine', 'RUN apk add \\', '{{ if .x }}', '    git \\', '    curl') },
    { name: 'unknown lower-case words do not make the file lower case', code: lines('FROM alpine', 'RUN true', 'git x', 'curl y', 'make z') },
  ],
  invalid: [
    { name: 'one lower among upper (BuildKit example)', code: lines('FROM alpine', 'run echo hello', 'COPY a /b'), findings: [{ line: 2, message: /"run" differs from the upper-case keywords of this file: write RUN/ }], output: lines('FROM alpine', 'RUN echo hello', 'COPY a /b') },
    { name: 'one upper among lower (BuildKit example)', code: lines('from alpine', 'RUN echo hello', 'copy a /b'), findings: [{ line: 2, message: /write run/ }], output: lines('from alpine', 'run echo hello', 'copy a /b') },
    { name: 'mixed case (BuildKit example)', code: lines('From alpine', 'RUN echo hello'), findings: [{ line: 1, message: /"From" mixes cases: write FROM/ }], output: lines('FROM alpine', 'RUN echo hello') },
    {
      name: 'a keyword with continuation lines: only the keyword changes',
      code: lines('FROM alpine', 'Run apk add \\', '  # a comment line', '  curl'),
      findings: [{ line: 2 }],
      output: lines('FROM alpine', 'RUN apk add \\', '  # a comment line', '  curl'),
    },
  ],
});
