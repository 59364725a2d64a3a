import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('last-user-root', {
  valid: [
    { name: 'no USER (hadolint DL3002)', code: lines('FROM scratch', 'RUN foo') },
    { name: 'a non-root user (hadolint DL3002)', code: lines('FROM scratch', 'USER foo') },
    { name: 'root, then another user (hadolint DL3002)', code: lines('FROM scratch', 'USER root', 'RUN foo', 'USER foo') },
    { name: 'root in a build stage only (hadolint reports it; the final image does not run as root)', code: lines('FROM debian:12 AS build', 'USER root', 'FROM debian:12', 'USER app') },
    { name: 'a user named like root', code: lines('FROM alpine', 'USER rootless') },
  ],
  invalid: [
    { name: 'USER root last (hadolint DL3002)', code: lines('FROM scratch', 'USER root'), findings: [{ line: 2, message: /runs as root/ }] },
    { name: 'root with a group (hadolint DL3002)', code: lines('FROM scratch', 'USER root:root'), findings: [{ line: 2 }] },
    { name: 'uid 0 (hadolint DL3002)', code: lines('FROM scratch', 'USER 0:0'), findings: [{ line: 2, message: /runs as 0:0/ }] },
    { name: 'root set in the stage the final image is built on', code: lines('FROM debian:12 AS base', 'USER root', 'FROM base', 'CMD ["sh"]'), findings: [{ line: 2 }] },
  ],
});
