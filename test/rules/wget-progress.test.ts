import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL3047 spec.
testRule('wget-progress', {
  valid: [
    { name: '--progress', code: lines('FROM node as foo', 'RUN wget --progress=dot:giga my.xyz') },
    { name: 'quiet', code: lines('FROM node as foo', 'RUN wget -q my.xyz', 'RUN wget --quiet my.xyz', 'RUN wget -qO- my.xyz | tar x') },
    { name: 'no-verbose', code: lines('FROM node as foo', 'RUN wget -nv my.xyz', 'RUN wget --no-verbose my.xyz') },
    { name: 'a log file', code: lines('FROM node as foo', 'RUN wget --output-file=/tmp/wget.log my.xyz', 'RUN wget -o /tmp/wget.log my.xyz', 'RUN wget --append-output=/tmp/wget.log my.xyz', 'RUN wget -a /tmp/wget.log my.xyz') },
  ],
  invalid: [
    { name: 'plain wget', code: lines('FROM node as foo', 'RUN wget my.xyz'), findings: [{ line: 2, message: /--progress=dot:giga/ }] },
    { name: '-O is not quiet', code: lines('FROM node as foo', 'RUN wget -O /tmp/x.tgz my.xyz'), findings: [{ line: 2 }] },
    {
      name: '--fix adds --progress=dot:giga',
      code: lines('FROM debian:bookworm-slim', 'RUN wget -O /tmp/x.tgz https://example.com/x.tgz && tar xzf /tmp/x.tgz'),
      findings: [{ line: 2 }],
      output: lines('FROM debian:bookworm-slim', 'RUN wget --progress=dot:giga -O /tmp/x.tgz https://example.com/x.tgz && tar xzf /tmp/x.tgz'),
    },
  ],
});
