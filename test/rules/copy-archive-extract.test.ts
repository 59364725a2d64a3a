import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('copy-archive-extract', {
  valid: [
    { name: 'ADD unpacks the archive (hadolint DL3010)', code: lines('FROM alpine:3.24', 'ADD foo.tar.gz /opt/') },
    { name: 'an archive copied and not unpacked (hadolint DL3010)', code: lines('FROM alpine:3.24', 'COPY foo.tar.gz /foo.tar.gz') },
    { name: 'another archive unpacked', code: lines('FROM alpine:3.24', 'COPY foo.tar.gz /tmp/', 'RUN tar -xf /tmp/bar.tar.gz') },
    { name: 'a zip, which ADD would not unpack', code: lines('FROM alpine:3.24', 'COPY app.zip /tmp/', 'RUN unzip /tmp/app.zip -d /opt') },
    { name: 'listing, not extracting', code: lines('FROM alpine:3.24', 'COPY foo.tar /tmp/', 'RUN tar -tf /tmp/foo.tar') },
    {
      name: 'unpacked in a build stage (hadolint reports it; it costs the final image nothing)',
      code: lines('FROM alpine:3.24 AS build', 'COPY foo.tar.gz /tmp/', 'RUN tar -xzf /tmp/foo.tar.gz -C /opt', 'FROM alpine:3.24', 'COPY --from=build /opt /opt'),
    },
    { name: 'a download unpacked in the same RUN', code: lines('FROM alpine:3.24', 'RUN wget -O- https://x.org/a-1.0.tar.gz | tar -xz') },
  ],
  invalid: [
    {
      name: 'copied then unpacked (hadolint DL3010)',
      code: lines('FROM alpine:3.24', 'COPY foo.tar.gz /foo.tar.gz', 'RUN tar -xf /foo.tar.gz'),
      findings: [{ line: 2, message: /foo\.tar\.gz is copied in this layer and unpacked by `tar` on line 3.*ADD foo\.tar\.gz/, bytes: null }],
    },
    {
      name: 'old-style flags, archive in a folder, relative name',
      code: lines('FROM debian:bookworm-slim', 'WORKDIR /tmp', 'COPY dist/app-1.0.tgz ./', 'RUN tar xzf app-1.0.tgz && rm app-1.0.tgz'),
      findings: [{ line: 3 }],
    },
    {
      name: 'a download by ADD, unpacked later',
      code: lines('FROM alpine:3.24', 'ADD https://example.com/tool-1.2.tar.gz /tmp/', 'RUN tar -xzf /tmp/tool-1.2.tar.gz -C /usr/local'),
      findings: [{ line: 2, message: /ADD downloads tool-1\.2\.tar\.gz without unpacking it/ }],
    },
    {
      name: 'in the stage the final image is built on',
      code: lines('FROM alpine:3.24 AS base', 'COPY a.tar.xz /a.tar.xz', 'FROM base', 'RUN tar --extract -f /a.tar.xz'),
      findings: [{ line: 2 }],
    },
  ],
});
