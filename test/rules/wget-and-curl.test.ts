import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL4001 spec.
testRule('wget-and-curl', {
  valid: [
    { name: 'only wget', code: lines('FROM node as foo', 'RUN wget my.xyz') },
    { name: 'one tool per stage', code: lines('FROM node as foo', 'RUN wget my.xyz', 'FROM scratch', 'RUN curl localhost') },
  ],
  invalid: [
    { name: 'both', code: lines('FROM node as foo', 'RUN wget my.xyz', 'RUN curl localhost'), findings: [{ line: 3, message: /both wget and curl/ }] },
    { name: 'both in one instruction', code: lines('FROM node as foo', 'RUN wget my.xyz && curl localhost'), findings: [{ line: 2 }] },
    { name: 'both in one stage of two', code: lines('FROM node as foo', 'RUN wget my.xyz', 'RUN curl localhost', 'FROM scratch', 'RUN curl localhost'), findings: [{ line: 3 }] },
    { name: 'only the relevant RUN', code: lines('FROM node as foo', 'RUN wget my.xyz', 'RUN curl my.xyz', 'RUN echo hello'), findings: [{ line: 3 }] },
    { name: 'every later use', code: lines('FROM node as foo', 'RUN wget my.xyz', 'RUN curl my.xyz', 'RUN echo hello', 'RUN wget foo.com'), findings: [{ line: 3 }, { line: 5 }] },
  ],
});
