import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('maintainer-deprecated', {
  valid: [
    { name: 'an authors label', code: lines('FROM busybox', 'LABEL org.opencontainers.image.authors="jane@example.com"') },
    { name: 'a label named maintainer', code: lines('FROM busybox', 'LABEL maintainer="Jane Doe"') },
  ],
  invalid: [
    {
      name: 'MAINTAINER (hadolint DL4000)',
      code: lines('FROM busybox', 'MAINTAINER Lukas Martinelli <me@lukasmartinelli.ch>'),
      findings: [{ line: 2, message: /deprecated.*LABEL org\.opencontainers\.image\.authors="Lukas Martinelli <me@lukasmartinelli\.ch>"/ }],
    },
    { name: 'lower-case keyword', code: lines('from busybox', 'maintainer jane'), findings: [{ line: 2 }] },
  ],
});
