import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('apt-update-alone', {
  valid: [
    { name: 'update and install together', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*') },
    { name: 'each install refreshes', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update', 'RUN apt-get update && apt-get install -y curl') },
    { name: 'an update with nothing installed after it', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get upgrade -y') },
    { name: 'apk add --no-cache fetches its own index', code: lines('FROM alpine:3.22', 'RUN apk update', 'RUN apk add --no-cache curl') },
    { name: 'another stage', code: lines('FROM debian:bookworm-slim AS a', 'RUN apt-get update', 'FROM debian:bookworm-slim', 'RUN apt-get install -y curl') },
  ],
  invalid: [
    {
      name: 'update alone, install later',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update', 'RUN apt-get install -y --no-install-recommends curl'),
      findings: [{ line: 2, message: /line 3.*stale/ }],
    },
    {
      name: 'install in a stage built on this one',
      code: lines('FROM debian:bookworm-slim AS base', 'RUN apt-get -q update', 'FROM base', 'RUN apt-get install -y git'),
      findings: [{ line: 2, message: /line 4/ }],
    },
    { name: 'apk', code: lines('FROM alpine:3.22', 'RUN apk update', 'RUN apk add curl'), findings: [{ line: 2, message: /apk update/ }] },
    {
      name: 'the first later install named: in its stage before those of stages built on it, then the earliest of those, two stages down or beside',
      code: lines(
        'FROM debian:bookworm-slim AS base',
        'RUN apt-get update',
        'FROM base AS middle',
        'RUN apt-get update',
        'FROM middle AS low',
        'RUN apt-get install -y git',
        'FROM base AS beside',
        'RUN apt-get install -y curl',
        'RUN apt-get update',
        'RUN apt-get install -y jq',
      ),
      findings: [
        { line: 2, message: /install on line 6/ },
        { line: 4, message: /install on line 6/ },
        { line: 9, message: /install on line 10/ },
      ],
    },
  ],
});
