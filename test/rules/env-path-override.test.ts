import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('env-path-override', {
  valid: [
    { name: 'extending PATH', code: lines('FROM python:3.12-slim', 'ENV PATH=/opt/venv/bin:$PATH', 'ENV PATH="${PATH}:/opt/tools/bin" HOME=/root') },
    { name: 'PATH written out in full', code: lines('FROM debian:bookworm-slim', 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin') },
    { name: 'PATH through a variable of unknown value', code: lines('FROM debian:bookworm-slim', 'ARG ORIGINAL_PATH', 'ENV PATH=/opt/bin:${ORIGINAL_PATH}') },
    { name: 'a scratch image', code: lines('FROM scratch', 'COPY app /app/bin/app', 'ENV PATH=/app/bin') },
    { name: 'a Windows PATH', code: lines('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'ENV PATH="C:\\Program Files\\Git\\cmd;C:\\Windows\\system32"') },
    { name: 'the legacy form, extending', code: lines('FROM node:22-slim', 'ENV PATH /app/node_modules/.bin:$PATH') },
  ],
  invalid: [
    {
      name: 'PATH set to one folder',
      code: lines('FROM python:3.12-slim', 'ENV PATH=/opt/venv/bin', 'RUN python -m venv /opt/venv'),
      findings: [{ line: 2, message: /`PATH=\/opt\/venv\/bin` replaces the base image's PATH.*PATH=\/opt\/venv\/bin:\$PATH/, bytes: null }],
    },
    {
      name: 'in the legacy form, and through a known variable',
      code: lines('FROM node:22-slim AS base', 'ENV PATH /app/node_modules/.bin', 'FROM base', 'ARG TOOLS=/opt/tools', 'ENV PATH="$TOOLS/bin:/opt/other/bin"'),
      findings: [{ line: 2 }, { line: 5, message: /PATH=\/opt\/tools\/bin:\/opt\/other\/bin/ }],
    },
    {
      name: 'PATH emptied',
      code: lines('FROM alpine:3.20', 'ENV PATH=""'),
      findings: [{ line: 2, message: /`PATH=`/ }],
    },
  ],
});
