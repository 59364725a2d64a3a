import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL3003 spec, plus dfscan's exception for temporary folders.
testRule('cd-instead-of-workdir', {
  valid: [
    { name: 'WORKDIR', code: lines('FROM debian:bookworm-slim', 'WORKDIR /usr/src', 'RUN make') },
    { name: 'a cd into /tmp', code: lines('FROM debian:bookworm-slim', 'RUN cd /tmp && curl -fsSLO https://example.com/x.tar.gz && tar xf x.tar.gz') },
    {
      name: 'a cd into a folder the RUN deletes',
      code: lines('FROM debian:bookworm-slim', 'RUN mkdir /build && cd /build && git clone https://example.com/r.git && make -C r install && cd / && rm -rf /build'),
    },
    { name: 'exec form runs no shell', code: lines('FROM debian:bookworm-slim', 'RUN ["make", "-C", "/usr/src"]') },
  ],
  invalid: [
    { name: 'cd', code: lines('FROM debian:bookworm-slim', 'RUN cd /usr/src/app && git pull'), findings: [{ line: 2, message: /`cd \/usr\/src\/app`.*WORKDIR/ }] },
    {
      name: 'cd back out of a temporary folder still counts for the other',
      code: lines('FROM debian:bookworm-slim', 'RUN cd /opt/app && make && cd /tmp && rm -rf /tmp/*'),
      findings: [{ line: 2, message: /\/opt\/app/ }],
    },
  ],
});
