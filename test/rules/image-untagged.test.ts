import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('image-untagged', {
  valid: [
    { name: 'a tag (hadolint DL3006)', code: lines('FROM debian:jessie') },
    { name: 'a digest (hadolint DL3006)', code: lines('FROM debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb') },
    { name: 'scratch (hadolint DL3006)', code: lines('FROM scratch') },
    { name: 'a stage name (hadolint DL3006)', code: lines('FROM node:20 AS builder', 'FROM builder') },
    { name: 'a registry port is not a tag, but the tag is there', code: lines('FROM localhost:5000/app:1.2') },
    { name: 'a variable with a tagged default', code: lines('ARG BASE=debian:bookworm', 'FROM ${BASE}') },
    { name: 'a build argument without a default is not judged', code: lines('ARG BASE', 'FROM $BASE') },
  ],
  invalid: [
    { name: 'no tag (hadolint DL3006)', code: lines('FROM debian'), findings: [{ line: 1, message: /debian has no tag: Docker pulls "latest"/ }] },
    { name: 'a registry port, no tag', code: lines('FROM localhost:5000/app'), findings: [{ line: 1, message: /localhost:5000\/app has no tag/ }] },
    { name: 'an untagged default', code: lines('ARG BASE=ubuntu', 'FROM ${BASE} AS build'), findings: [{ line: 2, message: /\$\{BASE\} resolves to ubuntu/ }] },
  ],
});
