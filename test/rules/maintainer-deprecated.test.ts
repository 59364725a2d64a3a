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
      output: lines('FROM busybox', 'LABEL org.opencontainers.image.authors="Lukas Martinelli <me@lukasmartinelli.ch>"'),
    },
    { name: 'lower-case keyword', code: lines('from busybox', 'maintainer jane'), findings: [{ line: 2 }], output: lines('from busybox', 'label org.opencontainers.image.authors="jane"') },
    {
      name: 'quotes, a dollar sign and the escape character are escaped, with the file\'s escape character',
      code: lines('# escape=`', 'FROM busybox', 'MAINTAINER "Jane" $HOME C:\\x `y'),
      findings: [{ line: 3 }],
      output: lines('# escape=`', 'FROM busybox', 'LABEL org.opencontainers.image.authors="`"Jane`" `$HOME C:\\x ``y"'),
    },
    {
      name: 'left alone: an authors label already set, a MAINTAINER over two lines',
      code: lines('FROM busybox', 'LABEL org.opencontainers.image.authors="team"', 'MAINTAINER jane', 'FROM busybox', 'MAINTAINER Jane \\', '  Doe'),
      findings: [{ line: 3 }, { line: 5 }],
      output: lines('FROM busybox', 'LABEL org.opencontainers.image.authors="team"', 'MAINTAINER jane', 'FROM busybox', 'MAINTAINER Jane \\', '  Doe'),
    },
  ],
});
