import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const settings = { labelSchema: { maintainer: 'text' as const, 'org.opencontainers.image.source': 'url' as const } };

testRule('label-missing', {
  valid: [
    { name: 'no schema', code: lines('FROM alpine') },
    { name: 'all labels present (hadolint DL3049)', code: lines('FROM alpine', 'LABEL maintainer="jane" org.opencontainers.image.source="https://x.org"'), settings },
    { name: 'set in the stage the final image is built on (hadolint DL3049)', code: lines('FROM alpine AS base', 'LABEL maintainer=jane org.opencontainers.image.source=https://x.org', 'FROM base'), settings },
    { name: 'missing only in a build stage', code: lines('FROM golang:1.27 AS build', 'FROM alpine', 'LABEL maintainer=jane org.opencontainers.image.source=https://x.org', 'COPY --from=build /a /a'), settings },
  ],
  invalid: [
    { name: 'one missing (hadolint DL3049)', code: lines('FROM alpine', 'LABEL maintainer="jane"'), settings, findings: [{ line: 1, message: /no label org\.opencontainers\.image\.source/ }] },
    { name: 'both missing, reported at the final FROM', code: lines('FROM alpine AS a', 'LABEL maintainer=x', 'FROM alpine'), settings, findings: [{ line: 3, message: /maintainer/ }, { line: 3, message: /source/ }] },
  ],
});
