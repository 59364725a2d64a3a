import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('git-clone-history', {
  valid: [
    { name: 'a shallow clone', code: lines('FROM python:3.12-slim', 'RUN git clone --depth 1 --branch v2.3.0 https://github.com/example/tool.git /opt/tool') },
    { name: 'a partial clone', code: lines('FROM ruby:3.3', 'RUN git clone --filter=tree:0 https://github.com/example/app.git /var/www/app') },
    { name: '.git removed in the same RUN', code: lines('FROM python:3.12-slim', 'RUN git clone https://github.com/example/tool.git /opt/tool && rm -rf /opt/tool/.git') },
    { name: 'the clone removed after the build', code: lines('FROM debian:bookworm-slim', 'WORKDIR /src', 'RUN git clone https://github.com/example/tool.git && make -C tool install && rm -rf /src/tool') },
    { name: 'a build stage', code: lines('FROM golang:1.23 AS build', 'RUN git clone https://github.com/example/tool.git /src', 'FROM debian:bookworm-slim', 'COPY --from=build /src/bin/tool /usr/local/bin/') },
    { name: 'a mirror', code: lines('FROM alpine/git:2.45.2', 'RUN git clone --mirror https://github.com/example/tool.git /srv/tool.git') },
    { name: 'a folder written as a variable', code: lines('FROM debian:bookworm-slim', 'RUN git clone https://github.com/example/tool.git "$(mktemp -d)/tool"') },
  ],
  invalid: [
    {
      name: 'a full clone kept',
      code: lines('FROM python:3.12-slim', 'RUN git clone --branch v2.3.0 https://github.com/example/tool.git /opt/tool && pip install --no-cache-dir /opt/tool'),
      findings: [{ line: 2, message: /`git clone` without --depth keeps the repository's whole history in \/opt\/tool\/\.git.*--depth 1/, bytes: null }],
    },
    {
      name: 'into the home folder and the working directory',
      code: lines('FROM node:22', 'RUN cd ~ && git clone https://github.com/example/emsdk.git', 'WORKDIR /srv', 'RUN git clone https://github.com/example/app.git . && npm ci'),
      findings: [{ line: 2, message: /\$HOME\/emsdk\/\.git/ }, { line: 4, message: /in \/srv\/\.git/ }],
    },
    {
      name: 'only the checkout removed, not the history',
      code: lines('FROM debian:bookworm-slim', 'RUN git clone https://github.com/example/tool.git /opt/tool && rm -rf /opt/tool/docs'),
      findings: [{ line: 2 }],
    },
    {
      name: '--fix-unsafe clones shallow',
      code: lines('FROM python:3.12-slim', 'RUN git clone https://github.com/example/tool.git /opt/tool && pip install --no-cache-dir /opt/tool'),
      findings: [{ line: 2 }],
      output: lines('FROM python:3.12-slim', 'RUN git clone --depth 1 https://github.com/example/tool.git /opt/tool && pip install --no-cache-dir /opt/tool'),
      unsafe: true,
    },
  ],
});
