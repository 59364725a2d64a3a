import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('legacy-key-value', {
  valid: [
    { name: 'key=value (BuildKit example)', code: lines('FROM alpine', 'ENV DEPS="curl git make"', 'LABEL a=b c="d e"') },
    { name: 'ARG has no legacy form', code: lines('FROM alpine', 'ARG A') },
  ],
  invalid: [
    { name: 'ENV key value (BuildKit example)', code: lines('FROM alpine', 'ENV DEPS curl git make'), findings: [{ line: 2, message: /legacy form: write ENV DEPS="curl git make"/ }] },
    { name: 'LABEL key value', code: lines('FROM alpine', 'LABEL maintainer jane'), findings: [{ line: 2, message: /LABEL maintainer=jane/ }] },
    {
      name: '--fix writes key=value, quoted where the value has spaces',
      code: lines('FROM alpine', 'ENV DEPS curl git $EXTRA', 'ENV HOME /root', 'LABEL maintainer jane'),
      findings: [{ line: 2 }, { line: 3 }, { line: 4 }],
      output: lines('FROM alpine', 'ENV DEPS="curl git $EXTRA"', 'ENV HOME=/root', 'LABEL maintainer=jane'),
    },
    {
      name: 'quotes and continuation lines are left as written',
      code: lines('FROM alpine', `ENV GREETING "hello" world`, 'ENV PATH \\', '  /opt/bin'),
      findings: [{ line: 2 }, { line: 3 }],
      output: lines('FROM alpine', `ENV GREETING "hello" world`, 'ENV PATH \\', '  /opt/bin'),
    },
  ],
});
