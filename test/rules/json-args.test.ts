import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('json-args', {
  valid: [
    { name: 'exec form (hadolint DL3025)', code: lines('FROM busybox', 'CMD ["foo", "bar"]', 'ENTRYPOINT ["foo", "bar"]') },
    { name: 'exec form with spaces (hadolint DL3025)', code: lines('FROM busybox', 'CMD [ "foo", "bar" ]') },
    { name: 'a stage that sets SHELL', code: lines('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'SHELL ["powershell", "-Command"]', 'CMD Write-Host hi') },
    { name: 'a HEALTHCHECK in shell form', code: lines('FROM nginx:1.27', 'HEALTHCHECK CMD curl -f http://localhost/ || exit 1') },
  ],
  invalid: [
    {
      name: 'CMD in shell form (hadolint DL3025)',
      code: lines('FROM busybox', 'CMD my-service server'),
      findings: [{ line: 2, message: /CMD in shell form.*write CMD \["my-service", "server"\]/ }],
      output: lines('FROM busybox', 'CMD ["my-service", "server"]'),
    },
    {
      name: 'ENTRYPOINT in shell form (hadolint DL3025): unsafe, it starts taking arguments',
      code: lines('FROM busybox', 'ENTRYPOINT s3cmd'),
      findings: [{ line: 2, message: /ENTRYPOINT \["s3cmd"\]/ }],
      output: lines('FROM busybox', 'ENTRYPOINT ["s3cmd"]'),
      unsafe: true,
    },
    {
      name: 'ENTRYPOINT is not fixed with --fix, nor where the stage sets a CMD it would start appending',
      code: lines('FROM busybox AS a', 'ENTRYPOINT s3cmd', 'FROM busybox', 'CMD ["--help"]', 'ENTRYPOINT s3cmd sync'),
      findings: [{ line: 2 }, { line: 5 }],
      output: lines('FROM busybox AS a', 'ENTRYPOINT s3cmd', 'FROM busybox', 'CMD ["--help"]', 'ENTRYPOINT s3cmd sync'),
    },
    {
      name: 'a leading exec is dropped; builtins, variables and comments keep the shell',
      code: lines('FROM node:22-slim', 'CMD exec node server.js --port=80', 'FROM node:22-slim', 'CMD cd /app', 'FROM node:22-slim', 'CMD node server.js --port $PORT', 'FROM node:22-slim', 'CMD node server.js # the app', 'FROM node:22-slim', 'CMD NODE_ENV=production node server.js'),
      findings: [{ line: 2 }, { line: 4 }, { line: 6 }, { line: 8 }, { line: 10 }],
      output: lines('FROM node:22-slim', 'CMD ["node", "server.js", "--port=80"]', 'FROM node:22-slim', 'CMD cd /app', 'FROM node:22-slim', 'CMD node server.js --port $PORT', 'FROM node:22-slim', 'CMD node server.js # the app', 'FROM node:22-slim', 'CMD NODE_ENV=production node server.js'),
    },
    { name: 'shell features', code: lines('FROM busybox', 'CMD ./run.sh && tail -f /dev/null'), findings: [{ line: 2, message: /with `exec`/ }], output: lines('FROM busybox', 'CMD ./run.sh && tail -f /dev/null') },
    { name: 'broken JSON', code: lines('FROM busybox', "CMD ['app', '--serve']"), findings: [{ line: 2, message: /not valid JSON/ }] },
    { name: 'SHELL set after the CMD does not count', code: lines('FROM alpine', 'CMD echo hi', 'SHELL ["/bin/ash", "-c"]'), findings: [{ line: 2 }] },
  ],
});
