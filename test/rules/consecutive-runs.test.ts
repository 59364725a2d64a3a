import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL3059 spec.
testRule('consecutive-runs', {
  valid: [
    { name: 'no RUN', code: lines('FROM debian:10') },
    { name: 'one RUN', code: lines('FROM debian:10', 'RUN /foo.sh') },
    { name: 'not consecutive', code: lines('FROM debian:10', 'RUN /foo.sh', 'WORKDIR /', 'RUN /bar.sh') },
    { name: 'one RUN after a comment', code: lines('FROM debian:10', '# a comment', 'RUN /foo.sh') },
    { name: 'different flags', code: lines('FROM debian:10', 'RUN --mount=type=secret,id=foo /foo.sh', 'RUN /bar.sh') },
    { name: 'different flag values', code: lines('FROM debian:10', 'RUN --mount=type=secret,id=foo /foo.sh', 'RUN --mount=type=secret,id=bar /bar.sh') },
    { name: 'chained commands', code: lines('FROM debian:10', 'RUN foo && bar', 'RUN foobar', 'RUN foo; bar', 'RUN foobar', 'RUN foo && bar', 'RUN foo; bar') },
    { name: 'different stages', code: lines('FROM debian:10', 'RUN foo', 'FROM debian:10', 'RUN bar') },
  ],
  invalid: [
    {
      name: 'two consecutive RUNs: joined with --fix-unsafe',
      code: lines('FROM debian:10', 'RUN /foo.sh', 'RUN /bar.sh'),
      findings: [{ line: 3, message: /line 2/ }],
      output: lines('FROM debian:10', 'RUN /foo.sh && /bar.sh'),
      unsafe: true,
    },
    {
      name: 'not joined: the first changes directory, or a comment stands between',
      code: lines('FROM debian:10', 'RUN cd /src', 'RUN make', 'FROM debian:10', 'RUN mkdir /x', '# then', 'RUN touch /x/y'),
      findings: [{ line: 3 }, { line: 7 }],
      output: lines('FROM debian:10', 'RUN cd /src', 'RUN make', 'FROM debian:10', 'RUN mkdir /x', '# then', 'RUN touch /x/y'),
      unsafe: true,
    },
    { name: 'separated by a comment', code: lines('FROM debian:10', 'RUN /foo.sh', '# a comment', 'RUN /bar.sh'), findings: [{ line: 4 }] },
    { name: 'separated by two comments', code: lines('FROM debian:10', 'RUN /foo.sh', '# a comment', '# another comment', 'RUN /bar.sh'), findings: [{ line: 5 }] },
    { name: 'equal flags', code: lines('FROM debian:10', 'RUN --mount=type=secret,id=foo /foo.sh', 'RUN --mount=type=secret,id=foo /bar.sh'), findings: [{ line: 3 }] },
    { name: 'more than one single command in a row', code: lines('FROM debian:10', 'RUN foo && bar', 'RUN foo', 'RUN bar'), findings: [{ line: 4 }] },
    {
      name: 'after a source copy the step re-runs on every change',
      code: lines('FROM debian:10', 'COPY src/ /src/', 'RUN make -C /src', 'RUN strip /src/app'),
      findings: [{ line: 4, rebuildSeconds: 1 }],
    },
  ],
});
