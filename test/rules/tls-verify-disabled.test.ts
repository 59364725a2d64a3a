import { lines } from '../helpers/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule('tls-verify-disabled', {
  valid: [
    { name: 'downloads that check certificates', code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSL --cacert /etc/ssl/corp.crt https://example.com/x -o /x && wget -q https://example.com/y && git config --global http.sslVerify true') },
    { name: 'a curl option group without k', code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz') },
    { name: 'pip with its own CA', code: lines('FROM python:3.12-slim', 'ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt NODE_TLS_REJECT_UNAUTHORIZED=1', 'RUN pip install --cert /etc/ssl/corp.pem flask==3.0.3') },
    { name: 'the words only printed', code: lines('FROM alpine:3.20', 'RUN echo "never use curl -k or strict-ssl=false"') },
    { name: 'a config line turning checks on', code: lines('FROM debian:bookworm-slim', 'RUN sed -i "s/strict-ssl=false/strict-ssl=true/" /root/.npmrc') },
  ],
  invalid: [
    {
      name: 'curl -k in an option group, wget --no-check-certificate',
      code: lines('FROM debian:bookworm-slim', 'RUN curl -fsSLk https://example.com/a.tgz | tar xz', 'RUN wget --no-check-certificate https://example.com/b.deb'),
      findings: [{ line: 2, message: /`curl -k` turns off certificate checks of curl.*update-ca-certificates/, bytes: null }, { line: 3, message: /`wget --no-check-certificate`/ }],
    },
    {
      name: 'pip trusted hosts and npm strict-ssl',
      code: lines('FROM node:22', 'RUN pip install --trusted-host pypi.org flask==3.0.3', 'RUN npm config set strict-ssl false && npm ci', 'RUN yarn config set strict-ssl false'),
      findings: [{ line: 2, message: /`pip --trusted-host`/ }, { line: 3, message: /`npm strict-ssl false`/ }, { line: 4, message: /yarn/ }],
    },
    {
      name: 'git and apt options',
      code: lines('FROM debian:bookworm-slim', 'RUN git -c http.sslVerify=false clone https://example.com/r.git', 'RUN apt-get -o Acquire::https::Verify-Peer=false update'),
      findings: [{ line: 2, message: /`git http\.sslVerify=false`/ }, { line: 3, message: /certificate checks of apt/ }],
    },
    {
      name: 'variables in ENV, ARG, export and inline',
      code: lines(
        'FROM node:22',
        'ENV NODE_TLS_REJECT_UNAUTHORIZED=0',
        'ARG GIT_SSL_NO_VERIFY=1',
        'RUN export PYTHONHTTPSVERIFY=0 && python3 fetch.py',
        'RUN NPM_CONFIG_STRICT_SSL=false npm install',
      ),
      findings: [
        { line: 2, message: /NODE_TLS_REJECT_UNAUTHORIZED=0.*stays on in the running container/ },
        { line: 3, message: /GIT_SSL_NO_VERIFY=1/ },
        { line: 4, message: /`(export )?PYTHONHTTPSVERIFY=0`/ },
        { line: 5, message: /NPM_CONFIG_STRICT_SSL=false/ },
      ],
    },
    {
      name: 'a config file written to skip checks',
      code: lines('FROM debian:bookworm-slim', 'RUN echo "check_certificate = off" >> /root/.wgetrc', 'RUN echo \'Acquire::https::Verify-Peer "false";\' | tee /etc/apt/apt.conf.d/99insecure'),
      findings: [{ line: 2, message: /\.wgetrc/ }, { line: 3, message: /certificate checks of apt/ }],
    },
  ],
});
