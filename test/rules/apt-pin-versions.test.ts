import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// Cases from hadolint's own spec for apt-pin-versions, plus dfscan's documented differences.
testRule('apt-pin-versions', {
  valid: [
    { name: 'pinned in a chain', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update \\', ' && apt-get -yqq --no-install-recommends install nodejs=0.10 \\', ' && rm -rf /var/lib/apt/lists/*') },
    { name: 'pinned with wildcards and epochs', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install --no-install-recommends -y \\', 'python-demjson=2.2.2* \\', 'wget=1.16.1* \\', 'git=1:2.5.0* \\', 'ruby=1:2.1.*') },
    { name: 'a version', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install -y python=1.2.2') },
    { name: 'a local .deb file', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb') },
    { name: 'a target release', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1') },
    { name: 'names only known at run time', code: lines('FROM debian:bookworm-slim', 'RUN apt-get install -y $PACKAGES "${EXTRA}"') },
    { name: 'other apt-get commands', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get remove -y curl') },
  ],
  invalid: [
    { name: 'an unpinned package', code: lines('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install python'), findings: [{ line: 2, message: /python/ }] },
    { name: 'one unpinned among pinned, with apt', code: lines('FROM debian:bookworm-slim', 'RUN apt install -y curl=7.88.1 git'), findings: [{ line: 2, message: /of\ git\ open/ }] },
    { name: '-q before the subcommand', code: lines('FROM debian:bookworm-slim', 'RUN apt-get -q install -y curl'), findings: [{ line: 2, message: /curl/ }] },
  ],
});
