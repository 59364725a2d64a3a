import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('unverified-download', {
  valid: [
    { name: 'ADD with --checksum', code: lines('FROM alpine:3.22', 'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /tmp/') },
    { name: 'ADD of a versioned URL', code: lines('FROM alpine:3.22', 'ARG V=1.4.2', 'ADD https://github.com/acme/tool/releases/download/v${V}/tool-linux-amd64 /usr/local/bin/tool') },
    {
      name: 'a download checked with sha256sum',
      code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSLo /tmp/t.tgz https://example.com/latest/t.tgz && echo "abc  /tmp/t.tgz" | sha256sum -c - && tar xzf /tmp/t.tgz && rm /tmp/t.tgz'),
    },
    { name: 'a signature check', code: lines('FROM debian:bookworm-slim', 'RUN wget -q https://example.com/t.tgz https://example.com/t.tgz.asc && gpg --batch --verify t.tgz.asc t.tgz') },
    {
      name: 'a version variable or number in the URL',
      code: lines(
        'FROM debian:bookworm-slim',
        'ARG NODE_VERSION=22.11.0',
        'RUN curl -fsSLO https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-x64.tar.xz',
        'RUN curl -fsSL https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash',
        'RUN wget -q https://example.com/${TOOL_VERSION}/tool.zip',
      ),
    },
    { name: 'keys and API queries', code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSL https://packages.example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg', 'RUN curl -s https://api.github.com/repos/a/b/releases/latest | jq -r .tag_name') },
    { name: 'requests whose answer is not kept', code: lines('FROM debian:bookworm-slim', 'RUN curl -fsS https://example.com/ping') },
  ],
  invalid: [
    { name: 'curl piped into sh', code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSL https://get.docker.com | sh'), findings: [{ line: 2, message: /get\.docker\.com \(piped into `sh`\)/ }] },
    { name: 'wget of a moving name', code: lines('FROM debian:bookworm-slim', 'RUN wget -q https://github.com/acme/tool/releases/latest/download/tool-1.2-linux.tgz && tar xzf tool-1.2-linux.tgz'), findings: [{ line: 2, message: /saved/ }] },
    { name: 'ADD of an unversioned URL', code: lines('FROM alpine:3.22', 'ADD https://example.com/tool.tar.gz /tmp/'), findings: [{ line: 2, message: /--checksum/ }] },
    { name: 'curl -o of a branch', code: lines('FROM python:3.13-slim', 'RUN curl -fsSLo get-pip.py https://raw.githubusercontent.com/pypa/get-pip/main/public/get-pip.py && python get-pip.py'), findings: [{ line: 2 }] },
  ],
});
