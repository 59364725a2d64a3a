import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('copy-relative-no-workdir', {
  valid: [
    { name: 'absolute destination (hadolint DL3045)', code: lines('FROM scratch', 'COPY bar /usr/src/app/') },
    { name: 'WORKDIR set (hadolint DL3045)', code: lines('FROM scratch', 'WORKDIR /usr/src/app', 'COPY bar .') },
    { name: 'WORKDIR set in the base stage (hadolint DL3045)', code: lines('FROM debian:buster AS base', 'WORKDIR /usr/src/app', 'FROM base AS build', 'COPY bar .') },
    { name: 'WORKDIR set two stages up', code: lines('FROM debian:buster AS a', 'WORKDIR /usr/src/app', 'FROM a AS b', 'RUN true', 'FROM b', 'COPY bar .') },
    { name: 'a destination from a variable that is absolute', code: lines('FROM alpine', 'ENV APP=/srv/app', 'COPY . $APP') },
    { name: 'a Windows absolute path', code: lines('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'COPY app.exe C:\\\\app\\\\') },
    { name: 'an unknown build argument is not judged', code: lines('FROM alpine', 'ARG DEST', 'COPY a $DEST') },
  ],
  invalid: [
    { name: 'relative, no WORKDIR (hadolint DL3045)', code: lines('FROM scratch', 'COPY bar .'), findings: [{ line: 2, message: /relative path "\." with no WORKDIR set/ }] },
    { name: 'WORKDIR only in another stage (hadolint DL3045)', code: lines('FROM debian:buster AS base', 'WORKDIR /usr/src/app', 'FROM debian:buster', 'COPY bar .'), findings: [{ line: 4 }] },
    { name: 'WORKDIR only in a stage beside, built on the same base', code: lines('FROM debian:buster AS a', 'FROM a AS b', 'WORKDIR /srv', 'FROM a', 'COPY bar .'), findings: [{ line: 5 }] },
    { name: 'WORKDIR after the COPY', code: lines('FROM alpine', 'ADD app.tar.gz app/', 'WORKDIR /app'), findings: [{ line: 2 }] },
  ],
});
