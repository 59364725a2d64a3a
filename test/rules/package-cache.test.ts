import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('package-cache', {
  valid: [
    {
      name: 'apt lists removed in the same RUN',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl \\', ' && rm -rf /var/lib/apt/lists/*'),
    },
    { name: 'apt-get dist-clean removes the lists', code: lines('FROM debian:trixie-slim', 'RUN apt-get update; apt-get install -y curl; apt-get dist-clean') },
    {
      name: 'cleanup inside a heredoc RUN',
      code: lines('FROM debian:bookworm-slim', 'RUN <<EOF', 'set -e', 'apt-get update', 'apt-get install -y --no-install-recommends curl', 'rm -rf /var/lib/apt/lists/*', 'EOF'),
    },
    {
      name: 'cache mounts',
      code: lines(
        'FROM debian:bookworm-slim',
        'RUN --mount=type=cache,target=/var/lib/apt,sharing=locked --mount=type=cache,target=/var/cache/apt \\',
        '    apt-get update && apt-get install -y --no-install-recommends curl',
        'FROM python:3.13-slim',
        'RUN --mount=type=cache,target=/root/.cache/pip pip install flask',
        'RUN --mount=type=cache,target=/root/.npm npm ci',
      ),
    },
    { name: 'apk --no-cache', code: lines('FROM alpine:3.24', 'RUN apk add --no-cache curl', 'RUN apk add --no-network --virtual .rundeps so:libc.musl-x86_64.so.1') },
    { name: 'apk index removed', code: lines('FROM alpine:3.24', 'RUN apk update && apk add curl && rm -rf /var/cache/apk/*') },
    {
      name: 'yum, dnf, microdnf and zypper cleaned',
      code: lines(
        'FROM rockylinux:9',
        'RUN yum install -y git && yum clean all',
        'RUN dnf install -y git && dnf clean all',
        'RUN microdnf install -y git && microdnf clean all',
        'FROM opensuse/leap',
        'RUN zypper install -y git && zypper clean --all',
      ),
    },
    {
      name: 'pip without a cache: flag, variable, purge',
      code: lines(
        'FROM python:3.13-slim',
        'RUN pip install --no-cache-dir flask',
        'ENV PIP_NO_CACHE_DIR=1',
        'RUN pip install requests',
        'FROM python:3.13-slim',
        'RUN pip install flask && pip cache purge',
        'RUN PIP_NO_CACHE_DIR=1 python3 -m pip install gunicorn',
      ),
    },
    {
      name: 'npm, yarn, gem and composer cleaned',
      code: lines(
        'FROM node:22-slim',
        'RUN npm ci && npm cache clean --force',
        'RUN yarn install --frozen-lockfile && yarn cache clean',
        'RUN yarn --version',
        'FROM ruby:4.0-slim',
        'RUN bundle install && rm -rf /usr/local/bundle/cache',
        'FROM composer:2',
        'RUN composer install --no-cache',
      ),
    },
    {
      name: 'a build stage that does not reach the final image',
      code: lines('FROM debian:bookworm AS build', 'RUN apt-get update && apt-get install -y gcc', 'RUN gcc -o /hello hello.c', 'FROM scratch', 'COPY --from=build /hello /hello'),
    },
    {
      name: 'apt-get install without update writes no lists',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get install -y --no-install-recommends ./local.deb'),
    },
    { name: 'the cleanup runs in a later layer: split-cleanup reports it instead', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y curl', 'RUN rm -rf /var/lib/apt/lists/*') },
  ],
  invalid: [
    {
      // A template line the shell cannot parse ends the script: a cleanup appended after it would
      // land inside the template's markup, and the finding would come back on every --fix.
      name: 'a script with a syntax error: reported, but no cleanup is appended',
      code: lines('FROM debian:bookworm-slim', 'RUN set -eux; \\', '  apt-get update; \\', '  apt-get install -y --no-install-recommends git \\', '{{ if env.x | IN("y") then ( -}}'),
      findings: [{ line: 3, message: /apt-get update/ }],
      output: lines('FROM debian:bookworm-slim', 'RUN set -eux; \\', '  apt-get update; \\', '  apt-get install -y --no-install-recommends git \\', '{{ if env.x | IN("y") then ( -}}'),
    },
    {
      name: 'apt-get update without cleanup',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl'),
      findings: [{ line: 2, message: /apt-get update.*apt cache.*rm -rf \/var\/lib\/apt\/lists/, bytes: 19_872_227 }],
      output: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*'),
    },
    {
      name: 'cleanup before the update does not count',
      code: lines('FROM debian:bookworm-slim', 'RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl'),
      findings: [{ line: 2 }],
    },
    {
      name: 'apk without --no-cache',
      code: lines('FROM alpine:3.24', 'RUN apk add curl'),
      findings: [{ line: 2, message: /--no-cache/, bytes: 2_000_000 }],
      output: lines('FROM alpine:3.24', 'RUN apk add --no-cache curl'),
    },
    {
      name: 'yum, dnf and zypper',
      code: lines('FROM centos:7', 'RUN yum install -y httpd', 'RUN dnf -y install git', 'RUN zypper --non-interactive install git'),
      findings: [{ line: 2, message: /yum clean all/ }, { line: 3, message: /dnf clean all/ }, { line: 4, message: /zypper clean/ }],
      output: lines('FROM centos:7', 'RUN yum install -y httpd && yum clean all', 'RUN dnf -y install git && dnf clean all', 'RUN zypper --non-interactive install git && zypper clean --all'),
    },
    {
      name: 'pip, python -m pip and sudo pip',
      code: lines('FROM python:3.13-slim', 'RUN pip install flask', 'RUN python3 -m pip install requests', 'RUN sudo -H pip3 install gunicorn'),
      findings: [{ line: 2, message: /--no-cache-dir/ }, { line: 3, message: /pip install/ }, { line: 4, message: /pip3 install/ }],
      output: lines('FROM python:3.13-slim', 'RUN pip install --no-cache-dir flask', 'RUN python3 -m pip install --no-cache-dir requests', 'RUN sudo -H pip3 install --no-cache-dir gunicorn'),
    },
    {
      name: 'npm and yarn',
      code: lines('FROM node:22-slim', 'RUN npm ci', 'RUN yarn'),
      findings: [{ line: 2, message: /npm cache clean --force/ }, { line: 3, message: /yarn cache clean/ }],
      output: lines('FROM node:22-slim', 'RUN npm ci && npm cache clean --force', 'RUN yarn && yarn cache clean'),
    },
    {
      name: 'only the final image counts: npm in an earlier stage is not reported, bundle in the final one is',
      code: lines('FROM node:22-slim', 'RUN npm ci', 'FROM ruby:4.0-slim', 'RUN bundle install'),
      findings: [{ line: 4, message: /gem cache/ }],
    },
    {
      name: 'the final stage built FROM a stage that left the cache',
      code: lines('FROM debian:bookworm-slim AS base', 'RUN apt-get update && apt-get install -y curl', 'FROM base', 'CMD ["curl", "--version"]'),
      findings: [{ line: 2, message: /apt-get update/ }],
    },
    {
      name: 'inside a heredoc RUN',
      code: lines('FROM debian:bookworm-slim', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF'),
      findings: [{ line: 3, message: /apt-get update/ }],
      // Without `set -e` a line added at the end would hide a failed install: left alone.
      output: lines('FROM debian:bookworm-slim', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF'),
    },
    {
      name: 'inside a heredoc RUN that stops at errors: a line before the terminator',
      code: lines('FROM debian:bookworm-slim', 'RUN <<-EOF', '\tset -eux', '\tapt-get update', '\tapt-get install -y curl', '\tEOF'),
      findings: [{ line: 4 }],
      output: lines('FROM debian:bookworm-slim', 'RUN <<-EOF', '\tset -eux', '\tapt-get update', '\tapt-get install -y curl', '\trm -rf /var/lib/apt/lists/*', '\tEOF'),
    },
    {
      name: 'pip inside a heredoc: the flag goes on the word',
      code: lines('FROM python:3.13-slim', 'RUN <<EOF', 'pip install flask', 'EOF'),
      findings: [{ line: 3 }],
      output: lines('FROM python:3.13-slim', 'RUN <<EOF', 'pip install --no-cache-dir flask', 'EOF'),
    },
    {
      name: 'apk update then add: the index is removed at the end',
      code: lines('FROM alpine:3.24', 'RUN apk update && apk add curl'),
      findings: [{ line: 2 }],
      output: lines('FROM alpine:3.24', 'RUN apk update && apk add curl && rm -rf /var/cache/apk/*'),
    },
    {
      name: 'the apt lists are needed by a later RUN that installs without updating',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update', 'RUN apt-get install -y curl'),
      findings: [{ line: 2 }],
      output: lines('FROM debian:bookworm-slim', 'RUN apt-get update', 'RUN apt-get install -y curl'),
    },
    {
      name: 'the apt lists are needed by a RUN two stages further down the chain',
      code: lines('FROM debian:bookworm-slim AS base', 'RUN apt-get update', 'FROM base AS middle', 'RUN echo middle', 'FROM middle', 'RUN apt-get install -y curl'),
      findings: [{ line: 2 }],
      output: lines('FROM debian:bookworm-slim AS base', 'RUN apt-get update', 'FROM base AS middle', 'RUN echo middle', 'FROM middle', 'RUN apt-get install -y curl'),
    },
    {
      name: 'a stage built on the same base is not built on this one: its reads do not keep these lists',
      code: lines('FROM debian:bookworm-slim AS base', 'RUN apt-get update', 'FROM base AS middle', 'RUN apt-get update', 'FROM base AS beside', 'RUN apt-get install -y git', 'FROM middle', 'RUN echo done'),
      findings: [{ line: 2 }, { line: 4 }],
      output: lines('FROM debian:bookworm-slim AS base', 'RUN apt-get update', 'FROM base AS middle', 'RUN apt-get update && rm -rf /var/lib/apt/lists/*', 'FROM base AS beside', 'RUN apt-get install -y git', 'FROM middle', 'RUN echo done'),
    },
    {
      name: 'microdnf cleans with microdnf, sudo cleans with sudo',
      code: lines('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf install -y tar', 'FROM debian:bookworm-slim', 'USER app', 'RUN sudo apt-get update && sudo apt-get install -y curl'),
      findings: [{ line: 5 }],
      output: lines('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf install -y tar', 'FROM debian:bookworm-slim', 'USER app', 'RUN sudo apt-get update && sudo apt-get install -y curl && sudo rm -rf /var/lib/apt/lists/*'),
    },
    {
      name: 'microdnf in the final image',
      code: lines('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf install -y tar'),
      findings: [{ line: 2 }],
      output: lines('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf install -y tar && microdnf clean all'),
    },
    {
      name: 'exec form and a trailing shell comment are left alone; sh -c is fixed inside its string',
      code: lines('FROM python:3.13-slim', 'RUN ["pip", "install", "flask"]', 'RUN apt-get update && apt-get install -y curl # tools', 'RUN sh -c "pip install requests"'),
      findings: [{ line: 2 }, { line: 3 }, { line: 4 }],
      output: lines('FROM python:3.13-slim', 'RUN ["pip", "install", "flask"]', 'RUN apt-get update && apt-get install -y curl # tools', 'RUN sh -c "pip install --no-cache-dir requests"'),
    },
    {
      name: 'a RUN that ends in a separator is left alone',
      code: lines('FROM node:22-slim', 'RUN npm ci;'),
      findings: [{ line: 2 }],
      output: lines('FROM node:22-slim', 'RUN npm ci;'),
    },
  ],
});
