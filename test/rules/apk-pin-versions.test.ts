import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// Cases from hadolint's own spec for apk-pin-versions, plus dfscan's documented differences.
testRule('apk-pin-versions', {
  valid: [
    { name: 'pinned', code: lines('FROM alpine:3.22', 'RUN apk add flex=2.6.4-r1', 'RUN apk add --no-cache git~2.52.0') },
    { name: 'pinned in a chain', code: lines('FROM alpine:3.22', 'RUN apk add --no-cache flex=2.6.4-r1 \\', ' && pip install -r requirements.txt') },
    { name: 'several pinned', code: lines('FROM alpine:3.22', 'RUN apk add --no-cache \\', 'flex=2.6.4-r1 \\', 'libffi=3.2.1-r3 \\', 'python2=2.7.13-r1 \\', 'libbz2=1.0.6-r5') },
    { name: 'a virtual package', code: lines('FROM alpine:3.22', 'RUN apk add \\', '--virtual build-dependencies \\', 'python-dev=1.1.1 build-base=2.2.2 wget=3.3.3 \\', '&& pip install -r requirements.txt \\', '&& python setup.py install \\', '&& apk del build-dependencies') },
    { name: 'a repository', code: lines('FROM alpine:3.22', 'RUN apk add --no-cache --repository https://nl.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0', 'RUN apk add --no-cache --repository=https://nl.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0', 'RUN apk add --no-cache -X https://nl.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0') },
    { name: 'a local .apk', code: lines('FROM alpine:3.22', 'RUN apk add mypackage-1.1.1.apk') },
  ],
  invalid: [
    { name: 'unpinned', code: lines('FROM alpine:3.22', 'RUN apk add flex'), findings: [{ line: 2, message: /flex/ }] },
    { name: 'one missed', code: lines('FROM alpine:3.22', 'RUN apk add --no-cache \\', 'flex=2.6.4-r1 \\', 'libffi \\', 'python2=2.7.13-r1 \\', 'libbz2=1.0.6-r5'), findings: [{ line: 2, message: /of\ libffi\ open/ }] },
  ],
});
