import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('from-platform-flag', {
  valid: [
    { name: 'no flag (hadolint DL3029)', code: lines('FROM debian:jessie') },
    { name: 'BUILDPLATFORM (hadolint DL3029)', code: lines('FROM --platform=$BUILDPLATFORM debian:jessie', 'FROM --platform=${BUILDPLATFORM} debian:jessie') },
    { name: 'other variables (BuildKit example)', code: lines('FROM --platform=${BUILDOS}/${BUILDARCH} alpine AS base') },
    {
      name: 'stages named after their platform (BuildKit example)',
      code: lines('FROM --platform=linux/amd64 alpine AS build_amd64', 'FROM --platform=linux/arm64 alpine AS build_arm64', 'FROM build_${TARGETARCH} AS build'),
    },
  ],
  invalid: [
    { name: 'a constant (hadolint DL3029)', code: lines('FROM --platform=linux debian:jessie'), findings: [{ line: 1, message: /--platform=linux pins this stage to one platform/ }] },
    { name: 'a constant with a stage name (BuildKit example)', code: lines('FROM --platform=linux/amd64 alpine AS base', 'RUN apk add --no-cache git'), findings: [{ line: 1 }] },
  ],
});
