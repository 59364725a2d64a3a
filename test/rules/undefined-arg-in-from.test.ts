import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('undefined-arg-in-from', {
  valid: [
    { name: 'a declared global ARG (BuildKit example)', code: lines('ARG VERSION=latest', 'FROM alpine:${VERSION}') },
    { name: 'a global ARG without a default', code: lines('ARG BASE', 'FROM ${BASE}') },
    { name: 'automatic platform arguments', code: lines('FROM --platform=$BUILDPLATFORM golang:1.27 AS build', 'FROM build_${TARGETARCH}') },
    { name: 'a default in the reference', code: lines('FROM alpine:${VERSION:-3.24}') },
  ],
  invalid: [
    { name: 'no ARG (BuildKit example)', code: lines('FROM alpine:${VERSION}'), findings: [{ line: 1, message: /\$VERSION is not declared by an ARG before the first FROM/ }] },
    { name: 'a typo (BuildKit example)', code: lines('ARG VERSION=latest', 'FROM alpine:${VERSIN}'), findings: [{ line: 2, message: /did you mean \$VERSION\?/ }] },
    { name: 'declared in a stage only', code: lines('FROM alpine:3.24', 'ARG NODE=22', 'FROM node:${NODE}-slim'), findings: [{ line: 3 }] },
    { name: 'in --platform', code: lines('FROM --platform=$PLATFORM alpine:3.24'), findings: [{ line: 1, message: /\$PLATFORM/ }] },
  ],
});
