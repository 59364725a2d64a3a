import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('multiple-instructions', {
  valid: [
    { name: 'one CMD (hadolint DL4003)', code: lines('FROM busybox', 'CMD /bin/true') },
    { name: 'one CMD per stage (hadolint DL4003)', code: lines('FROM debian:buster', 'CMD /bin/true', 'FROM debian:buster', 'CMD /bin/true') },
    { name: 'one ENTRYPOINT per stage (hadolint DL4004)', code: lines('FROM debian:buster', 'ENTRYPOINT /bin/true', 'FROM debian:buster', 'ENTRYPOINT /bin/true') },
    { name: 'one HEALTHCHECK per stage (hadolint DL3012)', code: lines('FROM scratch', 'HEALTHCHECK CMD /bin/bla', 'FROM scratch', 'HEALTHCHECK CMD /bin/bla2') },
    { name: 'CMD and ENTRYPOINT together', code: lines('FROM alpine', 'ENTRYPOINT ["tini", "--"]', 'CMD ["app"]') },
  ],
  invalid: [
    { name: 'two CMDs (hadolint DL4003)', code: lines('FROM busybox', 'CMD /bin/true', 'CMD /bin/true'), findings: [{ line: 3, message: /a second CMD in this stage \(the first is on line 2\)/ }] },
    { name: 'two ENTRYPOINTs (hadolint DL4004)', code: lines('FROM busybox', 'ENTRYPOINT /bin/true', 'ENTRYPOINT /bin/true'), findings: [{ line: 3, message: /ENTRYPOINT/ }] },
    { name: 'two HEALTHCHECKs (hadolint DL3012)', code: lines('FROM scratch', 'HEALTHCHECK CMD /bin/bla1', 'HEALTHCHECK CMD /bin/bla2'), findings: [{ line: 3, message: /HEALTHCHECK/ }] },
    {
      name: '--fix removes each overridden one, keeping the comment above it',
      code: lines('FROM busybox', '# start', 'CMD ["a"]', 'EXPOSE 80', 'CMD ["b"]', 'CMD ["c"]'),
      findings: [{ line: 5 }, { line: 6 }],
      output: lines('FROM busybox', '# start', '', 'EXPOSE 80', 'CMD ["c"]'),
    },
  ],
});
