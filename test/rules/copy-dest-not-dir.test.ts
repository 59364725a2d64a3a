import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('copy-dest-not-dir', {
  valid: [
    { name: 'two sources into a folder (hadolint DL3021)', code: lines('FROM alpine', 'COPY foo bar baz/') },
    { name: 'one source (hadolint DL3021)', code: lines('FROM alpine', 'COPY foo bar') },
    { name: 'with --from and quotes', code: lines('FROM alpine AS a', 'FROM alpine', 'COPY --from=a ["foo", "bar", "/baz/"]') },
    { name: 'a Windows folder', code: lines('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'COPY a.txt b.txt C:\\\\app\\\\') },
  ],
  invalid: [
    { name: 'two sources, no slash (hadolint DL3021)', code: lines('FROM alpine', 'COPY foo bar baz'), findings: [{ line: 2, message: /COPY of 2 sources needs a folder as destination: write "baz\/"/ }] },
    { name: 'exec form', code: lines('FROM alpine', 'COPY ["foo", "bar", "baz"]'), findings: [{ line: 2 }] },
    { name: 'ADD too', code: lines('FROM alpine', 'ADD a.txt b.txt /opt'), findings: [{ line: 2, message: /^ADD of 2/ }] },
    {
      name: '--fix adds the slash, inside quotes too, and leaves the JSON form',
      code: lines('FROM alpine', 'COPY foo bar baz', 'ADD a.txt b.txt "/opt/app"', 'COPY ["foo", "bar", "baz"]'),
      findings: [{ line: 2 }, { line: 3 }, { line: 4 }],
      output: lines('FROM alpine', 'COPY foo bar baz/', 'ADD a.txt b.txt "/opt/app/"', 'COPY ["foo", "bar", "baz"]'),
    },
    {
      name: 'a heredoc marker as the last word is left alone: a slash would rename it',
      code: lines('FROM alpine', 'COPY a.txt b.txt <<-'),
      findings: [{ line: 2 }],
      output: lines('FROM alpine', 'COPY a.txt b.txt <<-'),
    },
  ],
});
