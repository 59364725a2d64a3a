import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('copy-from-unknown-stage', {
  valid: [
    { name: 'an alias defined above (hadolint DL3022)', code: lines('FROM scratch AS build', 'RUN foo', 'FROM node', 'COPY --from=build foo .') },
    { name: 'a stage index (hadolint DL3022)', code: lines('FROM scratch', 'RUN foo', 'FROM node', 'COPY --from=0 foo .') },
    { name: 'an image with a tag (hadolint DL3022)', code: lines('FROM scratch', 'COPY --from=source:latest foo .') },
    { name: 'an image with a registry path', code: lines('FROM alpine', 'COPY --from=docker/buildx-bin /buildx /usr/libexec/docker/cli-plugins/docker-buildx') },
    { name: 'a name from a build argument with a default', code: lines('ARG FROM_STAGE=build', 'FROM alpine AS build', 'FROM alpine', 'ARG FROM_STAGE', 'COPY --from=$FROM_STAGE /a /a') },
    { name: 'a build argument without a default is not judged', code: lines('FROM alpine', 'ARG SRC', 'COPY --from=$SRC /a /a') },
    { name: 'its own name is copy-from-own-stage\'s finding', code: lines('FROM alpine AS a', 'COPY --from=a /x /y') },
    { name: 'names compared without case', code: lines('FROM alpine AS Build', 'FROM alpine', 'COPY --from=build /a /a') },
  ],
  invalid: [
    {
      name: 'an undefined alias (hadolint DL3022)',
      code: lines('FROM scratch AS build', 'RUN foo', 'FROM node', 'COPY --from=foo bar .'),
      findings: [{ line: 4, message: /--from=foo is not a stage defined above: Docker will pull an image named "foo"/ }],
    },
    { name: 'an index out of range', code: lines('FROM scratch', 'COPY --from=1 a b'), findings: [{ line: 2 }] },
    {
      name: 'a stage defined further down',
      code: lines('FROM alpine', 'COPY --from=later /a /a', 'FROM alpine AS later'),
      findings: [{ line: 2, message: /defined later \(line 3\)/ }],
    },
  ],
});
