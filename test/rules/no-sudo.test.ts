import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// hadolint's DL3004 spec.
testRule('no-sudo', {
  valid: [
    { name: 'no sudo', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install -y --no-install-recommends curl') },
    { name: 'installing sudo is fine', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install -y --no-install-recommends sudo && echo "app ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/app') },
  ],
  invalid: [
    { name: 'sudo', code: lines('FROM debian:bookworm-slim', 'RUN sudo apt-get install'), findings: [{ line: 2, message: /sudo/ }] },
    { name: 'sudo with options, after other commands', code: lines('FROM debian:bookworm-slim', 'RUN echo hi && sudo -E -u root make install'), findings: [{ line: 2 }] },
    {
      name: '--fix-unsafe drops a plain sudo and leaves one with options',
      code: lines('FROM debian:bookworm-slim', 'RUN sudo apt-get update && sudo -u app make install'),
      findings: [{ line: 2 }, { line: 2 }],
      output: lines('FROM debian:bookworm-slim', 'RUN apt-get update && sudo -u app make install'),
      unsafe: true,
    },
    {
      name: 'plain --fix leaves sudo: the stage user may not be root',
      code: lines('FROM debian:bookworm-slim', 'RUN sudo apt-get update'),
      findings: [{ line: 2 }],
      output: lines('FROM debian:bookworm-slim', 'RUN sudo apt-get update'),
    },
  ],
});
