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
      output: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*'),
    },
    {
      name: 'yum clean all in a later RUN',
      code: lines('FROM rockylinux:9', 'RUN yum install -y httpd', 'RUN yum clean all'),
      findings: [{ line: 3, message: /yum clean all.*line 2/, bytes: 'some' }],
      output: lines('FROM rockylinux:9', 'RUN yum install -y httpd && yum clean all'),
    },
    {
      name: 'a downloaded archive deleted in a later RUN',
      code: lines('FROM debian:bookworm-slim', 'WORKDIR /tmp', 'RUN wget https://example.com/app.tar.gz', 'RUN tar -xzf app.tar.gz -C /opt', 'RUN rm app.tar.gz'),
      findings: [{ line: 5, message: /\/tmp\/app\.tar\.gz written by RUN on line 3.*clean up in the RUN/ }],
      // The RUN in between reads the archive, and the path is relative: left alone.
      output: lines('FROM debian:bookworm-slim', 'WORKDIR /tmp', 'RUN wget https://example.com/app.tar.gz', 'RUN tar -xzf app.tar.gz -C /opt', 'RUN rm app.tar.gz'),
    },
    {
      name: 'copied folder partly deleted later',
      code: lines('FROM node:22-slim', 'COPY . /app', 'RUN rm -rf /app/test'),
      findings: [{ line: 3, message: /\/app written by COPY on line 2.*--mount=type=bind/ }],
      output: lines('FROM node:22-slim', 'COPY . /app', 'RUN rm -rf /app/test'),
    },
    {
      name: 'through a stage alias: the cache came from the base stage',
      code: lines('FROM debian:bookworm-slim AS base', 'RUN apt-get update', 'FROM base', 'RUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*'),
      findings: [{ line: 4, message: /written on line 2/ }],
      // The base stage is another stage: fixing it there is left to the reader.
      output: lines('FROM debian:bookworm-slim AS base', 'RUN apt-get update', 'FROM base', 'RUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*'),
    },
    {
      name: 'the later RUN keeps its other commands',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y curl', 'RUN rm -rf /var/lib/apt/lists/* && useradd app'),
      findings: [{ line: 3 }],
      output: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*', 'RUN useradd app'),
    },
    {
      name: 'continuation lines in the style of the RUN, leading &&',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update \\', '    && apt-get install -y curl', 'RUN echo done && rm -rf /var/lib/apt/lists/*'),
      findings: [{ line: 4 }],
      output: lines('FROM debian:bookworm-slim', 'RUN apt-get update \\', '    && apt-get install -y curl \\', '    && rm -rf /var/lib/apt/lists/*', 'RUN echo done'),
    },
    {
      name: 'continuation lines in the style of the RUN, trailing &&',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && \\', '  apt-get install -y \\', '    curl', 'RUN rm -rf /var/lib/apt/lists/*'),
      findings: [{ line: 5 }],
      output: lines('FROM debian:bookworm-slim', 'RUN apt-get update && \\', '  apt-get install -y \\', '    curl && \\', '  rm -rf /var/lib/apt/lists/*'),
    },
    {
      name: 'the later RUN also writes the cache: the cleanup is added to the first and kept in the second',
      code: lines('FROM centos:7', 'RUN yum -y install epel-release', 'RUN yum -y install git; yum clean all'),
      findings: [{ line: 3 }],
      output: lines('FROM centos:7', 'RUN yum -y install epel-release && yum clean all', 'RUN yum -y install git; yum clean all'),
    },
    {
      name: 'a download deleted in the next RUN moves into the RUN that downloaded it',
      code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSL -o /tmp/app.tgz https://example.com/app.tgz && tar -xzf /tmp/app.tgz -C /opt', 'ENV PATH=/opt/app/bin:$PATH', 'RUN rm -f /tmp/app.tgz'),
      findings: [{ line: 4, message: /\/tmp\/app\.tgz written by RUN on line 2/ }],
      output: lines('FROM debian:bookworm-slim', 'RUN curl -fsSL -o /tmp/app.tgz https://example.com/app.tgz && tar -xzf /tmp/app.tgz -C /opt && rm -f /tmp/app.tgz', 'ENV PATH=/opt/app/bin:$PATH'),
    },
    {
      name: 'a later RUN installs from the apt lists: they must stay until then',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update', 'RUN apt-get install -y curl', 'RUN rm -rf /var/lib/apt/lists/*'),
      findings: [{ line: 4 }],
      output: lines('FROM debian:bookworm-slim', 'RUN apt-get update', 'RUN apt-get install -y curl', 'RUN rm -rf /var/lib/apt/lists/*'),
    },
    {
      name: 'comments above the dropped RUN stay, apart from the next instruction',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y curl', '# dfscan ignore=no-multi-stage', 'RUN rm -rf /var/lib/apt/lists/*', 'RUN make'),
      findings: [{ line: 4 }],
      output: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*', '# dfscan ignore=no-multi-stage', '', 'RUN make'),
    },
    {
      name: 'a blank line around the dropped RUN is not doubled',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y curl', '', 'RUN rm -rf /var/lib/apt/lists/*', '', 'CMD ["curl"]'),
      findings: [{ line: 4 }],
      output: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*', '', 'CMD ["curl"]'),
    },
  ],
});
