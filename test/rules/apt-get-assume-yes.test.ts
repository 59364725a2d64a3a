import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL3014 spec, plus the subcommands and settings dfscan also reads.
testRule('apt-get-assume-yes', {
  valid: [
    { name: '-yq', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install -yq python') },
    { name: '-qq implies -y', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install -qq python') },
    { name: '-y before or after the subcommand', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install -y python', 'RUN apt-get -y install python') },
    { name: '--yes and --assume-yes', code: lines('FROM debian:bookworm-slim', 'RUN apt-get --yes install python', 'RUN apt-get --assume-yes install python') },
    { name: 'an -o setting', code: lines('FROM debian:bookworm-slim', 'RUN apt-get -o APT::Get::Assume-Yes=true install python') },
    {
      name: 'apt configuration written by an earlier RUN',
      code: lines('FROM debian:bookworm-slim', `RUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90yes`, 'RUN apt-get install python'),
    },
    { name: 'a simulation', code: lines('FROM debian:bookworm-slim', 'RUN if apt-get install -s "postgresql-17-jit" > /dev/null 2>&1; then apt-get install -y postgresql-17-jit; fi') },
    { name: 'purge with nothing named', code: lines('FROM debian:bookworm-slim', 'RUN apt-get remove --yes build-essential && apt-get autoclean && apt-get purge') },
    { name: 'subcommands that do not ask', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get clean && apt-cache policy curl') },
  ],
  invalid: [
    { name: 'install without -y', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install python'), findings: [{ line: 2, message: /apt-get install.*add -y/ }] },
    {
      name: 'removals and upgrades, and apt',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get upgrade', 'RUN apt-get purge --auto-remove curl', 'RUN apt install git'),
      findings: [{ line: 2, message: /apt-get upgrade/ }, { line: 3, message: /apt-get purge/ }, { line: 4, message: /apt install/ }],
    },
    {
      name: 'configuration written after the command does not count',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get install curl', `RUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90yes`),
      findings: [{ line: 2 }],
    },
    {
      name: '--fix adds -y after the subcommand, for each command that asks',
      code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install python3 && apt-get -q purge "curl"'),
      findings: [{ line: 2, message: /apt-get install/ }, { line: 2, message: /apt-get purge/ }],
      output: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y python3 && apt-get -q purge -y "curl"'),
    },
  ],
});
