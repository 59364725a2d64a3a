import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('duplicate-package-install', {
  valid: [
    { name: 'each package once', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y curl', 'RUN apt-get update && apt-get install -y git') },
    { name: 'removed in its own RUN', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y gcc && make && apt-get purge -y gcc', 'RUN apt-get update && apt-get install -y gcc') },
    { name: 'removed by a RUN in between', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y wget', 'RUN apt-get remove -y wget', 'RUN apt-get update && apt-get install -y wget') },
    {
      name: 'an apk virtual group deleted, then used again',
      code: lines('FROM alpine:3.20', 'RUN apk add --virtual .build-deps gcc musl-dev && make && apk del .build-deps', 'RUN apk add --virtual .build-deps gcc musl-dev && make && apk del .build-deps'),
    },
    { name: 'another version', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y libssl3=3.0.11-1~deb12u2', 'RUN apt-get update && apt-get install -y libssl3=3.0.15-1~deb12u1') },
    { name: 'in separate stages', code: lines('FROM debian:bookworm-slim AS build', 'RUN apt-get update && apt-get install -y curl', 'FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y curl') },
    { name: 'different managers, local files', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install -y ./tool.deb && pip install curl', 'RUN apt-get install -y ./tool.deb') },
  ],
  invalid: [
    {
      name: 'curl twice in one stage',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates', 'COPY install.sh /tmp/', 'RUN apt-get update && apt-get install -y --no-install-recommends curl git && sh /tmp/install.sh'),
      findings: [{ line: 4, message: /^curl is already installed by the RUN on line 2, and nothing removed it since/, bytes: null }],
    },
    {
      name: 'through a base stage, with a version given once',
      code: lines('FROM alpine:3.20 AS base', 'RUN apk add --no-cache bash', 'FROM base', 'RUN apk add --no-cache bash=5.2.26-r0 jq'),
      findings: [{ line: 4, message: /^bash is already installed by the RUN on line 2/ }],
    },
    {
      name: 'two stages down a chain, not in a stage beside it, and removed in one branch',
      code: lines(
        'FROM debian:bookworm-slim AS base',
        'RUN apt-get update && apt-get install -y curl wget',
        'FROM base AS middle',
        'RUN apt-get purge -y wget',
        'FROM base AS beside',
        'RUN apt-get update && apt-get install -y git',
        'FROM middle',
        'RUN apt-get update && apt-get install -y curl wget git',
      ),
      findings: [{ line: 8, message: /^curl is already installed by the RUN on line 2/ }],
    },
    {
      name: 'another package of the group removed, not this one',
      code: lines('FROM rockylinux:9', 'RUN dnf install -y wget gnupg2 && dnf remove -y gnupg2', 'RUN dnf install -y wget tar'),
      findings: [{ line: 3, message: /^wget/ }],
    },
  ],
});
