import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('copy-from-own-stage', {
  valid: [
    { name: 'another stage (hadolint DL3023)', code: lines('FROM scratch AS build', 'RUN foo', 'FROM node AS run', 'COPY --from=build foo .', 'RUN baz') },
    { name: 'an image', code: lines('FROM alpine AS run', 'COPY --from=run:1.0 /a /a') },
  ],
  invalid: [
    { name: 'its own alias (hadolint DL3023)', code: lines('FROM scratch AS build', 'RUN foo', 'FROM node AS run', 'COPY --from=run foo .', 'RUN baz'), findings: [{ line: 4, message: /names this very stage/ }] },
    { name: 'its own index', code: lines('FROM alpine', 'FROM alpine', 'COPY --from=1 /a /a'), findings: [{ line: 3 }] },
  ],
});
