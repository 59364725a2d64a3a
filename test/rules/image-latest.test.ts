import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('image-latest', {
  valid: [
    { name: 'a version tag (hadolint DL3007)', code: lines('FROM debian:jessie') },
    { name: 'latest pinned by digest (hadolint DL3007)', code: lines('FROM debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb') },
    { name: 'no tag is image-untagged\'s finding', code: lines('FROM debian') },
  ],
  invalid: [
    { name: 'latest (hadolint DL3007)', code: lines('FROM debian:latest'), findings: [{ line: 1, message: /debian:latest follows whatever "latest" is/ }] },
    { name: 'latest with a stage name (hadolint DL3007)', code: lines('FROM debian:latest AS builder'), findings: [{ line: 1 }] },
    { name: 'latest through a variable', code: lines('ARG TAG=latest', 'FROM node:$TAG'), findings: [{ line: 2 }] },
  ],
});
