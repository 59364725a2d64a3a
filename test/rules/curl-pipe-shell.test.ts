import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('curl-pipe-shell', {
  valid: [
    {
      name: 'a script saved, checked, then run',
      code: lines(
        'FROM debian:bookworm-slim',
        'RUN curl -fsSLo /tmp/install.sh https://example.com/1.4.2/install.sh \\',
        ' && echo "abc  /tmp/install.sh" | sha256sum -c - && sh /tmp/install.sh',
      ),
    },
    {
      name: 'output read as data',
      code: lines(
        'FROM python:3.13-slim',
        'RUN curl -s https://api.github.com/repos/a/b/releases/latest | python3 -c "import sys, json; print(json.load(sys.stdin)[\'tag_name\'])" > /tag',
        'RUN curl -s https://api.github.com/repos/a/b/releases/latest | jq -r .tag_name',
        'RUN wget -qO- https://example.com/list.txt | bash ./import.sh',
        'RUN curl -fsSL https://example.com/data.txt | perl -ne "print if /x/" > /x',
        'RUN curl -fsSL https://example.com/tool.tgz | tar -xz -C /usr/local/bin',
      ),
    },
    { name: 'a key piped into gpg', code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg') },
    { name: 'the build machine itself', code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSL http://host.docker.internal:8000/setup.sh | sh') },
    { name: 'a substitution kept as a value', code: lines('FROM debian:bookworm-slim', 'RUN echo "$(curl -fsSL https://example.com/version)" > /version') },
  ],
  invalid: [
    { name: 'curl piped into sh', code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSL https://get.example.com | sh'), findings: [{ line: 2, message: /`curl` output from https:\/\/get\.example\.com is piped into `sh`/ }] },
    {
      name: 'a versioned installer is still run unread',
      code: lines('FROM node:22-slim', 'RUN apt-get update && curl -fsSL https://deb.nodesource.com/setup_22.x | sudo -E bash - && apt-get install -y nodejs'),
      findings: [{ line: 2, message: /piped into `bash`/, bytes: null, rebuildSeconds: null }],
    },
    {
      name: 'installers that take arguments after -s, /dev/stdin or -',
      code: lines(
        'FROM debian:bookworm-slim',
        'RUN curl --proto "=https" --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal',
        'RUN curl -sSL https://dot.net/v1/dotnet-install.sh | bash /dev/stdin --channel 8.0',
        'RUN wget -qO- https://install.python-poetry.org | python3 -',
      ),
      findings: [{ line: 2 }, { line: 3 }, { line: 4, message: /`wget` output .* piped into `python3`/ }],
    },
    {
      name: 'substituted as a script',
      code: lines(
        'FROM debian:bookworm-slim',
        'RUN sh -c "$(curl -fsSL https://example.com/install.sh)"',
        'RUN bash <(curl -s https://example.com/install.sh) --yes',
        'RUN eval "$(wget -qO- https://example.com/env.sh)"',
      ),
      findings: [{ line: 2, message: /run by `sh`/ }, { line: 3, message: /run by `bash`/ }, { line: 4, message: /run by `eval`/ }],
    },
    { name: 'plain HTTP is said so', code: lines('FROM debian:bookworm-slim', 'RUN curl -sL http://example.com/setup | bash'), findings: [{ line: 2, message: /over plain HTTP/ }] },
    { name: 'in a heredoc', code: lines('FROM debian:bookworm-slim', 'RUN <<EOF', 'set -e', 'curl -fsSL https://get.example.com | sh', 'EOF'), findings: [{ line: 4 }] },
  ],
});
