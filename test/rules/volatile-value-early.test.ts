import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('volatile-value-early', {
  valid: [
    {
      name: 'declared just before its use',
      code: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci', 'COPY . .', 'RUN npm run build', 'ARG GIT_SHA', 'LABEL org.opencontainers.image.revision=$GIT_SHA'),
    },
    { name: 'used by the very next step', code: lines('FROM golang:1.27', 'ARG VERSION', 'RUN go build -ldflags "-X main.version=${VERSION}" -o /app .') },
    { name: 'a tool version is pinned, not volatile', code: lines('FROM debian:12', 'ARG NODE_VERSION=22.1.0', 'RUN apt-get update && apt-get install -y curl', 'RUN npm ci') },
    { name: 'only cheap steps follow', code: lines('FROM alpine:3.24', 'ARG BUILD_DATE', 'RUN mkdir /app', 'LABEL created=$BUILD_DATE') },
    { name: 'a versioned download', code: lines('FROM node:22-slim', 'ADD https://example.com/tool-1.2.3.tar.gz /tmp/', 'RUN npm ci') },
    { name: 'a download with a checksum', code: lines('FROM node:22-slim', 'ADD --checksum=sha256:abc https://example.com/latest/tool.sh /tmp/', 'RUN npm ci') },
    { name: 'a version with a default is the pinned version of a download', code: lines('FROM debian:12', 'ARG VERSION=1.2.3', 'RUN apt-get update && apt-get install -y curl', 'RUN curl -fsSLO https://x.org/tool-${VERSION}.tgz') },
    { name: 'an ENV with a literal value is edited by hand, not changed per build', code: lines('FROM debian:12', 'ENV RELEASE=1 VERSION=0', 'RUN apt-get update && apt-get install -y curl') },
    { name: 'a checksum named SHA', code: lines('FROM debian:12', 'ARG SHA=3f9c2ab0c1d2e3f4a5b6c7d8e9f00112233445ab', 'RUN apt-get update && apt-get install -y curl', 'RUN echo "$SHA  x.tgz" | sha1sum -c') },
    { name: 'a global ARG used only by FROM', code: lines('ARG GIT_SHA', 'FROM node:22-slim', 'RUN npm ci') },
  ],
  invalid: [
    {
      name: 'a commit ARG at the top of the stage',
      code: lines('FROM node:22-slim', 'ARG GIT_SHA', 'WORKDIR /app', 'COPY package.json package-lock.json ./', 'RUN npm ci', 'COPY . .', 'RUN npm run build', 'LABEL org.opencontainers.image.revision=$GIT_SHA'),
      findings: [{ line: 2, message: /ARG GIT_SHA \(the commit\) changes every build, and the 4 steps after it re-run each time .*move it just above its first use \(line 8\)/, rebuildSeconds: 'some' }],
    },
    {
      name: 'an ENV of the build date, never used',
      code: lines('FROM debian:12-slim', 'ARG BUILD_DATE', 'ENV BUILD_DATE=$BUILD_DATE', 'RUN apt-get update && apt-get install -y --no-install-recommends curl'),
      findings: [{ line: 3, message: /ENV BUILD_DATE \(the build date\).*nothing below uses it/, rebuildSeconds: 26 }],
    },
    {
      name: 'a release version passed on the command line',
      code: lines('FROM python:3.13-slim', 'ARG APP_VERSION', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'LABEL org.opencontainers.image.version=$APP_VERSION'),
      findings: [{ line: 2, message: /ARG APP_VERSION \(the release version\)/, rebuildSeconds: 42 }],
    },
    {
      name: 'an unversioned download before the install',
      code: lines('FROM python:3.13-slim', 'ADD https://example.com/latest/config.yaml /etc/app/config.yaml', 'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt'),
      findings: [{ line: 2, message: /ADD https:\/\/example\.com\/latest\/config\.yaml \(a download that changes when upstream does\)/ }],
    },
  ],
});
