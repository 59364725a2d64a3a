import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('apk-virtual-kept', {
  valid: [
    {
      name: 'the group removed in the same RUN',
      code: lines('FROM python:3.12-alpine', 'RUN apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev \\', ' && pip install --no-cache-dir cffi==1.17.1 \\', ' && apk del --no-network .build-deps'),
    },
    {
      name: 'a group of runtime libraries kept on purpose',
      code: lines('FROM python:3.12-alpine', 'RUN runDeps="$(scanelf --needed --nobanner --recursive /usr/local | sort -u)"; apk add --no-network --virtual .python-rundeps $runDeps'),
    },
    { name: 'a kept group of runtime packages', code: lines('FROM alpine:3.20', 'RUN apk add --no-cache -t .tools curl jq') },
    { name: 'a build stage', code: lines('FROM alpine:3.20 AS build', 'RUN apk add --virtual .build-deps build-base && make', 'FROM alpine:3.20', 'COPY --from=build /out /out') },
    { name: 'a group named in a variable, removed by it', code: lines('FROM alpine:3.20', 'RUN apk add --virtual "$DEPS" gcc make && make && apk del "$DEPS"') },
  ],
  invalid: [
    {
      name: 'never removed',
      code: lines('FROM python:3.12-alpine', 'RUN apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev && pip install --no-cache-dir cffi==1.17.1'),
      findings: [{ line: 2, message: /The virtual group \.build-deps of build packages \(gcc, musl-dev, libffi-dev; 3 in all, ~3\.0 MB or more\) is never removed.*`apk del \.build-deps`/, bytes: 3_000_000 }],
    },
    {
      name: 'removed in a later layer, through a base stage',
      code: lines('FROM php:8.3-fpm-alpine AS base', 'RUN apk add -t .phpize $PHPIZE_DEPS linux-headers && pecl install redis-6.0.2', 'FROM base', 'RUN apk del .phpize'),
      findings: [{ line: 2, message: /\.phpize of build packages \(linux-headers;.*is removed only on line 4, in a later layer/, bytes: 'some' }],
    },
  ],
});
