import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('split-cleanup', {
  valid: [
    {
      name: 'cleanup in the same RUN',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*'),
    },
    {
      name: 'download, unpack and delete in one RUN',
      code: lines('FROM debian:bookworm-slim', 'RUN cd /tmp && curl -fsSLO https://example.com/tool.tar.gz && tar -xzf tool.tar.gz -C /opt && rm tool.tar.gz'),
    },
    {
      name: 'cleanup inside a heredoc RUN',
      code: lines('FROM debian:bookworm-slim', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'rm -rf /var/lib/apt/lists/*', 'EOF'),
    },
    {
      name: 'a later layer deletes what the base image shipped, not this file',
      code: lines('FROM debian:bookworm-slim', 'RUN rm -rf /usr/share/doc/*'),
    },
    {
      name: 'a copied script deleted later is a few kB: not reported',
      code: lines('FROM debian:bookworm-slim', 'COPY install.sh /tmp/install.sh', 'RUN /tmp/install.sh && rm /tmp/install.sh'),
    },
    {
      name: 'a build stage that does not reach the final image',
      code: lines('FROM debian:bookworm AS build', 'RUN apt-get update', 'RUN rm -rf /var/lib/apt/lists/*', 'FROM debian:bookworm-slim'),
    },
    {
      name: '>&2 writes no file',
      code: lines('FROM debian:bookworm-slim', 'RUN echo >&2 "building"', 'RUN rm -rf /tmp/*'),
    },
  ],
  invalid: [
    {
      name: 'apt lists removed in a later RUN',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl', 'RUN rm -rf /var/lib/apt/lists/*'),
      findings: [{ line: 3, message: /rm \/var\/lib\/apt\/lists\/\*.*apt cache written on line 2/, bytes: 19_872_227 }],
    },
    {
      name: 'yum clean all in a later RUN',
      code: lines('FROM rockylinux:9', 'RUN yum install -y httpd', 'RUN yum clean all'),
      findings: [{ line: 3, message: /yum clean all.*line 2/, bytes: 'some' }],
    },
    {
      name: 'a downloaded archive deleted in a later RUN',
      code: lines('FROM debian:bookworm-slim', 'WORKDIR /tmp', 'RUN wget https://example.com/app.tar.gz', 'RUN tar -xzf app.tar.gz -C /opt', 'RUN rm app.tar.gz'),
      findings: [{ line: 5, message: /\/tmp\/app\.tar\.gz written by RUN on line 3.*clean up in the RUN/ }],
    },
    {
      name: 'copied folder partly deleted later',
      code: lines('FROM node:22-slim', 'COPY . /app', 'RUN rm -rf /app/test'),
      findings: [{ line: 3, message: /\/app written by COPY on line 2.*--mount=type=bind/ }],
    },
    {
      name: 'through a stage alias: the cache came from the base stage',
      code: lines('FROM debian:bookworm-slim AS base', 'RUN apt-get update', 'FROM base', 'RUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*'),
      findings: [{ line: 4, message: /written on line 2/ }],
    },
  ],
});
