import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('onbuild-trigger', {
  valid: [
    { name: 'ONBUILD RUN (hadolint DL3043)', code: lines('FROM debian:buster', 'ONBUILD RUN echo foo') },
    { name: 'ONBUILD COPY and ADD', code: lines('FROM debian:buster', 'ONBUILD COPY . /app/', 'ONBUILD ADD a.tar.gz /opt/') },
  ],
  invalid: [
    { name: 'ONBUILD ONBUILD (hadolint DL3043)', code: lines('FROM debian:buster', 'ONBUILD ONBUILD RUN anything'), findings: [{ line: 2, message: /ONBUILD cannot trigger ONBUILD/ }] },
    { name: 'ONBUILD FROM (hadolint DL3043)', code: lines('FROM debian:buster', 'ONBUILD FROM debian:buster'), findings: [{ line: 2, message: /FROM/ }] },
    { name: 'ONBUILD MAINTAINER (hadolint DL3043)', code: lines('FROM debian:buster', 'ONBUILD MAINTAINER "BoJack Horseman"'), findings: [{ line: 2, message: /MAINTAINER/ }] },
  ],
});
