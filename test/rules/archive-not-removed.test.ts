import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('archive-not-removed', {
  valid: [
    { name: 'deleted in the same RUN', code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSLo /tmp/t.tgz https://e.x/t-1.2.tgz && tar -xzf /tmp/t.tgz -C /opt && rm /tmp/t.tgz') },
    { name: 'a folder cleaned', code: lines('FROM debian:bookworm-slim', 'RUN cd /tmp && wget -q https://e.x/t-1.2.zip && unzip t-1.2.zip -d /opt && rm -rf /tmp/*') },
    { name: 'streamed', code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSL https://e.x/t-1.2.tgz | tar -xz -C /opt') },
    { name: 'a build stage', code: lines('FROM debian:bookworm-slim AS build', 'RUN curl -fsSLO https://e.x/t-1.2.tgz && tar xzf t-1.2.tgz', 'FROM scratch', 'COPY --from=build /t /t') },
    { name: 'deleted in a later RUN (split-cleanup reports it)', code: lines('FROM debian:bookworm-slim', 'RUN wget -q https://e.x/t-1.2.tgz && tar xzf t-1.2.tgz', 'RUN rm t-1.2.tgz') },
    { name: 'downloaded but not unpacked', code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSLo /usr/local/bin/tool https://e.x/tool-1.2 && chmod +x /usr/local/bin/tool') },
  ],
  invalid: [
    {
      name: 'tar of a download',
      code: lines('FROM debian:bookworm-slim', 'WORKDIR /opt', 'RUN curl -fsSLO https://e.x/t-1.2.tgz \\', ' && tar -xzf t-1.2.tgz'),
      findings: [{ line: 4, message: /unpacks \/opt\/t-1\.2\.tgz \(downloaded on line 3\).*rm \/opt\/t-1\.2\.tgz/ }],
    },
    { name: 'dpkg -i of a download', code: lines('FROM debian:bookworm-slim', 'RUN wget -q https://e.x/p_1.2_amd64.deb && dpkg -i p_1.2_amd64.deb'), findings: [{ line: 2, message: /`dpkg` installs/ }] },
    { name: 'unzip, with the folder changed', code: lines('FROM debian:bookworm-slim', 'RUN cd /tmp && curl -fsSLo t.zip https://e.x/t-1.2.zip && unzip t.zip -d /opt'), findings: [{ line: 2, message: /\/tmp\/t\.zip/ }] },
    {
      name: '--fix removes the archive by its absolute path at the end of the RUN',
      code: lines('FROM debian:bookworm-slim', 'RUN cd /tmp && wget -q https://e.x/t-1.2.zip && unzip t-1.2.zip -d /opt && cd /opt'),
      findings: [{ line: 2 }],
      output: lines('FROM debian:bookworm-slim', 'RUN cd /tmp && wget -q https://e.x/t-1.2.zip && unzip t-1.2.zip -d /opt && cd /opt && rm -f /tmp/t-1.2.zip'),
    },
    {
      name: 'no fix when a later RUN reads the archive',
      code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSLo /tmp/t.tgz https://e.x/t-1.2.tgz && tar -xzf /tmp/t.tgz -C /opt', 'RUN tar -tzf /tmp/t.tgz > /opt/files.txt'),
      findings: [{ line: 2 }],
      output: lines('FROM debian:bookworm-slim', 'RUN curl -fsSLo /tmp/t.tgz https://e.x/t-1.2.tgz && tar -xzf /tmp/t.tgz -C /opt', 'RUN tar -tzf /tmp/t.tgz > /opt/files.txt'),
    },
  ],
});
