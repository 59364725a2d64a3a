import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('invalid-default-arg-in-from', {
  valid: [
    { name: 'a default (BuildKit example)', code: lines('ARG TAG=latest', 'FROM busybox:${TAG}') },
    { name: 'an empty ARG that keeps the reference valid (BuildKit example)', code: lines('ARG VARIANT', 'FROM busybox:stable${VARIANT}') },
    { name: 'a default in the reference (BuildKit example)', code: lines('ARG TAG', 'FROM alpine:${TAG:-3.14}') },
    { name: 'a stage chosen by an ARG', code: lines('ARG TARGET=prod', 'FROM alpine:3.24 AS prod', 'FROM ${TARGET}') },
    { name: 'no variables', code: lines('FROM alpine:3.24') },
  ],
  invalid: [
    { name: 'no default (BuildKit example)', code: lines('ARG TAG', 'FROM busybox:${TAG}'), findings: [{ line: 2, message: /busybox:\$\{TAG\} becomes "busybox:", which is not a valid image reference/ }] },
    { name: 'an empty image name', code: lines('ARG IMAGE', 'FROM $IMAGE'), findings: [{ line: 2, message: /becomes ""/ }] },
    { name: 'an upper-case default', code: lines('ARG REPO=myorg/MyApp', 'FROM ${REPO}:1'), findings: [{ line: 2 }] },
  ],
});
