import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('user-not-numeric', {
  valid: [
    { name: 'a uid (hadolint DL3066)', code: lines('FROM alpine', 'USER 1000') },
    { name: 'uid and gid (hadolint DL3066)', code: lines('FROM alpine', 'USER 1000:1000') },
    { name: 'a build argument without a default (hadolint DL3066)', code: lines('FROM alpine', 'ARG UID', 'USER ${UID}') },
    { name: 'a build argument with a numeric default', code: lines('FROM alpine', 'ARG UID=10001', 'USER $UID') },
    { name: 'a name in a build stage only', code: lines('FROM alpine AS build', 'USER builder', 'FROM alpine', 'USER 1000') },
  ],
  invalid: [
    { name: 'a name (hadolint DL3066)', code: lines('FROM alpine', 'USER nobody'), findings: [{ line: 2, message: /USER nobody is a name/ }] },
    { name: 'a name with a group (hadolint DL3066)', code: lines('FROM alpine', 'USER app:app'), findings: [{ line: 2 }] },
    { name: 'a build argument with a name as default', code: lines('FROM alpine', 'ARG USERNAME=app', 'USER $USERNAME'), findings: [{ line: 3, message: /USER app/ }] },
  ],
});
