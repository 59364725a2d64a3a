import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('workdir-relative', {
  valid: [
    { name: 'absolute (hadolint DL3000)', code: lines('FROM alpine', 'WORKDIR /usr/local') },
    { name: 'a variable (hadolint DL3000)', code: lines('FROM alpine', 'ARG DIR=/opt/app', 'WORKDIR ${DIR}') },
    { name: 'Windows paths (hadolint DL3000)', code: lines('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'WORKDIR C:\\\\Users', 'WORKDIR c:/app') },
    { name: 'quoted (hadolint DL3000)', code: lines('FROM alpine', 'WORKDIR "/root"') },
    { name: 'relative after an absolute one (BuildKit)', code: lines('FROM alpine', 'WORKDIR /src', 'WORKDIR app') },
    { name: 'relative after an absolute one in the base stage', code: lines('FROM alpine AS base', 'WORKDIR /src', 'FROM base', 'WORKDIR app') },
    { name: 'relative after an absolute one two stages up', code: lines('FROM alpine AS a', 'WORKDIR /src', 'FROM a AS b', 'RUN true', 'FROM b', 'WORKDIR app') },
    { name: 'a build argument without a default is not judged', code: lines('FROM alpine', 'ARG DIR', 'WORKDIR $DIR') },
  ],
  invalid: [
    { name: 'relative (hadolint DL3000)', code: lines('FROM alpine', 'WORKDIR relative/dir'), findings: [{ line: 2, message: /WORKDIR relative\/dir is relative.*\/relative\/dir/ }] },
    { name: 'relative in a stage not built on the absolute one', code: lines('FROM alpine AS a', 'WORKDIR /src', 'FROM alpine', 'WORKDIR app'), findings: [{ line: 4 }] },
    { name: 'relative in the base stage, reported there only', code: lines('FROM alpine AS a', 'WORKDIR app', 'FROM a AS b', 'WORKDIR /src', 'FROM b', 'WORKDIR more'), findings: [{ line: 2 }] },
    { name: 'relative in a stage beside the one with the absolute one', code: lines('FROM alpine AS a', 'FROM a AS b', 'WORKDIR /src', 'FROM a', 'WORKDIR app'), findings: [{ line: 5 }] },
    { name: 'a variable that resolves to a relative path', code: lines('FROM alpine', 'ENV DIR=app', 'WORKDIR $DIR'), findings: [{ line: 3 }] },
  ],
});
