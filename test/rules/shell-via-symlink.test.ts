import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL4005 spec.
testRule('shell-via-symlink', {
  valid: [
    { name: 'SHELL', code: lines('FROM debian:bookworm-slim', 'SHELL ["/bin/bash", "-c"]', 'RUN echo $BASH_VERSION') },
    { name: 'creating /bin/sh where there is none', code: lines('FROM gcr.io/distroless/base:debug', 'SHELL ["/busybox/sh", "-c"]', 'RUN ln -s /busybox/sh /bin/sh') },
    { name: 'other links', code: lines('FROM debian:bookworm-slim', 'RUN ln -sf /usr/bin/python3 /usr/bin/python') },
  ],
  invalid: [
    { name: 'ln over /bin/sh', code: lines('FROM debian:bookworm-slim', 'RUN ln -sfv /bin/bash /bin/sh'), findings: [{ line: 2, message: /SHELL instruction/ }] },
    { name: 'ln --force', code: lines('FROM debian:bookworm-slim', 'RUN ln --symbolic --force bash /bin/sh'), findings: [{ line: 2 }] },
  ],
});
