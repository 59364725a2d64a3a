import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('fat-base', {
  valid: [
    { name: 'already slim', code: lines('FROM node:22-slim', 'CMD ["node"]') },
    { name: 'alpine', code: lines('FROM python:3.13-alpine') },
    { name: 'an image with no slimmer variant', code: lines('FROM ubuntu:24.04') },
    { name: 'an image the size table does not know', code: lines('FROM example.com/team/app:1.2') },
    {
      name: 'a fat image used only in a build stage',
      code: lines('FROM node:22 AS build', 'COPY . .', 'RUN npm ci && npm run build', 'FROM nginx:1-alpine', 'COPY --from=build /dist /usr/share/nginx/html'),
    },
    { name: 'toolchain images are left to no-multi-stage', code: lines('FROM golang:1.27', 'COPY . .', 'RUN go build -o /app .') },
    { name: 'an unresolved ARG', code: lines('ARG BASE', 'FROM ${BASE}') },
    { name: 'scratch', code: lines('FROM scratch', 'COPY app /app') },
    {
      name: 'a JDK image that builds Java keeps its JDK',
      code: lines('FROM eclipse-temurin:21-jdk', 'COPY . .', 'RUN ./mvnw package'),
    },
  ],
  invalid: [
    {
      name: 'node:22',
      code: lines('FROM node:22', 'WORKDIR /app', 'COPY . .', 'CMD ["node", "server.js"]'),
      findings: [{ line: 1, message: /^node:22 is a full image \(408 MB\); node:22-slim is 79\.4 MB: 329 MB less/, bytes: 408_499_334 - 79_350_916 }],
      output: lines('FROM node:22-slim', 'WORKDIR /app', 'COPY . .', 'CMD ["node", "server.js"]'),
      unsafe: true,
    },
    {
      name: 'the slim variant may lack what the image uses: only with --fix-unsafe',
      code: lines('FROM node:22', 'CMD ["node"]'),
      findings: [{ line: 1 }],
      output: lines('FROM node:22', 'CMD ["node"]'),
    },
    {
      name: 'reached through an ARG default',
      code: lines('ARG NODE_VERSION=22', 'FROM node:${NODE_VERSION}', 'CMD ["node"]'),
      findings: [{ line: 2, message: /node:22 \(through ARG NODE_VERSION\)/, bytes: 408_499_334 - 79_350_916 }],
      output: lines('ARG NODE_VERSION=22', 'FROM node:${NODE_VERSION}-slim', 'CMD ["node"]'),
      unsafe: true,
    },
    {
      name: 'reached through a named stage',
      code: lines('FROM python:3.13 AS base', 'RUN pip install --no-cache-dir flask', 'FROM base AS app', 'COPY app.py .', 'CMD ["python", "app.py"]'),
      findings: [{ line: 1, message: /python:3\.13.*base of the final stage.*python:3\.13-slim/ }],
      output: lines('FROM python:3.13-slim AS base', 'RUN pip install --no-cache-dir flask', 'FROM base AS app', 'COPY app.py .', 'CMD ["python", "app.py"]'),
      unsafe: true,
    },
    {
      name: 'a base shared with a build stage outside the final image is left alone',
      code: lines('FROM python:3.13 AS base', 'FROM base AS build', 'RUN pip wheel --no-cache-dir -w /wheels numpy', 'FROM base', 'COPY --from=build /wheels /wheels'),
      findings: [{ line: 1 }],
      output: lines('FROM python:3.13 AS base', 'FROM base AS build', 'RUN pip wheel --no-cache-dir -w /wheels numpy', 'FROM base', 'COPY --from=build /wheels /wheels'),
      unsafe: true,
    },
    {
      name: 'a build argument overrides nothing when not given: the default counts',
      code: lines('ARG TAG=bookworm', 'FROM debian:$TAG'),
      findings: [{ line: 2, message: /debian:bookworm-slim/, bytes: 48_497_091 - 28_232_590 }],
    },
    {
      name: 'a tag not in the table: the nearest known tag stands in, marked approximate',
      code: lines('FROM python:3.11', 'COPY . .'),
      findings: [{ line: 1, message: /python:3\.11 is a full image \(about .*python:3\.11-slim is about/ }],
    },
    {
      name: 'only Alpine is slimmer: named, with the libc warning',
      code: lines('FROM redis:latest'),
      findings: [{ line: 1, message: /redis:alpine \(Alpine: musl libc/ }],
      // musl instead of glibc is never chosen for you.
      output: lines('FROM redis:latest'),
      unsafe: true,
    },
    {
      name: 'a JDK image that only runs a jar',
      code: lines('FROM maven:3 AS build', 'COPY . .', 'RUN mvn package', 'FROM eclipse-temurin:21-jdk', 'COPY --from=build /target/app.jar /app.jar', 'CMD ["java", "-jar", "/app.jar"]'),
      findings: [{ line: 4, message: /eclipse-temurin:21-jre/ }],
    },
    {
      name: 'docker.io/library prefix and a digest',
      code: lines('FROM docker.io/library/node:22@sha256:0123456789abcdef'),
      findings: [{ line: 1, message: /node:22-slim/ }],
      // The digest pins the full image.
      output: lines('FROM docker.io/library/node:22@sha256:0123456789abcdef'),
      unsafe: true,
    },
    {
      name: 'the implied latest tag, behind a registry prefix',
      code: lines('FROM docker.io/library/python', 'CMD ["python"]'),
      findings: [{ line: 1, message: /python:slim/ }],
      output: lines('FROM docker.io/library/python:slim', 'CMD ["python"]'),
      unsafe: true,
    },
  ],
});
