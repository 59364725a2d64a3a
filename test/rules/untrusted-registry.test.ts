import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const trusted = { trustedRegistries: ['docker.io', 'my-company.com:5000', '*.gcr.io'] };

testRule('untrusted-registry', {
  valid: [
    { name: 'no trusted registries configured', code: lines('FROM random.com/debian') },
    { name: 'Docker Hub when docker.io is trusted (hadolint DL3026)', code: lines('FROM debian:jessie'), settings: trusted },
    { name: 'an exact registry (hadolint DL3026)', code: lines('FROM my-company.com:5000/debian:jessie'), settings: trusted },
    { name: 'a wildcard suffix', code: lines('FROM eu.gcr.io/project/app:1'), settings: trusted },
    { name: 'stage names and scratch (hadolint DL3026)', code: lines('FROM random.com/debian AS base', 'FROM base', 'FROM scratch'), settings: { trustedRegistries: ['random.com'] } },
    { name: 'a stage in COPY --from', code: lines('FROM debian:12 AS build', 'FROM debian:12', 'COPY --from=build /a /a'), settings: trusted },
    { name: 'hub.docker.com stands for Docker Hub', code: lines('FROM node:22'), settings: { trustedRegistries: ['hub.docker.com'] } },
    { name: 'any', code: lines('FROM quay.io/x/y:1'), settings: { trustedRegistries: ['*'] } },
  ],
  invalid: [
    { name: 'another registry (hadolint DL3026)', code: lines('FROM random.com/debian:12'), settings: trusted, findings: [{ line: 1, message: /random\.com\/debian:12 comes from random\.com, which is not a trusted registry/ }] },
    { name: 'Docker Hub when only a private registry is trusted (hadolint DL3026)', code: lines('FROM debian:jessie'), settings: { trustedRegistries: ['my-company.com:5000'] }, findings: [{ line: 1, message: /docker\.io/ }] },
    {
      name: 'COPY --from and RUN --mount from an image',
      code: lines('FROM my-company.com:5000/base:1', 'COPY --from=quay.io/tools/bin:2 /bin/x /bin/x', 'RUN --mount=type=bind,from=ghcr.io/o/cache:1,target=/c true'),
      settings: { trustedRegistries: ['my-company.com:5000'] },
      findings: [{ line: 2, message: /quay\.io/ }, { line: 3, message: /ghcr\.io/ }],
    },
  ],
});
