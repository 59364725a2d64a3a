import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL4006 spec, plus `set -o pipefail` in the RUN.
testRule('pipefail', {
  valid: [
    { name: 'no pipe', code: lines('FROM scratch as build', 'RUN wget -O - https://some.site && wc -l file > /number') },
    { name: 'SHELL with -eo pipefail', code: lines('FROM scratch as build', 'SHELL ["/bin/bash", "-eo", "pipefail", "-c"]', 'RUN wget -O - https://some.site | wc -l file > /number') },
    { name: 'SHELL with -e -o pipefail', code: lines('FROM scratch as build', 'SHELL ["/bin/bash", "-e", "-o", "pipefail", "-c"]', 'RUN wget -O - https://some.site | wc -l file > /number') },
    { name: 'SHELL with -o errexit -o pipefail', code: lines('FROM scratch as build', 'SHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]', 'RUN wget -O - https://some.site | wc -l file > /number') },
    { name: 'zsh', code: lines('FROM scratch as build', 'SHELL ["/bin/zsh", "-o", "pipefail", "-c"]', 'RUN wget -O - https://some.site | wc -l file > /number') },
    { name: 'a non-standard path', code: lines('FROM scratch as build', 'SHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]', 'RUN wget -O - https://some.site | wc -l file > /number') },
    { name: 'powershell', code: lines('FROM mcr.microsoft.com/powershell:ubuntu-16.04', 'SHELL [ "pwsh", "-c" ]', 'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value') },
    { name: 'cmd.exe', code: lines('FROM mcr.microsoft.com/powershell:ubuntu-16.04', 'SHELL [ "cmd.exe", "/c" ]', 'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value') },
    { name: 'set -o pipefail in the RUN', code: lines('FROM debian:bookworm-slim', 'RUN set -euxo pipefail; curl -fsSL https://x.example/a.tgz | tar xz') },
    { name: 'a pipe fed only by echo', code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSLo x.tgz https://x.example/x.tgz && echo "$SUM  x.tgz" | sha256sum -c -') },
    { name: 'SHELL inherited from the base stage', code: lines('FROM debian:bookworm-slim AS base', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'FROM base', 'RUN curl -fsSL https://x.example/a.tgz | tar xz') },
  ],
  invalid: [
    { name: 'missing pipefail', code: lines('FROM scratch', 'RUN wget -O - https://some.site | wc -l > /number'), findings: [{ line: 2, message: /pipefail/ }] },
    { name: 'plain sh', code: lines('FROM scratch as build', 'SHELL ["/bin/sh", "-o", "pipefail", "-c"]', 'RUN wget -O - https://some.site | wc -l file > /number'), findings: [{ line: 3 }] },
    {
      name: 'the next stage',
      code: lines('FROM scratch as build', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'RUN wget -O - https://some.site | wc -l file > /number', 'FROM scratch as build2', 'RUN wget -O - https://some.site | wc -l file > /number'),
      findings: [{ line: 5 }],
    },
    {
      name: 'a later SHELL without it',
      code: lines('FROM scratch as build', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'RUN wget -O - https://some.site | wc -l file > /number', 'SHELL ["/bin/sh", "-c"]', 'RUN wget -O - https://some.site | wc -l file > /number'),
      findings: [{ line: 5 }],
    },
    { name: 'set -o pipefail after the pipe', code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSL https://x.example/a.tgz | tar xz; set -o pipefail'), findings: [{ line: 2 }] },
    {
      name: '--fix-unsafe adds SHELL with pipefail once per stage, above the comments over the RUN',
      code: lines('FROM debian:bookworm-slim AS base', 'RUN apt-get update', '# hadolint ignore=DL3008', 'RUN curl -fsSL https://example.com/a.tgz | tar xz', 'RUN wget -qO- https://example.com/b.tgz | tar xz', 'FROM base', 'RUN curl -fsSL https://example.com/c.sh | sh'),
      findings: [{ line: 4 }, { line: 5 }, { line: 7 }],
      output: lines('FROM debian:bookworm-slim AS base', 'RUN apt-get update', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', '# hadolint ignore=DL3008', 'RUN curl -fsSL https://example.com/a.tgz | tar xz', 'RUN wget -qO- https://example.com/b.tgz | tar xz', 'FROM base', 'RUN curl -fsSL https://example.com/c.sh | sh'),
      unsafe: true,
    },
    {
      name: 'no fix where bash may be missing (Alpine) or a SHELL is set',
      code: lines('FROM node:22-alpine', 'RUN curl -fsSL https://example.com/a.tgz | tar xz', 'FROM debian:bookworm-slim', 'SHELL ["/bin/sh", "-c"]', 'RUN curl -fsSL https://example.com/a.tgz | tar xz'),
      findings: [{ line: 2 }, { line: 5 }],
      output: lines('FROM node:22-alpine', 'RUN curl -fsSL https://example.com/a.tgz | tar xz', 'FROM debian:bookworm-slim', 'SHELL ["/bin/sh", "-c"]', 'RUN curl -fsSL https://example.com/a.tgz | tar xz'),
      unsafe: true,
    },
  ],
});
