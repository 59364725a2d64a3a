import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL3015 spec, for the stages of the final image, with bytes from rules/data/recommends.ts and apt-packages.json.
testRule('no-install-recommends', {
  valid: [
    { name: 'the flag', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install --no-install-recommends python') },
    { name: 'an -o setting', code: lines('FROM debian:bookworm-slim', 'RUN apt-get -o APT::Install-Recommends=false install python') },
    {
      name: 'apt configuration written earlier',
      code: lines('FROM debian:bookworm-slim AS base', `RUN echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/99norecommends`, 'FROM base', 'RUN apt-get install -y python3'),
    },
    { name: 'a build stage', code: lines('FROM debian:bookworm-slim AS build', 'RUN apt-get install -y gcc', 'FROM scratch', 'COPY --from=build /usr/bin/gcc /gcc') },
    { name: 'packages without recommends', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install -y ca-certificates') },
    { name: 'packages removed again', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install -y gcc && make && apt-get purge -y gcc') },
  ],
  invalid: [
    { name: 'apt-get install', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install python'), findings: [{ line: 2, message: /typical package.*5\.7 MB compressed/, bytes: 5_720_000 }] },
    {
      name: 'with -y',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get -y install curl'),
      findings: [{ line: 2, message: /curl: 3\.6 MB installed/, bytes: 1_440_000 }],
      output: lines('FROM debian:bookworm-slim', 'RUN apt-get -y install --no-install-recommends curl'),
      unsafe: true,
    },
    {
      name: 'the flag is added only with --fix-unsafe: the recommends may be needed',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get -y install curl'),
      findings: [{ line: 2 }],
      output: lines('FROM debian:bookworm-slim', 'RUN apt-get -y install curl'),
    },
    {
      name: 'a package from the table generated from the apt index',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get install -y apache2'),
      findings: [{ line: 2, message: /apache2: 4\.8 MB installed/, bytes: 1_920_000 }],
    },
    {
      name: 'the largest known overhead counts once',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y curl python3-pip=23.0.1+dfsg-1 git'),
      findings: [{ line: 2, message: /python3-pip: 388\.0 MB/, bytes: 155_200_000 }],
    },
  ],
});
