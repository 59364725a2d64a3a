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
    { name: 'CMD in shell form (hadolint DL3025)', code: lines('FROM busybox', 'CMD my-service server'), findings: [{ line: 2, message: /CMD in shell form.*write CMD \["my-service", "server"\]/ }] },
    { name: 'ENTRYPOINT in shell form (hadolint DL3025)', code: lines('FROM busybox', 'ENTRYPOINT s3cmd'), findings: [{ line: 2, message: /ENTRYPOINT \["s3cmd"\]/ }] },
    { name: 'shell features', code: lines('FROM busybox', 'CMD ./run.sh && tail -f /dev/null'), findings: [{ line: 2, message: /with `exec`/ }] },
    { name: 'broken JSON', code: lines('FROM busybox', "CMD ['app', '--serve']"), findings: [{ line: 2, message: /not valid JSON/ }] },
    { name: 'SHELL set after the CMD does not count', code: lines('FROM alpine', 'CMD echo hi', 'SHELL ["/bin/ash", "-c"]'), findings: [{ line: 2 }] },
  ],
});
